/// Bodies of the records about the daemon itself, in the same envelope as
/// the article records.
struct StartRecord: Codable {
    var version: String
    var pid: Int32
    var watch: String
    var journal: String
    var mode: String
    /// Bytes of a torn record recovered when the journal was opened.
    var recoveredBytes: Int
    var extractor: String

    enum CodingKeys: String, CodingKey {
        case version, pid, watch, journal, mode, extractor
        case recoveredBytes = "recovered_bytes"
    }
}

struct StopRecord: Codable {
    var reason: String
    var articles: Int
    var duplicates: Int
    var rejected: Int
}

struct ReloadRecord: Codable {
    var applied: Bool
    /// Why the new configuration was refused, or what needs a restart.
    var detail: String?
}
