import Testing
@testable import Settings

/// Found by fuzzing (#10's hunting suite, `FuzzConfig`): `[\xE9nput]`
/// stopped the TOML library on an internal assertion (a crash in a debug
/// build, undefined behaviour past the check in a release one). Such files
/// are refused with their line before the library sees them; strings and
/// comments may hold any text.
@Suite struct ConfigTextTests {
    func refusal(_ bytes: [UInt8]) -> ConfigError? {
        do {
            _ = try ConfigParser.parse(bytes: bytes, source: "t.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func theFuzzersFindingIsRefusedWithItsLine() {
        let error = refusal(Array("# Byline\n[watch]\n[".utf8) + [0xE9] + Array("nput]\n".utf8))
        #expect(error?.line == 3)
        #expect(error?.message == "not valid UTF-8")
        let decoded = refusal(Array("[watch]\n\n[\u{FFFD}nput]\n".utf8))
        #expect(decoded?.line == 3)
        #expect(decoded?.message.contains("malformed table header") == true)
        #expect(refusal(Array("[watch]\ncafé = 1\n".utf8))?.line == 2)
        // The second finding: a header whose key starts with a mark.
        #expect(refusal(Array("files = []\n\n[)xt\n".utf8))?.message.contains("malformed table header") == true)
        #expect(refusal(Array("[watch.]\n".utf8))?.line == 1)
        // The third (2026-12-05): a `}` where an array expects an element.
        #expect(refusal(Array("enabled = true\n\n[lexicons]\nfiles = [}\n\n[attcerxion]\n".utf8))?.line == 4)
        #expect(refusal(Array("[lexicons]\nfiles = [\"a\", # note\n  }\n".utf8))?.message.contains("array element is missing") == true)
        #expect(refusal(Array("[lexicons]\nfiles = [[ }]]\n".utf8))?.line == 2)
        let kept = refusal(Array("[lexicons]\nfiles = [\"}\", '}'] # [}\n".utf8))
        #expect(kept == nil, "a } in a string or a comment is text")
    }

    @Test func stringsAndCommentsMayHoldAnyText() throws {
        let text = """
            # Reportage für die Zentrale — ünïcödé
            [watch]
            directory = "/srv/Nachrichten/Eingang-für-Meldungen" # à côté
            [settle]
            processed_directory = 'verarbeitet "ok"'
            failed_directory = \"\"\"fehl
            [geschlagen]\"\"\"
            [ "journal" ]
            directory = "j"

            """
        let config = try ConfigParser.parse(bytes: Array(text.utf8), source: "t.toml")
        #expect(config.watchDirectory == "/srv/Nachrichten/Eingang-für-Meldungen")
        #expect(config.processedDirectory == "verarbeitet \"ok\"")
    }
}
