import Dispatch
import Journal
import Posix

/// `byline ingest DIR`: every regular file in a folder, once.
///
/// Files are taken in name order, in batches: a batch is read and extracted
/// in parallel (one worker per core), then its outcomes go to the journal in
/// one append, so a batch costs one flush. Re-running appends nothing for
/// files already journaled.
public struct DirectoryIngest {
    public struct Summary: Sendable, Equatable {
        public var files = 0
        public var articles = 0
        public var duplicates = 0
        public var rejected = 0
        public var alreadyJournaled = 0
        /// Not readable now for a passing reason (too many open files, no
        /// memory, an I/O error): no outcome yet; a later run takes them.
        public var deferred = 0
    }

    public let processor: ArticleProcessor
    public let journal: JournalWriter
    public var seen: SeenIndex
    public var batchSize = 32

    public init(processor: ArticleProcessor, journal: JournalWriter, seen: SeenIndex) {
        self.processor = processor
        self.journal = journal
        self.seen = seen
    }

    /// The names `ingest` considers in `directory`, in order.
    public static func candidates(in directory: String) throws(SystemError) -> [String] {
        try FileSystem.list(directory).filter { name in
            guard !IgnoredNames.isIgnored(name) else { return false }
            // Sub-folders are not articles; everything else gets an outcome
            // (a symlink or FIFO is rejected, not skipped silently).
            return (try? FileSystem.status(FileSystem.join(directory, name)).kind) != .directory
        }
    }

    public mutating func run(directory: String, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> Summary {
        let directory = FileSystem.absolute(directory)
        let names = try Self.candidates(in: directory)
        var summary = Summary()
        summary.files = names.count
        var done = 0
        for batchStart in stride(from: 0, to: names.count, by: batchSize) {
            let batch = Array(names[batchStart..<min(batchStart + batchSize, names.count)])
            let results = Self.processInParallel(batch, directory: directory, processor: processor)
            var entries: [JournalEntry] = []
            var docs: [(String, DocumentInfo)] = []
            for result in results {
                if case .deferred = result {
                    summary.deferred += 1
                    continue
                }
                guard let entry = try OutcomeBuilder.entry(for: result, seen: seen) else {
                    summary.alreadyJournaled += 1
                    continue
                }
                entries.append(entry)
                docs.append((entry.type, result.doc))
                // Note provisionally so the same bytes twice in one batch give
                // an article and then a duplicate.
                seen.note(type: entry.type, seq: journal.lastSeq + UInt64(entries.count), doc: result.doc)
                switch entry.type {
                case RecordType.article: summary.articles += 1
                case RecordType.duplicate: summary.duplicates += 1
                default: summary.rejected += 1
                }
            }
            if !entries.isEmpty {
                let committed = try journal.append(entries)
                for ((type, doc), c) in zip(docs, committed) { seen.note(type: type, seq: c.seq, doc: doc) }
            }
            done += batch.count
            progress(done, names.count)
        }
        return summary
    }

    static func processInParallel(_ names: [String], directory: String, processor: ArticleProcessor) -> [ArticleProcessor.Result] {
        let slots = Locked<[ArticleProcessor.Result?]>(Array(repeating: nil, count: names.count))
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            let r = processor.process(directory: directory, name: names[i])
            slots.withLock { $0[i] = r }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }
}
