import Foundation
import Testing
@testable import Settings

@Suite struct ConfigTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func embeddedDefaultIsTheShippedFile() throws {
        let shipped = try String(contentsOf: Self.root.appendingPathComponent("Config/byline.toml"), encoding: .utf8)
        #expect(BylineConfig.embeddedTOML + "\n" == shipped, "run scripts/embed-config")
        let config = try BylineConfig.embedded()
        #expect(config == BylineConfig())
    }

    @Test func valuesAreRead() throws {
        let c = try ConfigParser.parse("""
            [watch]
            directory = "/srv/inbox"
            recursive = true
            settle_ms = 50
            [settle]
            action = "leave"
            [lexicons]
            files = ["a.tsv", "b.tsv"]
            """, source: "t.toml")
        #expect(c.watchDirectory == "/srv/inbox" && c.recursive && c.settleMilliseconds == 50)
        #expect(c.settleAction == .leave && c.lexiconFiles == ["a.tsv", "b.tsv"])
        #expect(c.processedPath == "/srv/inbox/processed")
    }

    @Test func unknownKeyNamesKeyAndLine() {
        #expect(throws: ConfigError(source: "t.toml", key: "watch.setle_ms", line: 3,
                                    message: "unknown key (known in [watch]: directory, mode, recursive, rescan_interval_s, settle_ms)")) {
            try ConfigParser.parse("[watch]\ndirectory = \"x\"\nsetle_ms = 5\n", source: "t.toml")
        }
        #expect(throws: ConfigError.self) { try ConfigParser.parse("[wacth]\n", source: "t.toml") }
    }

    @Test func badValuesAreRefused() {
        let cases = [
            "[watch]\nsettle_ms = \"fast\"\n", "[watch]\nsettle_ms = -1\n", "[settle]\naction = \"shred\"\n",
            "[journald]\nenabled = 1\n", "[lexicons]\nfiles = [1]\n", "[watch]\ndirectory = \"\"\n", "not toml = = 1",
        ]
        for text in cases {
            do {
                _ = try ConfigParser.parse(text, source: "t.toml")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.line != nil, "no line for \(text): \(error)")
            }
        }
    }

    @Test func environmentAndFlagsOverride() throws {
        let base = BylineConfig()
        let env = ["BYLINE_WATCH": "/env/inbox", "BYLINE_PIPELINE_CONCURRENCY": "3", "BYLINE_SETTLE_ACTION": "delete",
                   "BYLINE_JOURNALD_ENABLED": "false"]
        let c = try ConfigOverrides(journalDirectory: "/flag/journal").apply(to: base, environment: env)
        #expect(c.watchDirectory == "/env/inbox" && c.journalDirectory == "/flag/journal")
        #expect(c.concurrency == 3 && c.settleAction == .delete && !c.journaldEnabled)
        let flagWins = try ConfigOverrides(watchDirectory: "/flag").apply(to: base, environment: env)
        #expect(flagWins.watchDirectory == "/flag")
        #expect(throws: ConfigError.self) { try ConfigOverrides().apply(to: base, environment: ["BYLINE_PIPELINE_CONCURRENCY": "many"]) }
    }
}
