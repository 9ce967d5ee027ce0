/// A configuration problem, naming the key and, where known, the line.
public struct ConfigError: Error, CustomStringConvertible, Sendable, Equatable {
    public let source: String
    public let key: String?
    public let line: Int?
    public let message: String

    public init(source: String, key: String? = nil, line: Int? = nil, message: String) {
        self.source = source
        self.key = key
        self.line = line
        self.message = message
    }

    public var description: String {
        var where_ = source
        if let line { where_ += ":\(line)" }
        if let key { return "\(where_): \(key): \(message)" }
        return "\(where_): \(message)"
    }
}
