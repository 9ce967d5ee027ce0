/// What `byline query` asks for; every condition given must hold.
///
/// The same filter is answered by a journal scan (``JournalScan``) and by
/// a store (``StoreQuery``), with the same answers: the tests hold them to
/// that.
public struct ArticleFilter: Sendable, Equatable {
    /// A mention whose text or canonical name is this (case-insensitive).
    public var entity: String?
    /// A mention with this label (PERSON, GPE, ...).
    public var label: String?
    /// A claim whose source's text or canonical name contains this
    /// (case-insensitive). With `claims`, the claim itself must match.
    public var source: String?
    /// The article first seen at or after this time (ISO-8601 UTC, or a
    /// prefix of one such as `2026-12-01`).
    public var since: String?
    /// The article first seen before this time.
    public var until: String?

    public init(entity: String? = nil, label: String? = nil, source: String? = nil, since: String? = nil, until: String? = nil) {
        self.entity = entity
        self.label = label
        self.source = source
        self.since = since
        self.until = until
    }

    var entityKey: String? { entity.map(StoreText.key) }
    var sourceKey: String? { source.map(StoreText.key) }

    /// Times compare as text, which is exact for the journal's format and
    /// any prefix of it; anything else is refused.
    public static func validTime(_ text: String) -> Bool {
        let pattern = Array("0000-00-00T00:00:00.000Z".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, bytes.count <= pattern.count else { return false }
        for (b, p) in zip(bytes, pattern) {
            if p == UInt8(ascii: "0") {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return false }
            } else if b != p {
                return false
            }
        }
        return true
    }

    func matchesTime(_ time: String) -> Bool {
        if let since, time < since { return false }
        if let until, time >= until { return false }
        return true
    }

    func matchesMentions(_ entities: [ProjectedRecord.Entity]) -> Bool {
        if let key = entityKey, !entities.contains(where: { StoreText.key($0.text) == key || StoreText.key($0.canonical) == key }) {
            return false
        }
        if let label, !entities.contains(where: { $0.label == label }) { return false }
        return true
    }

    func matchesSource(_ claim: ProjectedRecord.Claim) -> Bool {
        guard let key = sourceKey else { return true }
        return StoreText.contains(StoreText.sourceKey(claim), key)
    }
}
