import Foundation
import Journal
import Store
import TestSupport
import Testing

/// Journals made the way users make them (the `byline` binary), and what
/// a store projected from one must hold, counted from the journal itself.
enum StoreFixtures {
    /// The seed articles journaled by `byline ingest` into `journal`.
    static func seedJournal(_ journal: String, in folder: TestDirectory) throws {
        let inbox = folder.sub("inbox-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        for seed in CLI.seeds {
            try FileManager.default.copyItem(atPath: seed, toPath: inbox + "/" + (seed as NSString).lastPathComponent)
        }
        let result = try CLI.run(["ingest", inbox, "--journal", journal])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A folder, the seeds' journal in it, and a new empty store.
    static func seeded(_ backend: Backend, _ label: String = #function) async throws -> (folder: TestDirectory, journal: String, url: String) {
        let folder = TestDirectory(label)
        let journal = folder.sub("journal")
        try seedJournal(journal, in: folder)
        return (folder, journal, try await backend.makeStore(in: folder))
    }

    /// `records` synthetic article records (`byline bench make-articles`).
    static func articleJournal(_ journal: String, records: Int) throws {
        let result = try CLI.run(["bench", "make-articles", journal, "--records", String(records),
                                  "--seeds", CLI.root.appendingPathComponent("seeds").path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    struct Counts: Equatable, CustomStringConvertible {
        var articles = 0, arrivals = 0, entities = 0, claims = 0, rejections = 0, journals = 0
        var description: String {
            "articles \(articles), arrivals \(arrivals), entities \(entities), claims \(claims), rejections \(rejections), journals \(journals)"
        }
    }

    /// What the journals hold, by reading them.
    static func expected(_ journals: [String]) throws -> Counts {
        var counts = Counts(journals: journals.count)
        var seen = Set<String>()
        for journal in journals {
            var cursor = JournalCursor(directory: journal)
            while let record = try cursor.next() {
                switch try ProjectedRecord(record) {
                case .article(let a):
                    counts.arrivals += 1
                    if seen.insert(a.arrival.sha256).inserted {
                        counts.articles += 1
                        counts.entities += a.entities.count
                        counts.claims += a.claims.count
                    }
                case .duplicate: counts.arrivals += 1
                case .rejected: counts.rejections += 1
                case .other: break
                }
            }
        }
        return counts
    }

    /// What the store holds.
    static func stored(_ url: String) async throws -> Counts {
        guard let parsed = try StoreURL.parse(url) else { throw Failure("no url") }
        let db = try await StoreDatabase.open(parsed)
        func count(_ table: String) async throws -> Int {
            Int(try await db.rows("SELECT COUNT(*) FROM \(table)", []).first?.first?.int ?? -1)
        }
        do {
            let counts = Counts(articles: try await count("articles"), arrivals: try await count("arrivals"),
                                entities: try await count("entities"), claims: try await count("claims"),
                                rejections: try await count("rejections"), journals: try await count("journals"))
            await db.close()
            return counts
        } catch {
            // sqlite-nio asserts that a connection is closed before it goes.
            await db.close()
            throw error
        }
    }

    /// `byline ARGS` started and left running (for the caller to signal);
    /// its log goes to the file `log`, if given.
    static func start(_ args: [String], log: String? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = args
        process.standardOutput = FileHandle.nullDevice
        if let log {
            guard FileManager.default.createFile(atPath: log, contents: nil),
                  let handle = FileHandle(forWritingAtPath: log) else { throw Failure("cannot create \(log)") }
            process.standardError = handle
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    static func sync(_ journal: String, _ url: String) throws -> CLI.Result {
        try CLI.run(["store", "sync", journal, "--url", url])
    }
}
