/// Whether the claim's words are quoted.
public enum ClaimKind: String, Codable, Sendable {
    case direct, indirect
}

/// How firmly the source stands behind the content.
public enum Stance: String, Codable, Sendable {
    case asserted, hedged, denied
}

/// An attributed statement: what is claimed (`start`..`end`), by whom
/// (`source`), marked by which words (`cue`).
public struct Claim: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var source: Span?
    public var sourceCanonical: String?
    public var cue: Span?
    public var kind: ClaimKind
    public var stance: Stance

    public init(content: Span, source: Span?, sourceCanonical: String?, cue: Span?, kind: ClaimKind, stance: Stance) {
        self.start = content.start
        self.end = content.end
        self.text = content.text
        self.source = source
        self.sourceCanonical = sourceCanonical
        self.cue = cue
        self.kind = kind
        self.stance = stance
    }

    enum CodingKeys: String, CodingKey {
        case start, end, text, source
        case sourceCanonical = "source_canonical"
        case cue, kind, stance
    }
}
