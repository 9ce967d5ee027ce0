/// What extraction finds in one article.
public struct ExtractionResult: Sendable, Equatable {
    public var entities: [Entity]
    public var claims: [Claim]

    public init(entities: [Entity] = [], claims: [Claim] = []) {
        self.entities = entities
        self.claims = claims
    }
}

/// Text in, entities and claims out: pure, no I/O, safe to call from many
/// threads at once. The pipeline depends on this protocol only, so a
/// better extractor replaces the baseline without touching anything else.
public protocol Extractor: Sendable {
    /// Name and version, recorded with every article (`extractor` field) so
    /// a journal says which model produced which record.
    var identifier: String { get }
    func extract(_ text: String) -> ExtractionResult
}
