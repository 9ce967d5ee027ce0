import ArgumentParser
import Crypto
import Extraction
import Foundation
import Ingest
import Journal
import Store

/// `byline bench`: tools for the benchmarks in `scripts/bench/` that need
/// Byline's own code (a large journal made fast, for start-up figures).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark helpers (see scripts/bench/startup).",
        subcommands: [MakeJournal.self, MakeArticles.self, QueryStore.self, Extract.self, Load.self, Latency.self])

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

    /// A journal of N article records shaped like a newsroom's: the seed
    /// articles' real mentions and claims, each record with its own bytes
    /// (sha256), plus names drawn so that a few are in most articles and
    /// most are in few (`Person 1` in about one article in ten, `Person
    /// 50000` in a handful), one duplicate in 20 and one rejection in 50.
    /// For the store's benchmarks and crash tests.
    struct MakeArticles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "make-articles", abstract: "Write a journal of N synthetic article records.")

        @Argument(help: "Journal folder (created).") var journal: String
        @Option(help: "Records to write.") var records = 1_000_000
        @Option(help: "Folder of seed articles to take mentions and claims from.") var seeds = "seeds"

        func run() throws {
            let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
            guard !names.isEmpty else { throw ValidationError("no .txt articles in \(seeds)") }
            let extractor = NewsExtractor(lexicon: Lexicon(), model: NERModel.builtin)
            let templates = try names.map { name -> ExtractionResult in
                let text = try String(contentsOfFile: seeds + "/" + name, encoding: .utf8)
                var result = extractor.extract(text)
                result.entities = Array(result.entities.prefix(12))
                result.claims = Array(result.claims.prefix(4))
                return result
            }
            let writer = try JournalWriter(directory: journal)
            defer { writer.close() }
            var articleSeqs: [(seq: UInt64, doc: DocumentInfo)] = []
            var written = 0
            while written < records {
                let batch = min(10_000, records - written)
                var entries: [JournalEntry] = []
                var isArticle: [DocumentInfo?] = []
                for i in written..<(written + batch) {
                    var doc = DocumentInfo(path: "/var/lib/byline/inbox/story-\(i).txt", name: "story-\(i).txt")
                    doc.fileID = "\(1_000_000 + i):\(1_700_000_000_000_000_000 + i)"
                    if i % 50 == 49 {
                        entries.append(try JournalEntry(type: RecordType.rejected, body: RejectedRecord(doc: doc, reason: .empty, detail: "the file holds no text")))
                        isArticle.append(nil)
                    } else if i % 20 == 19, !articleSeqs.isEmpty {
                        let original = articleSeqs[Self.scramble(i) % articleSeqs.count]
                        doc.sha256 = original.doc.sha256
                        doc.bytes = original.doc.bytes
                        entries.append(try JournalEntry(type: RecordType.duplicate, body: DuplicateRecord(doc: doc, duplicateOf: original.seq)))
                        isArticle.append(nil)
                    } else {
                        var result = templates[i % templates.count]
                        // Rank r drawn with probability ~ 1/r (Zipf), 1...50,000.
                        let rank = Int(exp(Double(Self.scramble(i) % 1_000_000) / 1_000_000 * log(50_000.0)))
                        result.entities.append(Entity(start: 0, end: 6, text: "Person \(rank)", label: .person))
                        result.entities.append(Entity(start: 7, end: 13, text: "Agency \(i % 1000)", label: .org))
                        doc.sha256 = Hex.encode(SHA256.hash(data: Array("article-\(i)".utf8)))
                        doc.bytes = 3000 + i % 997
                        doc.encoding = "utf-8"
                        doc.title = "Story \(i)"
                        let record = ArticleRecord(doc: doc, result: result, extractor: extractor.identifier)
                        entries.append(JournalEntry(type: RecordType.article, jsonObject: record.jsonObject()))
                        isArticle.append(doc)
                    }
                }
                let committed = try writer.append(entries)
                for (doc, c) in zip(isArticle, committed) {
                    if let doc { articleSeqs.append((c.seq, doc)) }
                }
                written += batch
            }
            Output.print("\(written) records in \(journal)")
        }

        /// A fixed, well-spread function of i (the 64-bit finaliser of
        /// MurmurHash3): the same journal every run, without a generator.
        static func scramble(_ i: Int) -> Int {
            var z = UInt64(i) &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
            z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
            return Int(truncatingIfNeeded: (z ^ (z >> 33)) >> 1)
        }
    }
}

extension Bench {
    /// The first page of an entity query, timed in-process (the figure
    /// without the command's start-up), one JSON object per entity.
    struct QueryStore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "query-store", abstract: "Time the first page of entity queries against a store.")

        @Argument(help: "Store URL.") var url: String
        @Option(help: "Entity to look up (repeatable).") var entity: [String] = []
        @Option(help: "Page size.") var limit = 100
        @Option(help: "Timed runs per entity (after one warm-up).") var runs = 20

        func run() async throws {
            guard let parsed = try StoreURL.parse(url) else { throw ValidationError("empty url") }
            try await StoreLocation.with(parsed) { db in
                let query = StoreQuery(db: db)
                for name in entity {
                    let filter = ArticleFilter(entity: name)
                    let matches = try await query.countArticles(filter)
                    _ = try await query.articles(filter, limit: limit)
                    var times: [Double] = []
                    var page = 0
                    for _ in 0..<runs {
                        let start = ContinuousClock.now
                        page = try await query.articles(filter, limit: limit).count
                        let elapsed = ContinuousClock.now - start
                        times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
                    }
                    times.sort()
                    let p50 = times[times.count / 2], worst = times.last ?? 0
                    Output.print(#"{"figure":"store_entity_first_page","backend":"\#(parsed.backend.rawValue)","entity":"\#(name)","matching_articles":\#(matches),"page":\#(page),"p50_ms":\#(String(format: "%.2f", p50)),"max_ms":\#(String(format: "%.2f", worst))}"#)
                }
            }
        }
    }
}
