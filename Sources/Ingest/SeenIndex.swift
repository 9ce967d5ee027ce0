import Journal

/// What the journal already holds, so every file gets exactly one outcome.
///
/// Keyed by content (SHA-256) and path: the same bytes at the same path are
/// already journaled (skip, or just settle the file); the same bytes at a
/// new path are a `duplicate` of the first article with them.
public struct SeenIndex: Sendable {
    /// sha256 -> seq of the first article record with those bytes.
    public private(set) var articles: [String: UInt64] = [:]
    /// "sha256|path|file id" for every outcome recorded (parts empty when unknown).
    private var outcomes: Set<String> = []

    public init() {}

    /// Rebuilds the index by reading the whole journal.
    public init(journal directory: String) throws {
        var cursor = JournalCursor(directory: directory)
        while let record = try cursor.next() {
            guard [RecordType.article, RecordType.rejected, RecordType.duplicate].contains(record.type) else { continue }
            let doc = try record.decode(Envelope.self).doc
            note(type: record.type, seq: record.seq, doc: doc)
        }
    }

    private struct Envelope: Decodable { let doc: DocumentInfo }

    public enum Verdict: Equatable, Sendable {
        /// Never seen: journal it.
        case new
        /// This file (bytes and path) already has its outcome.
        case alreadyJournaled
        /// Same bytes as article `seq`, under another path.
        case duplicate(of: UInt64)
    }

    public func verdict(_ doc: DocumentInfo) -> Verdict {
        if outcomes.contains(Self.key(doc)) { return .alreadyJournaled }
        let sha256 = doc.sha256
        if let sha256, let seq = articles[sha256] { return .duplicate(of: seq) }
        return .new
    }

    public mutating func note(type: String, seq: UInt64, doc: DocumentInfo) {
        outcomes.insert(Self.key(doc))
        if type == RecordType.article, let sha = doc.sha256, articles[sha] == nil { articles[sha] = seq }
    }

    /// Takes back a provisional `note` whose record never became durable
    /// (the journal refused the batch), so the file is judged afresh when
    /// it is retried.
    public mutating func unnote(type: String, seq: UInt64, doc: DocumentInfo) {
        outcomes.remove(Self.key(doc))
        if type == RecordType.article, let sha = doc.sha256, articles[sha] == seq { articles[sha] = nil }
    }

    public var count: Int { outcomes.count }

    private static func key(_ doc: DocumentInfo) -> String { (doc.sha256 ?? "") + "|" + doc.path + "|" + (doc.fileID ?? "") }
}
