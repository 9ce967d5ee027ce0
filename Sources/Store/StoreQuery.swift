/// Answers an ``ArticleFilter`` from a store, a page at a time.
///
/// An entity query walks one range of `entity_names`' primary key in
/// article order and stops at the page's end, so its first page costs the
/// same for a name in ten articles as for one in a million.
public struct StoreQuery: Sendable {
    public let db: any StoreConnection

    public init(db: any StoreConnection) { self.db = db }

    /// Matching articles in the order they were first projected, after
    /// article id `after` (0 for the first page).
    public func articles(_ filter: ArticleFilter, limit: Int, after: Int64 = 0) async throws -> [ArticleHit] {
        var (from, conditions, binds) = articleConditions(filter)
        // Ordered by the driving index's own column: ordered by a.id,
        // SQLite sorted every match of a common name (740,000 for "Iran"
        // in a million articles) to return a hundred.
        let order = filter.entityKey != nil ? "n.article_id" : "a.id"
        conditions.append("\(order) > ?")
        binds.append(.integer(after))
        let sql = "SELECT a.id, a.sha256, a.title, a.bytes, a.encoding, a.first_seen FROM \(from)"
            + " WHERE " + conditions.joined(separator: " AND ") + " ORDER BY \(order) LIMIT ?"
        let rows = try await db.rows(sql, binds + [SQLValue(limit)])
        let ids = rows.compactMap { $0[0].int }
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let idBinds = ids.map(SQLValue.integer)
        var entities: [Int64: [ProjectedRecord.Entity]] = [:]
        for r in try await db.rows("SELECT article_id, label, text, canonical, start_offset, end_offset FROM entities WHERE article_id IN (\(marks)) ORDER BY article_id, ord", idBinds) {
            entities[r[0].int ?? 0, default: []].append(ProjectedRecord.Entity(
                label: r[1].string ?? "", text: r[2].string ?? "", canonical: r[3].string ?? "",
                start: Int(r[4].int ?? 0), end: Int(r[5].int ?? 0)))
        }
        var claims: [Int64: [ProjectedRecord.Claim]] = [:]
        for r in try await db.rows("SELECT article_id, \(Self.claimColumns) FROM claims c WHERE article_id IN (\(marks)) ORDER BY article_id, ord", idBinds) {
            claims[r[0].int ?? 0, default: []].append(Self.claim(r, from: 1))
        }
        var arrivals: [Int64: [ArrivalHit]] = [:]
        for r in try await db.rows("SELECT article_id, journal_id, seq, kind, time, path FROM arrivals WHERE article_id IN (\(marks)) ORDER BY article_id, time, journal_id, seq", idBinds) {
            arrivals[r[0].int ?? 0, default: []].append(ArrivalHit(
                journal: r[1].string ?? "", seq: UInt64(r[2].int ?? 0), kind: r[3].string ?? "", time: r[4].string ?? "", path: r[5].string ?? ""))
        }
        return rows.map { r in
            let id = r[0].int ?? 0
            return ArticleHit(id: id, sha256: r[1].string ?? "", title: r[2].string, bytes: r[3].int.map(Int.init), encoding: r[4].string,
                              time: r[5].string ?? "", arrivals: arrivals[id] ?? [], entities: entities[id] ?? [], claims: claims[id] ?? [])
        }
    }

    public func countArticles(_ filter: ArticleFilter) async throws -> Int {
        let (from, conditions, binds) = articleConditions(filter)
        let sql = "SELECT COUNT(*) FROM \(from) WHERE " + conditions.joined(separator: " AND ")
        return Int(try await db.rows(sql, binds).first?.first?.int ?? 0)
    }

    /// Matching claims, in article order and then the order they appear.
    public func claims(_ filter: ArticleFilter, limit: Int, offset: Int = 0) async throws -> [ClaimHit] {
        let (from, conditions, binds) = claimConditions(filter)
        let sql = "SELECT a.sha256, a.title, a.first_seen, \(Self.claimColumns) FROM \(from) WHERE "
            + conditions.joined(separator: " AND ") + " ORDER BY c.article_id, c.ord LIMIT ? OFFSET ?"
        return try await db.rows(sql, binds + [SQLValue(limit), SQLValue(offset)]).map { r in
            ClaimHit(article: (r[0].string ?? "", r[1].string, r[2].string ?? ""), claim: Self.claim(r, from: 3))
        }
    }

    public func countClaims(_ filter: ArticleFilter) async throws -> Int {
        let (from, conditions, binds) = claimConditions(filter)
        return Int(try await db.rows("SELECT COUNT(*) FROM \(from) WHERE " + conditions.joined(separator: " AND "), binds).first?.first?.int ?? 0)
    }

    private static let claimColumns = "c.content, c.start_offset, c.end_offset, c.kind, c.stance, c.cue, c.cue_start, c.cue_end, c.source, c.source_start, c.source_end, c.source_canonical"

    private static func claim(_ r: [SQLValue], from i: Int) -> ProjectedRecord.Claim {
        func span(_ j: Int) -> ProjectedRecord.Span? {
            guard let text = r[j].string else { return nil }
            return ProjectedRecord.Span(text: text, start: Int(r[j + 1].int ?? 0), end: Int(r[j + 2].int ?? 0))
        }
        return ProjectedRecord.Claim(text: r[i].string ?? "", start: Int(r[i + 1].int ?? 0), end: Int(r[i + 2].int ?? 0),
                                     kind: r[i + 3].string ?? "", stance: r[i + 4].string ?? "",
                                     cue: span(i + 5), source: span(i + 8), sourceCanonical: r[i + 11].string)
    }

    private var substring: String { db.backend == .sqlite ? "instr" : "strpos" }

    /// The FROM clause and conditions over articles `a`.
    private func articleConditions(_ filter: ArticleFilter) -> (String, [String], [SQLValue]) {
        var from = "articles a"
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let key = filter.entityKey {
            // Driven by the name's range of entity_names, in article order.
            from = "entity_names n JOIN articles a ON a.id = n.article_id"
            conditions.append("n.name = ?")
            binds.append(.text(key))
        }
        appendCommon(filter, sourceCondition: "EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND \(substring)(c.source_key, ?) > 0)",
                     &conditions, &binds)
        return (from, conditions, binds)
    }

    /// The FROM clause and conditions over claims `c` joined to `a`.
    private func claimConditions(_ filter: ArticleFilter) -> (String, [String], [SQLValue]) {
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let key = filter.entityKey {
            conditions.append("EXISTS (SELECT 1 FROM entity_names n WHERE n.name = ? AND n.article_id = a.id)")
            binds.append(.text(key))
        }
        appendCommon(filter, sourceCondition: "\(substring)(c.source_key, ?) > 0", &conditions, &binds)
        return ("claims c JOIN articles a ON a.id = c.article_id", conditions, binds)
    }

    /// Label, source (as `sourceCondition` tests it) and time.
    private func appendCommon(_ filter: ArticleFilter, sourceCondition: String, _ conditions: inout [String], _ binds: inout [SQLValue]) {
        if let label = filter.label {
            conditions.append("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.label = ?)")
            binds.append(.text(label))
        }
        if let key = filter.sourceKey {
            conditions.append(sourceCondition)
            binds.append(.text(key))
        }
        if let since = filter.since {
            conditions.append("a.first_seen >= ?")
            binds.append(.text(since))
        }
        if let until = filter.until {
            conditions.append("a.first_seen < ?")
            binds.append(.text(until))
        }
        if conditions.isEmpty { conditions.append("1 = 1") }
    }
}
