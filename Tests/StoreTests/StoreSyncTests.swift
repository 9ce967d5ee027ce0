import Foundation
import Journal
import Posix
import Store
import TestSupport
import Testing

/// The journal projected into each backend by `byline store sync`, and
/// queried: the store's answers are the journal scan's.
@Suite(WithPostgres()) struct StoreSyncTests {
    @Test(arguments: Backend.allCases)
    func theSeedsAreProjectedAndAnswerAsTheJournalDoes(_ backend: Backend) async throws {
        let (folder, journal, url) = try await StoreFixtures.seeded(backend)
        defer { withExtendedLifetime(folder) {} }  // the folder goes when it does
        let result = try StoreFixtures.sync(journal, url)
        try #require(result.status == 0, "\(result.stderr)")
        #expect(try await StoreFixtures.stored(url) == (try StoreFixtures.expected([journal])))

        guard let parsed = try StoreURL.parse(url) else { return }
        let db = try await StoreDatabase.open(parsed)
        let query = StoreQuery(db: db)
        let scan = JournalScan(directory: journal)
        let filters = [
            ArticleFilter(entity: "iran"), ArticleFilter(entity: "IRAN"), ArticleFilter(entity: "Sergei Shoigu"),
            ArticleFilter(label: "PERSON"), ArticleFilter(label: "MONEY"), ArticleFilter(source: "officials"),
            ArticleFilter(entity: "Russia", source: "wall street"), ArticleFilter(since: "2000-01-01"),
            ArticleFilter(until: "2000-01-01"), ArticleFilter(entity: "nobody at all"), ArticleFilter(),
        ]
        var nonEmpty = 0
        for filter in filters {
            var scanned: [String] = []
            try scan.articles(filter) { _, article in
                scanned.append(article.arrival.sha256)
                return true
            }
            let stored = try await query.articles(filter, limit: 1000).map(\.sha256)
            #expect(stored == scanned, "\(filter)")
            #expect(try await query.countArticles(filter) == scanned.count, "\(filter)")
            var scannedClaims: [ClaimHit] = []
            try scan.claims(filter) { scannedClaims.append($0); return true }
            #expect(try await query.claims(filter, limit: 10_000) == scannedClaims, "\(filter)")
            #expect(try await query.countClaims(filter) == scannedClaims.count, "\(filter)")
            if !scanned.isEmpty && scanned.count < 5 { nonEmpty += 1 }
        }
        // The filters tell articles apart (not all or nothing everywhere).
        #expect(nonEmpty >= 3)
        // Paging: two pages of two are the first four of the full answer.
        let all = try await query.articles(ArticleFilter(), limit: 100)
        let first = try await query.articles(ArticleFilter(), limit: 2)
        let second = try await query.articles(ArticleFilter(), limit: 2, after: first.last?.id ?? 0)
        #expect((first + second).map(\.sha256) == Array(all.prefix(4)).map(\.sha256))
        await db.close()

        // And through the command line, as an analyst asks.
        let fromStore = try CLI.run(["query", journal, "--entity", "Iran", "--count", "--store", url])
        let fromJournal = try CLI.run(["query", journal, "--entity", "Iran", "--count"])
        #expect(fromStore.status == 0 && fromStore.stdout == fromJournal.stdout, "\(fromStore.stderr)")
        #expect(Int(fromStore.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0)
        let claims = try CLI.run(["query", journal, "--claims", "--source", "officials", "--store", url])
        let scannedClaims = try CLI.run(["query", journal, "--claims", "--source", "officials"])
        #expect(claims.stdout == scannedClaims.stdout && !claims.stdout.isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func syncIsIdempotentAndRebuildStartsOver(_ backend: Backend) async throws {
        let folder = TestDirectory()
        let journal = folder.sub("journal")
        try StoreFixtures.articleJournal(journal, records: 1200)
        let url = try await backend.makeStore(in: folder)
        let expected = try StoreFixtures.expected([journal])
        #expect(try StoreFixtures.sync(journal, url).status == 0)
        #expect(try StoreFixtures.sync(journal, url).status == 0)
        #expect(try await StoreFixtures.stored(url) == expected)
        let rebuilt = try CLI.run(["store", "rebuild", journal, "--url", url])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(try await StoreFixtures.stored(url) == expected)
        // Records appended later are caught up, and only they.
        try StoreFixtures.seedJournal(journal, in: folder)
        #expect(try StoreFixtures.sync(journal, url).status == 0)
        #expect(try await StoreFixtures.stored(url) == (try StoreFixtures.expected([journal])))
        let status = try CLI.run(["store", "status", journal, "--url", url])
        #expect(status.stdout.contains(#""lag":0"#), "\(status.stdout)")
    }

    /// Two hosts, each with its own journal, into one database: the same
    /// bytes at both are one article with two arrivals.
    @Test(arguments: Backend.allCases)
    func twoJournalsShareOneStore(_ backend: Backend) async throws {
        let folder = TestDirectory()
        let a = folder.sub("desk-a"), b = folder.sub("desk-b")
        try StoreFixtures.seedJournal(a, in: folder)
        try StoreFixtures.seedJournal(b, in: folder)
        let url = try await backend.makeStore(in: folder)
        #expect(try StoreFixtures.sync(a, url).status == 0)
        #expect(try StoreFixtures.sync(b, url).status == 0)
        let stored = try await StoreFixtures.stored(url)
        #expect(stored == (try StoreFixtures.expected([a, b])))
        #expect(stored.articles == CLI.seeds.count && stored.arrivals == 2 * CLI.seeds.count && stored.journals == 2)
        let hits = try CLI.run(["query", a, "--entity", "Iran", "--store", url])
        for line in hits.stdout.split(separator: "\n") {
            #expect(line.components(separatedBy: #""journal":"#).count == 3, "two arrivals: \(line.prefix(300))")
        }
    }

    /// A store that followed one journal refuses to be extended by another
    /// journal that claims the same id (a journal restored from elsewhere,
    /// or rebuilt), instead of mixing the two.
    @Test(arguments: Backend.allCases)
    func aReplacedJournalIsRefused(_ backend: Backend) async throws {
        let (folder, journal, url) = try await StoreFixtures.seeded(backend)
        defer { withExtendedLifetime(folder) {} }  // the folder goes when it does
        #expect(try StoreFixtures.sync(journal, url).status == 0)
        let id = try String(contentsOfFile: journal + "/id", encoding: .utf8)
        try FileManager.default.removeItem(atPath: journal)
        try StoreFixtures.articleJournal(journal, records: 20)
        try id.write(toFile: journal + "/id", atomically: true, encoding: .utf8)
        let refused = try StoreFixtures.sync(journal, url)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("replaced") || refused.stderr.contains("no record"), "\(refused.stderr)")
    }

    /// A large article's mentions are read from its line a chunk at a
    /// time while the rows go out (`MentionStream`). Here every article is
    /// read that way, seven rows at a time: the store must hold exactly
    /// the rows of one projected the ordinary way.
    @Test(arguments: Backend.allCases)
    func mentionsReadFromTheLineInChunksAreTheDecodedOnes(_ backend: Backend) async throws {
        let (folder, journal, url) = try await StoreFixtures.seeded(backend)
        defer { withExtendedLifetime(folder) {} }  // the folder goes when it does
        try StoreFixtures.articleJournal(journal, records: 30)
        #expect(try StoreFixtures.sync(journal, url).status == 0)
        let streamedURL = try await backend.makeStore(in: folder)
        var sync = StoreSync(journalDirectory: journal, journalID: try StoreSync.journalID(of: journal))
        sync.streamMentionsAbove = 0
        sync.rowsPerFlush = 7
        guard let parsed = try StoreURL.parse(streamedURL) else { throw Failure("no url") }
        let db = try await StoreDatabase.open(parsed)
        let progress = try await sync.run(into: db)
        await db.close()
        #expect(progress.batches > 0)
        func rows(_ url: String) async throws -> [[[SQLValue]]] {
            guard let parsed = try StoreURL.parse(url) else { throw Failure("no url") }
            let db = try await StoreDatabase.open(parsed)
            var all: [[[SQLValue]]] = []
            for sql in ["SELECT a.sha256, e.ord, e.label, e.text, e.canonical, e.start_offset, e.end_offset FROM entities e JOIN articles a ON a.id = e.article_id ORDER BY 1, 2",
                        "SELECT a.sha256, c.ord, c.content, c.kind, c.stance, c.cue, c.source, c.source_canonical, c.source_key FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY 1, 2",
                        "SELECT n.name, a.sha256 FROM entity_names n JOIN articles a ON a.id = n.article_id ORDER BY 1, 2"] {
                all.append(try await db.rows(sql, []))
            }
            await db.close()
            return all
        }
        let ordinary = try await rows(url)
        #expect(ordinary.allSatisfy { $0.count > 7 })
        #expect(try await rows(streamedURL) == ordinary)
        #expect(try await StoreFixtures.stored(streamedURL) == (try StoreFixtures.expected([journal])))
    }

    /// While the intake holds the gate for a large file, the store does
    /// not read a large record (more than a mebibyte ahead of it); records
    /// smaller than that do not wait.
    @Test func aLargeRecordWaitsForTheIntakesLargeFile() async throws {
        let (folder, journal, url) = try await StoreFixtures.seeded(.sqlite)
        defer { withExtendedLifetime(folder) {} }  // the folder goes when it does
        let gate = LargeWorkGate()
        gate.enter()  // the intake's large file
        func sync() async throws -> StoreSync.Progress {
            var sync = StoreSync(journalDirectory: journal, journalID: try StoreSync.journalID(of: journal))
            sync.largeWork = gate
            guard let parsed = try StoreURL.parse(url) else { throw Failure("no url") }
            let db = try await StoreDatabase.open(parsed)
            do {
                let progress = try await sync.run(into: db)
                await db.close()
                return progress
            } catch {
                await db.close()
                throw error
            }
        }
        // The seeds are a few kilobytes: projected while the gate is held.
        #expect(try await sync().records == CLI.seeds.count)
        // 600 more articles, about 2 MB, wait.
        try StoreFixtures.articleJournal(journal, records: 600)
        let waiting = Task { try await sync() }
        try await Task.sleep(for: .milliseconds(500))
        #expect(try await StoreFixtures.stored(url).articles == CLI.seeds.count)
        gate.leave()
        #expect(try await waiting.value.records == 600)
        #expect(try await StoreFixtures.stored(url) == (try StoreFixtures.expected([journal])))
        #expect(gate.tryEnter())  // and the store left the gate
    }
}
