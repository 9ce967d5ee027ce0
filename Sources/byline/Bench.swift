import ArgumentParser
import Ingest
import Journal

/// `byline bench`: tools for the benchmarks in `scripts/bench/` that need
/// Byline's own code (a large journal made fast, for start-up figures).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark helpers (see scripts/bench/startup).",
        subcommands: [MakeJournal.self])

    /// A journal of N file records, as a long-running daemon leaves one:
    /// rejections of distinct small files, written in batches of 10,000.
    struct MakeJournal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "make-journal", abstract: "Write a journal of N synthetic file records.")

        @Argument(help: "Journal folder (created).") var journal: String
        @Option(help: "Records to write.") var records = 1_000_000
        @Flag(help: "Leave no seen-index checkpoint (start-up must rebuild).") var noCheckpoint = false

        func run() throws {
            let writer = try JournalWriter(directory: journal)
            defer { writer.close() }
            var seen = SeenIndex()
            var written = 0
            while written < records {
                let batch = min(10_000, records - written)
                var entries: [JournalEntry] = []
                var docs: [DocumentInfo] = []
                for i in written..<(written + batch) {
                    var doc = DocumentInfo(path: "/var/lib/byline/inbox/story-\(i).txt", name: "story-\(i).txt")
                    doc.fileID = "\(1_000_000 + i):\(1_700_000_000_000_000_000 + i)"
                    entries.append(try JournalEntry(type: RecordType.rejected, body: RejectedRecord(doc: doc, reason: .empty, detail: "the file holds no text")))
                    docs.append(doc)
                }
                let committed = try writer.append(entries)
                for (doc, c) in zip(docs, committed) { seen.note(type: RecordType.rejected, seq: c.seq, doc: doc) }
                written += batch
            }
            if !noCheckpoint {
                let last = writer.last
                try SeenIndexCheckpoint.save(seen, seq: last.seq, hash: last.hash, journal: journal)
            }
            Output.print("\(written) records in \(journal)")
        }
    }
}
