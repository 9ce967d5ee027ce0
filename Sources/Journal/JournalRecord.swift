import Foundation

/// One record as read back: its envelope fields and the raw JSON line.
///
/// The journal hands readers bytes, not meaning: each consumer decodes the
/// body into its own types with ``decode(_:)``.
public struct JournalRecord: Sendable {
    public let seq: UInt64
    public let type: String
    public let time: String
    /// The JSON object, without the trailing newline.
    public let line: [UInt8]

    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(line))
    }

    public var text: String { String(decoding: line, as: UTF8.self) }

    /// The record's own hash, as its line ends (`,"hash":"<64 hex>"}`);
    /// like the rest of what a cursor returns, not checked here.
    public var hash: String? {
        guard line.count > RecordLine.hashSuffixCount else { return nil }
        // The 64 hex digits before the closing `"}`.
        return String(decoding: line[(line.count - 2 - 64)..<(line.count - 2)], as: UTF8.self)
    }

    /// The hash of the record before, as this line names it
    /// (`,"prev":"<64 hex>","hash":"<64 hex>"}`): a follower checks that
    /// each record it reads continues the chain it has.
    public var previousHash: String? {
        let end = line.count - RecordLine.hashSuffixCount - 1
        let start = end - 64
        guard start >= RecordLine.prevKey.count else { return nil }
        return String(decoding: line[start..<end], as: UTF8.self)
    }

    /// The `prev` of the first record: what a chain starts from, and the
    /// hash a reader holds before it has read any record.
    public static let genesisHash = RecordLine.genesis
}
