import Journal

/// Writes one batch of projected records and moves the journal's cursor,
/// all in one transaction: the rows and the cursor commit together or not
/// at all, so a crash of Byline or of the database at any instant neither
/// loses nor doubles a row.
struct BatchWriter {
    let db: any StoreConnection
    let journalID: String
    /// Rows go out every this many, not all at the end: a 15 MB article
    /// has 400,000 mentions, and their rows held at once took about 100 MB.
    var rowsPerFlush = 10_000

    /// Where the cursor stood when the batch was read; the transaction
    /// checks it still stands there (another follower of the same journal
    /// may have moved it) under the row's lock.
    struct CursorMoved: Error, CustomStringConvertible {
        let expected: UInt64
        let found: UInt64
        var description: String { "the store's cursor moved from \(expected) to \(found) under this follower" }
    }

    func write(_ records: [ProjectedRecord], from cursor: StoreCursor, to next: StoreCursor) async throws {
        try await db.transaction {
            let lock = db.backend == .postgres ? " FOR UPDATE" : ""
            let found = try await db.rows("SELECT seq FROM journals WHERE id = ?\(lock)", [.text(journalID)]).first?.first?.int ?? 0
            guard UInt64(found) == cursor.seq else { throw CursorMoved(expected: cursor.seq, found: UInt64(found)) }
            try await insert(records)
            try await db.execute("UPDATE journals SET seq = ?, hash = ?, updated = ? WHERE id = ?",
                                 [SQLValue(next.seq), .text(next.hash), .text(Timestamp.now()), .text(journalID)])
        }
    }

    private func insert(_ records: [ProjectedRecord]) async throws {
        var articles: [ProjectedRecord.Article] = []
        var arrivals: [(ProjectedRecord.Arrival, kind: String)] = []
        var rejections: [ProjectedRecord.Rejection] = []
        for record in records {
            switch record {
            case .article(let a):
                articles.append(a)
                arrivals.append((a.arrival, "article"))
            case .duplicate(let arrival): arrivals.append((arrival, "duplicate"))
            case .rejected(let r): rejections.append(r)
            case .other: break
            }
        }
        let ids = try await articleIDs(for: articles, arrivals: arrivals.map(\.0))
        try await bulkInsert("arrivals", ["journal_id", "seq", "article_id", "kind", "time", "path", "name", "file_id"],
                             arrivals.compactMap { arrival, kind in
                                 // A duplicate of bytes the store has never seen (its
                                 // article record is in a journal not projected here)
                                 // has nothing to point at.
                                 guard let id = ids.all[arrival.sha256] else { return nil }
                                 return [.text(journalID), SQLValue(arrival.seq), .integer(id), .text(kind), .text(arrival.time),
                                         .text(arrival.path), .text(arrival.name), SQLValue(arrival.fileID)]
                             })
        var entityRows: [[SQLValue]] = []
        var nameRows: [[SQLValue]] = []
        var claimRows: [[SQLValue]] = []
        for article in articles {
            // Mentions are stored once per article, by whichever arrival
            // brought it first.
            guard let id = ids.new[article.arrival.sha256] else { continue }
            var names = Set<String>()
            // A large record's mentions come from its line a chunk at a
            // time, after any already decoded.
            var stream = article.deferred
            var entities = article.entities
            var ord = 0
            repeat {
                for e in entities {
                    entityRows.append([.integer(id), SQLValue(ord), .text(e.label), .text(e.text), .text(e.canonical),
                                       SQLValue(e.start), SQLValue(e.end)])
                    ord += 1
                    names.insert(StoreText.key(e.text))
                    names.insert(StoreText.key(e.canonical))
                    if entityRows.count >= rowsPerFlush { try await flush(.entities, &entityRows) }
                }
                entities = try stream?.nextEntities(upTo: rowsPerFlush) ?? []
            } while !entities.isEmpty
            for name in names.sorted() {
                nameRows.append([.text(name), .integer(id)])
                if nameRows.count >= rowsPerFlush { try await flush(.entityNames, &nameRows) }
            }
            var claims = article.claims
            ord = 0
            repeat {
                for c in claims {
                    claimRows.append([.integer(id), SQLValue(ord), .text(c.text), SQLValue(c.start), SQLValue(c.end),
                                      .text(c.kind), .text(c.stance),
                                      SQLValue(c.cue?.text), SQLValue(c.cue?.start), SQLValue(c.cue?.end),
                                      SQLValue(c.source?.text), SQLValue(c.source?.start), SQLValue(c.source?.end),
                                      SQLValue(c.sourceCanonical), .text(StoreText.sourceKey(c))])
                    ord += 1
                    if claimRows.count >= rowsPerFlush { try await flush(.claims, &claimRows) }
                }
                claims = try stream?.nextClaims(upTo: rowsPerFlush) ?? []
            } while !claims.isEmpty
        }
        try await flush(.entities, &entityRows)
        try await flush(.entityNames, &nameRows)
        try await flush(.claims, &claimRows)
        try await bulkInsert("rejections", ["journal_id", "seq", "time", "path", "name", "reason", "detail", "sha256", "bytes"],
                             rejections.map { r in
                                 [.text(journalID), SQLValue(r.seq), .text(r.time), .text(r.path), .text(r.name),
                                  .text(r.reason), SQLValue(r.detail), SQLValue(r.sha256), SQLValue(r.bytes)]
                             })
    }

    /// The tables whose rows `insert` sends in pieces, with their columns.
    private enum Piecewise {
        case entities, entityNames, claims

        var table: String {
            switch self {
            case .entities: "entities"
            case .entityNames: "entity_names"
            case .claims: "claims"
            }
        }

        var columns: [String] {
            switch self {
            case .entities: ["article_id", "ord", "label", "text", "canonical", "start_offset", "end_offset"]
            case .entityNames: ["name", "article_id"]
            case .claims: ["article_id", "ord", "content", "start_offset", "end_offset", "kind", "stance",
                           "cue", "cue_start", "cue_end", "source", "source_start", "source_end", "source_canonical", "source_key"]
            }
        }
    }

    private func flush(_ target: Piecewise, _ rows: inout [[SQLValue]]) async throws {
        try await bulkInsert(target.table, target.columns, rows)
        rows.removeAll(keepingCapacity: true)
    }

    /// The id of every article the batch names: `new` for the ones this
    /// batch inserts (their mentions go in with them), `all` for those and
    /// the ones already stored (another journal's, or an earlier batch's).
    private func articleIDs(for articles: [ProjectedRecord.Article], arrivals: [ProjectedRecord.Arrival])
        async throws -> (new: [String: Int64], all: [String: Int64])
    {
        let wanted = Array(Set(arrivals.map(\.sha256)))
        var all = try await existing(wanted)
        var rows: [[SQLValue]] = []
        var inBatch = Set<String>()
        for a in articles where all[a.arrival.sha256] == nil && inBatch.insert(a.arrival.sha256).inserted {
            rows.append([.text(a.arrival.sha256), SQLValue(a.title), SQLValue(a.bytes), SQLValue(a.encoding),
                         SQLValue(a.extractor), .text(a.arrival.time)])
        }
        var new: [String: Int64] = [:]
        // ON CONFLICT DO NOTHING: another journal's follower may insert the
        // same bytes at the same moment; it wins and this batch links to it.
        for returned in try await bulkInsert("articles", ["sha256", "title", "bytes", "encoding", "extractor", "first_seen"], rows,
                                             suffix: " ON CONFLICT (sha256) DO NOTHING RETURNING sha256, id", returning: true) {
            if let sha = returned[0].string, let id = returned[1].int { new[sha] = id }
        }
        all.merge(new) { old, _ in old }
        if all.count < wanted.count {
            all.merge(try await existing(wanted.filter { all[$0] == nil })) { old, _ in old }
        }
        // An article first seen elsewhere earlier than here keeps the
        // earlier time; one seen here first takes this arrival's.
        for arrival in arrivals where new[arrival.sha256] == nil {
            if let id = all[arrival.sha256] {
                try await db.execute("UPDATE articles SET first_seen = ? WHERE id = ? AND first_seen > ?",
                                     [.text(arrival.time), .integer(id), .text(arrival.time)])
            }
        }
        return (new, all)
    }

    private func existing(_ hashes: [String]) async throws -> [String: Int64] {
        var found: [String: Int64] = [:]
        for chunk in hashes.chunked(by: 500) where !chunk.isEmpty {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try await db.rows("SELECT sha256, id FROM articles WHERE sha256 IN (\(marks))", chunk.map(SQLValue.text)) {
                if let sha = row[0].string, let id = row[1].int { found[sha] = id }
            }
        }
        return found
    }

    /// Multi-row INSERTs, as many rows per statement as the backends'
    /// parameter limits allow (SQLite's is 32,766): a statement per row
    /// would cost a round trip (or a thread-pool hop) per mention.
    @discardableResult
    private func bulkInsert(_ table: String, _ columns: [String], _ rows: [[SQLValue]], suffix: String = "",
                            returning: Bool = false) async throws -> [[SQLValue]] {
        guard !rows.isEmpty else { return [] }
        let perStatement = max(1, 30_000 / columns.count)
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        var returned: [[SQLValue]] = []
        for chunk in rows.chunked(by: perStatement) {
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: chunk.count).joined(separator: ",") + suffix
            let binds = chunk.flatMap { $0 }
            if returning {
                returned += try await db.rows(sql, binds)
            } else {
                try await db.execute(sql, binds)
            }
        }
        return returned
    }
}

extension Array {
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
