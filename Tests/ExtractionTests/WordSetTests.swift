import Testing
@testable import Extraction

/// The hashed word lists and the lower-casing every token goes through.
@Suite struct WordSetTests {
    @Test func membershipIsExact() {
        let set: WordSet = ["said", "told", "Ministry", "said", "Ελλάδα"]
        #expect(set.count == 4, "duplicates count once")
        #expect(set.contains("said") && set.contains("Ministry") && set.contains("Ελλάδα"))
        #expect(!set.contains("Said") && !set.contains("sai") && !set.contains("saids") && !set.contains(""))
        #expect(Set(set) == ["said", "told", "Ministry", "Ελλάδα"])
        // By a hash the caller already holds: the word still decides.
        #expect(set.contains("told", hash: FeatureHash.of("told")))
        #expect(!set.contains("tolD", hash: FeatureHash.of("told")) && !set.contains("told", hash: FeatureHash.of("said")))
    }

    @Test func aLargeSetFindsEveryMemberAndNoOther() {
        let words = (0..<5_000).map { "w\($0)" }
        let set = WordSet(words)
        #expect(words.allSatisfy(set.contains))
        #expect(!(5_000..<10_000).contains { set.contains("w\($0)") })
    }

    @Test func lowerCaseWithAndWithoutTheFastPath() {
        #expect(Token.lowercased("Iran") == "iran")
        #expect(Token.lowercased("said") == "said")
        #expect(Token.lowercased("U.S.") == "u.s.")
        #expect(Token.lowercased("ШОЙГУ") == "шойгу")
        #expect(Token.lowercased("Zürich") == "zürich")
    }
}
