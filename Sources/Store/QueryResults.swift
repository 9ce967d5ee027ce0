/// One article that matched, as `byline query` prints it from a store: its
/// bytes' identity, every arrival, and its mentions and claims.
public struct ArticleHit: Encodable, Sendable, Equatable {
    /// The store's article id: the next page starts after it (not printed).
    public var id: Int64
    public var sha256: String
    public var title: String?
    public var bytes: Int?
    public var encoding: String?
    /// When the article was first seen (its earliest arrival).
    public var time: String
    public var arrivals: [ArrivalHit]
    public var entities: [ProjectedRecord.Entity]
    public var claims: [ProjectedRecord.Claim]

    enum CodingKeys: String, CodingKey {
        case sha256, title, bytes, encoding, time, arrivals, entities, claims
    }
}

public struct ArrivalHit: Encodable, Sendable, Equatable {
    public var journal: String
    public var seq: UInt64
    public var kind: String
    public var time: String
    public var path: String
}

/// One claim that matched (`byline query --claims`): who said what, when,
/// in which article.
public struct ClaimHit: Encodable, Sendable, Equatable {
    public var sha256: String
    public var title: String?
    /// When the article was first seen.
    public var time: String
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: String
    public var stance: String
    public var cue: ProjectedRecord.Span?
    public var source: ProjectedRecord.Span?
    public var sourceCanonical: String?

    enum CodingKeys: String, CodingKey {
        case sha256, title, time, text, start, end, kind, stance, cue, source
        case sourceCanonical = "source_canonical"
    }

    init(article: (sha256: String, title: String?, time: String), claim: ProjectedRecord.Claim) {
        sha256 = article.sha256
        title = article.title
        time = article.time
        text = claim.text
        start = claim.start
        end = claim.end
        kind = claim.kind
        stance = claim.stance
        cue = claim.cue
        source = claim.source
        sourceCanonical = claim.sourceCanonical
    }
}
