/// Command-line flags and `BYLINE_*` environment variables, applied over
/// the file: flags win over the environment, which wins over the file.
///
/// Every key has a variable named after it, `BYLINE_<SECTION>_<KEY>`
/// (`BYLINE_PIPELINE_CONCURRENCY=2`, `BYLINE_SETTLE_ACTION=leave`), checked
/// as strictly as the file; `BYLINE_WATCH` and `BYLINE_JOURNAL` are short
/// forms of the two folders.
public struct ConfigOverrides: Sendable, Equatable {
    public var watchDirectory: String?
    public var journalDirectory: String?

    public init(watchDirectory: String? = nil, journalDirectory: String? = nil) {
        self.watchDirectory = watchDirectory
        self.journalDirectory = journalDirectory
    }

    public func apply(to config: BylineConfig, environment: [String: String]) throws(ConfigError) -> BylineConfig {
        var c = config
        var aliases = environment
        if let w = environment["BYLINE_WATCH"] { aliases["BYLINE_WATCH_DIRECTORY"] = w }
        if let j = environment["BYLINE_JOURNAL"] { aliases["BYLINE_JOURNAL_DIRECTORY"] = j }
        for (section, keys) in ConfigParser.schema.sorted(by: { $0.key < $1.key }) {
            for key in keys.keys.sorted() {
                let name = "BYLINE_\(section.uppercased())_\(key.uppercased())"
                guard let raw = aliases[name] else { continue }
                let snippet = "[\(section)]\n\(key) = \(Self.tomlLiteral(raw))\n"
                do {
                    c = try ConfigParser.parse(snippet, source: "environment", over: c)
                } catch {
                    throw ConfigError(source: "environment", key: name, message: error.message)
                }
            }
        }
        if let w = watchDirectory { c.watchDirectory = w }
        if let j = journalDirectory { c.journalDirectory = j }
        return c
    }

    /// Numbers, booleans and lists pass as written; anything else is a string.
    static func tomlLiteral(_ raw: String) -> String {
        if raw == "true" || raw == "false" || Int(raw) != nil || raw.hasPrefix("[") { return raw }
        var escaped = ""
        for ch in raw {
            switch ch {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            default: escaped.append(ch)
            }
        }
        return "\"\(escaped)\""
    }
}
