import Foundation
import Settings

/// Where `byline run` gets its configuration: a file (or the embedded
/// default), then `BYLINE_*` variables, then flags. Read again on SIGHUP.
public struct ConfigSource: Sendable {
    public let file: String?
    public let overrides: ConfigOverrides

    public init(file: String?, overrides: ConfigOverrides) {
        self.file = file
        self.overrides = overrides
    }

    public func load() throws(ConfigError) -> BylineConfig {
        let base: BylineConfig
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ConfigError(source: file, message: "cannot read the configuration file")
            }
            base = try ConfigParser.parse(bytes: Array(data), source: file)
        } else {
            base = try BylineConfig.embedded()
        }
        return try overrides.apply(to: base, environment: ProcessInfo.processInfo.environment)
    }
}
