import TOMLKit

/// Strict TOML reading: an unknown key or a value of the wrong type or
/// range is an error naming the key and its line, never a silent default.
public enum ConfigParser {
    /// Parses a configuration file's bytes: refused unless UTF-8
    /// (`ConfigText`), then parsed as `parse(_:source:over:)`.
    public static func parse(bytes: [UInt8], source: String, over base: BylineConfig = BylineConfig()) throws(ConfigError) -> BylineConfig {
        try parse(try ConfigText.check(bytes, source: source), source: source, over: base)
    }

    /// Parses `text` (read from `source`, for messages) over the defaults.
    public static func parse(_ text: String, source: String, over base: BylineConfig = BylineConfig()) throws(ConfigError) -> BylineConfig {
        try ConfigText.checkKeys(text, source: source)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(source: source, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigError(source: source, message: "not valid TOML: \(error)")
        }
        var config = base
        let lines = KeyLines(text)
        for section in table.keys {
            guard let keys = schema[section] else {
                throw ConfigError(source: source, key: section, line: lines.section(section),
                                  message: "unknown section (known: \(schema.keys.sorted().joined(separator: ", ")))")
            }
            guard let sub = table[section]?.table else {
                throw ConfigError(source: source, key: section, line: lines.section(section), message: "must be a [\(section)] table")
            }
            for key in sub.keys {
                let name = "\(section).\(key)"
                let line = lines.key(key, in: section)
                guard let apply = keys[key] else {
                    throw ConfigError(source: source, key: name, line: line,
                                      message: "unknown key (known in [\(section)]: \(keys.keys.sorted().joined(separator: ", ")))")
                }
                guard let value = sub[key] else { continue }
                if let problem = apply(&config, value) {
                    throw ConfigError(source: source, key: name, line: line, message: problem)
                }
            }
        }
        return config
    }

    typealias Setter = @Sendable (inout BylineConfig, TOMLValueConvertible) -> String?

    static let schema: [String: [String: Setter]] = [
        "watch": [
            "directory": path { $0.watchDirectory = $1 },
            "recursive": bool { $0.recursive = $1 },
            "settle_ms": int(0...3_600_000) { $0.settleMilliseconds = $1 },
            "rescan_interval_s": int(1...86_400) { $0.rescanIntervalSeconds = $1 },
            "mode": choice(BylineConfig.WatchMode.self) { $0.watchMode = $1 },
        ],
        "input": [
            "max_article_bytes": int(1...(1 << 34)) { $0.maxArticleBytes = $1 },
            "encoding_fallback": choice(BylineConfig.EncodingFallback.self) { $0.encodingFallback = $1 },
        ],
        "settle": [
            "action": choice(BylineConfig.SettleAction.self) { $0.settleAction = $1 },
            "processed_directory": path { $0.processedDirectory = $1 },
            "failed_directory": path { $0.failedDirectory = $1 },
        ],
        "journal": [
            "directory": path { $0.journalDirectory = $1 },
            "segment_bytes": int(4096...(1 << 40)) { $0.segmentBytes = $1 },
        ],
        "pipeline": [
            "concurrency": int(0...1024) { $0.concurrency = $1 },
            "max_in_flight": int(1...100_000) { $0.maxInFlight = $1 },
        ],
        "journald": [
            "enabled": bool { $0.journaldEnabled = $1 },
        ],
        "lexicons": [
            "files": stringList { $0.lexiconFiles = $1 },
        ],
        "extraction": [
            "recognizer": choice(BylineConfig.Recognizer.self) { $0.recognizer = $1 },
            "release_model_after_s": int(0...86_400) { $0.releaseModelAfterSeconds = $1 },
        ],
        "store": [
            "url": storeURL { $0.storeURL = $1 },
        ],
        "metrics": [
            "textfile": optionalPath { $0.metricsTextfile = $1 },
        ],
    ]

    /// A path, or "" for "none".
    static func optionalPath(_ set: @escaping @Sendable (inout BylineConfig, String) -> Void) -> Setter {
        { config, value in
            guard value.type == .string, let s = value.string else { return "must be a string (a path, or \"\" for none)" }
            set(&config, s)
            return nil
        }
    }

    /// "" (off), `sqlite:...` or `postgresql://...`; the rest of the URL is
    /// checked by the store when the daemon opens it.
    static func storeURL(_ set: @escaping @Sendable (inout BylineConfig, String) -> Void) -> Setter {
        { config, value in
            guard value.type == .string, let s = value.string else { return "must be a string (a URL)" }
            guard s.isEmpty || s.hasPrefix("sqlite:") || s.hasPrefix("postgresql://") || s.hasPrefix("postgres://") else {
                return "must be \"\" (no store), sqlite:PATH or postgresql://USER@HOST/DB"
            }
            set(&config, s)
            return nil
        }
    }

    static func bool(_ set: @escaping @Sendable (inout BylineConfig, Bool) -> Void) -> Setter {
        { config, value in
            guard value.type == .bool, let b = value.bool else { return "must be true or false" }
            set(&config, b)
            return nil
        }
    }

    static func int(_ range: ClosedRange<Int>, _ set: @escaping @Sendable (inout BylineConfig, Int) -> Void) -> Setter {
        { config, value in
            guard value.type == .int, let i = value.int else { return "must be a whole number" }
            guard range.contains(i) else { return "must be between \(range.lowerBound) and \(range.upperBound), not \(i)" }
            set(&config, i)
            return nil
        }
    }

    static func path(_ set: @escaping @Sendable (inout BylineConfig, String) -> Void) -> Setter {
        { config, value in
            guard value.type == .string, let s = value.string else { return "must be a string (a path)" }
            guard !s.isEmpty else { return "must not be empty" }
            set(&config, s)
            return nil
        }
    }

    static func choice<E: RawRepresentable & CaseIterable & Sendable>(_: E.Type, _ set: @escaping @Sendable (inout BylineConfig, E) -> Void) -> Setter
    where E.RawValue == String, E.AllCases: Sendable {
        { config, value in
            guard value.type == .string, let s = value.string, let e = E(rawValue: s) else {
                return "must be one of \(E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))"
            }
            set(&config, e)
            return nil
        }
    }

    static func stringList(_ set: @escaping @Sendable (inout BylineConfig, [String]) -> Void) -> Setter {
        { config, value in
            guard value.type == .array, let array = value.array else { return "must be a list of strings" }
            var out: [String] = []
            for item in array {
                guard item.type == .string, let s = item.string else { return "must be a list of strings" }
                out.append(s)
            }
            set(&config, out)
            return nil
        }
    }
}

/// Finds the line of a section header or key, for error messages (the TOML
/// library reports positions only for syntax errors).
struct KeyLines {
    let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func section(_ name: String) -> Int? {
        lines.firstIndex { $0.trimmingSpaces() == "[\(name)]" }.map { $0 + 1 }
    }

    func key(_ key: String, in section: String) -> Int? {
        var inSection = false
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingSpaces()
            if line.hasPrefix("[") {
                inSection = line == "[\(section)]"
                continue
            }
            guard inSection, line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("=") { return i + 1 }
        }
        return nil
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}
