import Journal

/// Answers an ``ArticleFilter`` by reading the whole journal: what `byline
/// query` does without a store, and the reference the store's answers are
/// checked against.
public struct JournalScan {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// Each matching article record, in journal order, with its claims
    /// (all of them, or with `claimsMatchingSource` only those whose
    /// source matches).
    public func articles(_ filter: ArticleFilter, _ body: (JournalRecord, ProjectedRecord.Article) throws -> Bool) throws {
        var cursor = JournalCursor(directory: directory)
        while let record = try cursor.next() {
            guard record.type == "article", case .article(let article)? = try? ProjectedRecord(record) else { continue }
            guard filter.matchesTime(record.time), filter.matchesMentions(article.entities) else { continue }
            if filter.sourceKey != nil && !article.claims.contains(where: filter.matchesSource) { continue }
            if try !body(record, article) { return }
        }
    }

    /// Matching claims, in journal order: claims of matching articles
    /// whose own source matches.
    public func claims(_ filter: ArticleFilter, _ body: (ClaimHit) throws -> Bool) throws {
        try articles(filter) { record, article in
            for claim in article.claims where filter.matchesSource(claim) {
                let hit = ClaimHit(article: (article.arrival.sha256, article.title, record.time), claim: claim)
                if try !body(hit) { return false }
            }
            return true
        }
    }
}
