import Extraction

/// Record types Byline writes, as they appear in the journal's `type` field.
public enum RecordType {
    public static let article = "article"
    public static let rejected = "rejected"
    public static let duplicate = "duplicate"
    public static let start = "start"
    public static let stop = "stop"
    public static let reload = "reload"
}

/// An extracted article: the body of an `article` record.
public struct ArticleRecord: Codable, Sendable {
    public var doc: DocumentInfo
    public var entities: [Entity]
    public var claims: [Claim]
    public var extractor: String

    public init(doc: DocumentInfo, result: ExtractionResult, extractor: String) {
        self.doc = doc
        self.entities = result.entities
        self.claims = result.claims
        self.extractor = extractor
    }
}

/// Input Byline would not extract, and why: the body of a `rejected` record.
public struct RejectedRecord: Codable, Sendable {
    public var doc: DocumentInfo
    public var reason: RejectionReason
    /// A sentence for people: what was wrong, with numbers where they help.
    public var detail: String

    public init(doc: DocumentInfo, reason: RejectionReason, detail: String) {
        self.doc = doc
        self.reason = reason
        self.detail = detail
    }
}

/// Machine-readable rejection classes, stable across versions.
public enum RejectionReason: String, Codable, Sendable {
    case empty
    case binary
    case invalidUTF8 = "invalid-utf8"
    case tooLarge = "too-large"
    case unreadable
    case vanished
    case notRegular = "not-regular"
    case symlink
    /// The process died while extracting these bytes, `ExtractionLedger.maxDeaths` times.
    case extractorFailed = "extractor-failed"
}

/// The same bytes as an earlier article under another name: the body of a
/// `duplicate` record.
public struct DuplicateRecord: Codable, Sendable {
    public var doc: DocumentInfo
    /// The seq of the article record with these bytes.
    public var duplicateOf: UInt64

    public init(doc: DocumentInfo, duplicateOf: UInt64) {
        self.doc = doc
        self.duplicateOf = duplicateOf
    }

    enum CodingKeys: String, CodingKey {
        case doc
        case duplicateOf = "duplicate_of"
    }
}
