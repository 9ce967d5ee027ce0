import Foundation
import Testing
@testable import Store

/// The store's own JSON reader against Foundation's, on the strings a
/// record can hold, and on what it must refuse.
@Suite struct RecordJSONTests {
    private func read(_ text: String) throws -> [String: String] {
        var out: [String: String] = [:]
        try Array(text.utf8).withUnsafeBytes { raw in
            var r = RecordJSON(raw)
            try r.object { r, key throws(RecordJSON.Failure) in
                if key == "skip" { try r.skip() } else { out[key] = try r.optionalString() ?? "<null>" }
            }
        }
        return out
    }

    @Test func stringsReadAsFoundationWritesThem() throws {
        let strings = ["plain", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u{1}\u{1F}", "é ü 中文",
                       "emoji 👩‍👩‍👧 and 𝄞", "line\u{2028}separator", "slash / and </script>", ""]
        for s in strings {
            let encoded = String(decoding: try JSONEncoder().encode(["k": s]), as: UTF8.self)
            #expect(try read(encoded)["k"] == s, "\(encoded)")
        }
        // Escapes Foundation does not write but JSON allows.
        #expect(try read(#"{"k":"\u00e9\ud834\udd1e\/\b\f"}"#)["k"] == "é𝄞/\u{8}\u{C}")
    }

    @Test func unknownValuesOfEveryKindAreSkipped() throws {
        let text = #"{"skip":{"a":[1,-2.5e3,true,false,null,{"b":"}]"}],"c":"x"},"k":"kept","n":null}"#
        #expect(try read(text) == ["k": "kept", "n": "<null>"])
    }

    @Test func integersAndTheirLimits() throws {
        func int(_ text: String) throws -> Int {
            try Array(text.utf8).withUnsafeBytes { raw in
                var r = RecordJSON(raw)
                return try r.int()
            }
        }
        #expect(try int("0") == 0)
        #expect(try int(" -42") == -42)
        #expect(try int("9223372036854775807") == Int.max)
        #expect(throws: RecordJSON.Failure.self) { try int("9223372036854775808") }
        #expect(throws: RecordJSON.Failure.self) { try int("1.5") }
        #expect(throws: RecordJSON.Failure.self) { try int("x") }
    }

    @Test func brokenTextIsRefusedNotGuessed() throws {
        for bad in [#"{"k":"open"#, #"{"k":"a\qb"}"#, #"{"k":"\ud834"}"#, #"{"k":"\udd1e"}"#, #"{"k" "v"}"#,
                    #"{"k":"v""#, "{\"k\":\"a\u{1}b\"}", #"{"k":"\u12"}"#] {
            #expect(throws: RecordJSON.Failure.self, "\(bad)") { try read(bad) }
        }
    }
}
