/// How input files are read and decoded.
public struct IngestOptions: Sendable, Equatable {
    /// What to do with bytes that are not valid UTF-8.
    public enum Fallback: String, Sendable, Equatable, CaseIterable {
        /// Decode as Windows-1252 (every byte maps to a character), and say so
        /// in `doc.encoding`. Old newsroom systems still write it.
        case windows1252 = "windows-1252"
        /// Reject the file with `invalid-utf8`.
        case reject
    }

    /// Files larger than this are rejected (`too-large`) without being read whole.
    public var maxBytes: Int
    public var fallback: Fallback

    public init(maxBytes: Int = 16 << 20, fallback: Fallback = .windows1252) {
        self.maxBytes = maxBytes
        self.fallback = fallback
    }
}
