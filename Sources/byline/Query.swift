import ArgumentParser
import Extraction
import Foundation
import Journal
import Store

/// `byline query JDIR [filters]`: matching articles (or claims) as JSON
/// Lines, from a store when one is given (`--store`, `BYLINE_STORE_URL`),
/// else by reading the whole journal.
struct Query: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Print the articles (or claims) that mention an entity, a label or a claim source (JSON Lines).",
        discussion: """
            Without --store (or BYLINE_STORE_URL) the journal is read from start to end and the matching \
            article records are printed as journaled; with a store, each matching article is printed once \
            with all its arrivals. --claims prints one line per matching claim either way.
            """)

    @Argument(help: "Journal folder.") var journal: String
    @Option(help: "An entity's text or canonical name (case-insensitive).") var entity: String?
    @Option(help: "An entity label such as PERSON or GPE.") var label: String?
    @Option(help: "A claim source's text or canonical name (case-insensitive substring).") var source: String?
    @Option(help: "Articles first seen at or after this time (ISO-8601 UTC, e.g. 2026-12-01 or 2026-12-01T09:30).") var since: String?
    @Option(help: "Articles first seen before this time.") var until: String?
    @Flag(help: "Print claims (who said what, when, in which article) instead of articles.") var claims = false
    @Flag(help: "Print only the number of matching articles (claims with --claims).") var count = false
    @Option(help: "Print at most this many.") var limit: Int?
    @Option(help: "Answer from this store (sqlite:PATH or postgresql://...) instead of reading the journal.") var store: String?

    func validate() throws {
        guard entity != nil || label != nil || source != nil || since != nil || until != nil || claims || count else {
            throw ValidationError("give --entity, --label, --source, --since, --until, --claims or --count")
        }
        if let label, EntityLabel(rawValue: label.uppercased()) == nil {
            throw ValidationError("unknown label \(label); one of \(EntityLabel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for time in [since, until].compactMap({ $0 }) where !ArticleFilter.validTime(time) {
            throw ValidationError("\(time) is not an ISO-8601 UTC time such as 2026-12-01 or 2026-12-01T09:30:00Z")
        }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    var filter: ArticleFilter {
        ArticleFilter(entity: entity, label: label?.uppercased(), source: source, since: since, until: until)
    }

    func run() async throws {
        let given = store ?? ProcessInfo.processInfo.environment["BYLINE_STORE_URL"]
        if let given, let url = try StoreLocation.resolve(given, journal: journal) {
            try await fromStore(url)
        } else {
            try fromJournal()
        }
    }

    private func fromJournal() throws {
        let scan = JournalScan(directory: journal)
        var printed = 0
        let limit = self.limit ?? Int.max
        if claims {
            let encoder = Self.encoder
            try scan.claims(filter) { hit in
                guard printed < limit else { return false }
                if !count { Output.write(Array(try encoder.encode(hit))) }
                printed += 1
                return true
            }
        } else {
            try scan.articles(filter) { record, _ in
                guard printed < limit else { return false }
                if !count { Output.write(record.line) }
                printed += 1
                return true
            }
        }
        if count { Output.print(String(printed)) }
    }

    private func fromStore(_ url: StoreURL) async throws {
        try await StoreLocation.with(url) { db in try await answer(StoreQuery(db: db)) }
    }

    private func answer(_ query: StoreQuery) async throws {
        let filter = self.filter
        if count {
            let n = claims ? try await query.countClaims(filter) : try await query.countArticles(filter)
            Output.print(String(limit.map { min($0, n) } ?? n))
            return
        }
        let encoder = Self.encoder
        var remaining = limit ?? Int.max
        let page = 500
        if claims {
            var offset = 0
            while remaining > 0 {
                let hits = try await query.claims(filter, limit: min(page, remaining), offset: offset)
                for hit in hits { Output.write(Array(try encoder.encode(hit))) }
                remaining -= hits.count
                offset += hits.count
                if hits.count < min(page, remaining + hits.count) { break }
            }
        } else {
            var after: Int64 = 0
            while remaining > 0 {
                let hits = try await query.articles(filter, limit: min(page, remaining), after: after)
                for hit in hits { Output.write(Array(try encoder.encode(hit))) }
                remaining -= hits.count
                guard let last = hits.last, hits.count == min(page, remaining + hits.count) else { break }
                after = last.id
            }
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
