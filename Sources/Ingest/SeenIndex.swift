import Crypto
import Journal

/// What the journal already holds, so every file gets exactly one outcome.
///
/// Keyed by content (SHA-256) and path: the same bytes at the same path are
/// already journaled (skip, or just settle the file); the same bytes at a
/// new path are a `duplicate` of the first article with them.
///
/// Kept compact, for journals of millions of records: an outcome is the
/// first 128 bits of the SHA-256 of "sha256|path|file id", an article the
/// first 128 bits of its content hash (odds of two colliding among a
/// billion files: about one in 10^20). A million records take about 60 MB.
public struct SeenIndex: Sendable, Equatable {
    /// 128 bits of a SHA-256.
    struct Key: Hashable, Sendable {
        var high: UInt64
        var low: UInt64
    }

    /// Content hash -> seq of the first article record with those bytes.
    private(set) var articles: [Key: UInt64] = [:]
    /// Every outcome recorded (sha256|path|file id, parts empty when unknown).
    private(set) var outcomes: Set<Key> = []

    public init() {}

    /// Rebuilds the index by reading the whole journal.
    public init(journal directory: String) throws {
        try self.init(journal: directory, after: 0)
    }

    /// Adds what the journal holds after `seq` to `base`; `visit` sees
    /// every record read.
    init(journal directory: String, after seq: UInt64, base: SeenIndex = SeenIndex(), visit: (JournalRecord) -> Void = { _ in }) throws {
        self = base
        var cursor = JournalCursor(directory: directory, from: seq + 1)
        while let record = try cursor.next() {
            visit(record)
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
        if outcomes.contains(Self.outcomeKey(doc)) { return .alreadyJournaled }
        if let sha = doc.sha256.flatMap(Self.contentKey), let seq = articles[sha] { return .duplicate(of: seq) }
        return .new
    }

    public mutating func note(type: String, seq: UInt64, doc: DocumentInfo) {
        outcomes.insert(Self.outcomeKey(doc))
        if type == RecordType.article, let sha = doc.sha256.flatMap(Self.contentKey), articles[sha] == nil { articles[sha] = seq }
    }

    /// Takes back a provisional `note` whose record never became durable
    /// (the journal refused the batch), so the file is judged afresh when
    /// it is retried.
    public mutating func unnote(type: String, seq: UInt64, doc: DocumentInfo) {
        outcomes.remove(Self.outcomeKey(doc))
        if type == RecordType.article, let sha = doc.sha256.flatMap(Self.contentKey), articles[sha] == seq { articles[sha] = nil }
    }

    public var count: Int { outcomes.count }

    static func outcomeKey(_ doc: DocumentInfo) -> Key {
        let digest = SHA256.hash(data: Array(((doc.sha256 ?? "") + "|" + doc.path + "|" + (doc.fileID ?? "")).utf8))
        return digest.withUnsafeBytes { raw in
            Key(high: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), low: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
    }

    /// The first 128 bits of a hex SHA-256.
    static func contentKey(_ hex: String) -> Key? {
        let utf8 = Array(hex.utf8)
        guard utf8.count >= 32 else { return nil }
        func word(_ from: Int) -> UInt64? {
            var value: UInt64 = 0
            for c in utf8[from..<(from + 16)] {
                let digit: UInt8
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
                default: return nil
                }
                value = value << 4 | UInt64(digit)
            }
            return value
        }
        guard let high = word(0), let low = word(16) else { return nil }
        return Key(high: high, low: low)
    }

    /// For the checkpoint: rebuilt from stored keys.
    init(articles: [Key: UInt64], outcomes: Set<Key>) {
        self.articles = articles
        self.outcomes = outcomes
    }
}
