/// The `doc` object of a record: which file, which bytes.
public struct DocumentInfo: Codable, Sendable, Equatable {
    public var path: String
    public var name: String
    /// Hex SHA-256 of the raw bytes; absent when the file could not be read.
    public var sha256: String?
    public var bytes: Int?
    /// `utf-8`, or the fallback the bytes were decoded with.
    public var encoding: String?
    /// The first non-empty line, trimmed.
    public var title: String?
    /// `inode:ctime-nanoseconds` of the file when read (`FileStatus.identity`): with the
    /// path and hash it tells "this very file, not yet settled" (after a
    /// restart) from "the same bytes dropped again" (a duplicate).
    public var fileID: String?

    enum CodingKeys: String, CodingKey {
        case path, name, sha256, bytes, encoding, title
        case fileID = "file_id"
    }

    public init(path: String, name: String, sha256: String? = nil, bytes: Int? = nil, encoding: String? = nil, title: String? = nil) {
        self.path = path
        self.name = name
        self.sha256 = sha256
        self.bytes = bytes
        self.encoding = encoding
        self.title = title
    }
}
