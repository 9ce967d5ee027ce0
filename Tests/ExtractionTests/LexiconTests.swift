import Testing
@testable import Extraction

/// The lexicon's lookups by hash: which names are known, and how many
/// tokens a name starting with a word can have.
@Suite struct LexiconTests {
    @Test func namesAreBoundedByTheirFirstWord() {
        let (lexicon, errors) = Lexicon.parse("GPE\tNew York City\nGPE\tNew Zealand\nORG\tUnited  Nations \nGPE\tYork\n# a comment\nbad line\n")
        #expect(errors.map(\.line) == [6])
        #expect(lexicon.maxTokens == 3)
        #expect(lexicon.maxTokens(startingWith: "New") == 3, "the longest entry starting with New")
        #expect(lexicon.maxTokens(startingWith: "York") == 1)
        #expect(lexicon.maxTokens(startingWith: "United") == 2, "runs of spaces separate two words")
        #expect(lexicon.maxTokens(startingWith: "Zealand") == 0, "no entry starts with it")
        #expect(lexicon.maxTokens(startingWith: "NEW") == 3, "a word in capitals is tried in title case")
        #expect(lexicon.label(of: "New Zealand") == .gpe)
        #expect(lexicon.label(of: "NEW ZEALAND") == .gpe)
        #expect(lexicon.label(of: "New") == nil)
        // Merging counts again: a longer entry from the newsroom's list.
        let merged = lexicon.merging(Lexicon(labels: ["New York Stock Exchange": .org]))
        #expect(merged.maxTokens(startingWith: "New") == 4)
        #expect(merged.maxTokens == 4)
        #expect(merged.label(of: "New York Stock Exchange") == .org)
    }
}
