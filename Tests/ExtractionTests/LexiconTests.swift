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

    /// The list format as people write it: Windows line ends, spaces
    /// around fields, a doubled tab; and the lines it refuses, by number.
    @Test func parseReadsTheListFormat() {
        let text = "ORG\tWSJ\tThe Wall Street Journal\r\n  GPE \t\t Oslo \n\n# GPE\tcomment\nPLACE\tNowhere\nGPE\tA\tB\tC\nGPE\t \nNORP"
        let (lexicon, errors) = Lexicon.parse(text)
        #expect(lexicon.labels == ["WSJ": .org, "Oslo": .gpe])
        #expect(lexicon.aliases == ["WSJ": "The Wall Street Journal"])
        #expect(lexicon.alias(of: "WSJ") == "The Wall Street Journal" && lexicon.alias(of: "Oslo") == nil)
        // A merged lexicon answers for the aliases of both.
        let merged = lexicon.merging(Lexicon(aliases: ["NYT": "The New York Times"]))
        #expect(merged.alias(of: "NYT") == "The New York Times" && merged.alias(of: "WSJ") == "The Wall Street Journal")
        #expect(errors.map(\.line) == [5, 6, 7, 8], "an unknown label, four fields, an empty name, one field")
        #expect(Lexicon.parse("").errors.isEmpty && Lexicon.parse("").0.labels.isEmpty)
    }
}
