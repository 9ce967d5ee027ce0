/// A large article record's entities and claims, left in its line and
/// read a chunk at a time while the rows go out. Decoded whole, a 15 MB
/// article's 400,000 mentions took more memory than its 60 MB line
/// (`byline store sync` of that one record peaked at 232 MB); read this
/// way, only the line and one chunk of rows are held at once.
///
/// The line's JSON was checked whole when the record was decoded (the
/// arrays skipped, not kept), so a chunk fails only where a mention lacks
/// a field the store needs.
public struct MentionStream: Sendable {
    /// Where the reader stands in one of the two arrays.
    private enum Place: Sendable {
        /// At the array's value (`[` or `null`), not yet opened.
        case before(Int)
        /// At the next element.
        case inside(Int)
        case done
    }

    let seq: UInt64
    private let line: [UInt8]
    private var entities: Place
    private var claims: Place

    /// `entitiesAt` and `claimsAt`: the offsets of the two arrays' values
    /// in `line` (nil: the record has none).
    init(seq: UInt64, line: [UInt8], entitiesAt: Int?, claimsAt: Int?) {
        self.seq = seq
        self.line = line
        entities = entitiesAt.map(Place.before) ?? .done
        claims = claimsAt.map(Place.before) ?? .done
    }

    /// Up to `limit` more entities; empty once all have been read.
    public mutating func nextEntities(upTo limit: Int) throws(ProjectedRecord.Malformed) -> [ProjectedRecord.Entity] {
        var out: [ProjectedRecord.Entity] = []
        try read(&entities, upTo: limit) { r throws(RecordJSON.Failure) in out.append(try ProjectedRecord.entity(&r)) }
        return out
    }

    /// Up to `limit` more claims; empty once all have been read.
    public mutating func nextClaims(upTo limit: Int) throws(ProjectedRecord.Malformed) -> [ProjectedRecord.Claim] {
        var out: [ProjectedRecord.Claim] = []
        try read(&claims, upTo: limit) { r throws(RecordJSON.Failure) in out.append(try ProjectedRecord.claim(&r)) }
        return out
    }

    /// Hands `element` the reader at each of up to `limit` more elements
    /// of the array at `place`.
    private func read(_ place: inout Place, upTo limit: Int,
                      _ element: (inout RecordJSON) throws(RecordJSON.Failure) -> Void) throws(ProjectedRecord.Malformed) {
        var failure: RecordJSON.Failure?
        line.withUnsafeBytes { raw in
            do throws(RecordJSON.Failure) {
                var r: RecordJSON
                switch place {
                case .done: return
                case .inside(let offset): r = RecordJSON(raw, at: offset)
                case .before(let offset):
                    r = RecordJSON(raw, at: offset)
                    guard !r.null(), try r.openArray() else {
                        place = .done
                        return
                    }
                }
                for _ in 0..<max(1, limit) {
                    try element(&r)
                    guard try r.nextElement() else {
                        place = .done
                        return
                    }
                }
                place = .inside(r.offset)
            } catch {
                failure = error
                place = .done
            }
        }
        if let failure { throw ProjectedRecord.Malformed(seq: seq, reason: "\(failure)") }
    }
}
