import FuzzSupport
import Settings

/// The configuration parser on arbitrary bytes: a refusal (a `ConfigError`)
/// is an answer, a crash is a finding.
func fuzzOne(_ bytes: [UInt8]) {
    guard let config = try? ConfigParser.parse(bytes: bytes, source: "fuzz") else { return }
    _ = config.processedPath
    _ = config.failedPath
}

@main enum Main {
    static func main() { Fuzz.main(fuzzOne) }
}
