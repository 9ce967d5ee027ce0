import Foundation

/// What a producer hands the journal: a record type and a JSON object body.
///
/// The journal adds the envelope (`seq`, `type`, `time`) and the integrity
/// fields (`prev`, `hash`); it never looks inside the body, so it knows
/// nothing of articles or entities.
public struct JournalEntry: Sendable {
    public let type: String
    /// A JSON object, `{...}`, UTF-8, with no `seq`/`type`/`time`/`prev`/`hash` keys.
    public let body: [UInt8]

    public init(type: String, jsonObject body: [UInt8]) {
        self.type = type
        self.body = body
    }

    /// Encodes `body` as the record's fields.
    public init(type: String, body: some Encodable) throws {
        self.type = type
        self.body = Array(try JournalEntry.encoder.encode(body))
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }
}

/// What ``JournalWriter/append(_:)`` returns for each entry once it is on disk.
public struct Committed: Sendable, Equatable {
    public let seq: UInt64
    public let time: String
    public let hash: String
}
