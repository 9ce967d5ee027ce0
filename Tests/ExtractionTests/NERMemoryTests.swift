import Testing
@testable import Extraction

/// The prediction history: what a word was tagged earlier in the article.
@Suite struct NERMemoryTests {
    static let org = NERTag.begin(3), person = NERTag.begin(5)

    @Test func aWordIsRememberedAsWrittenWithItsMajorityKind() {
        var memory = NERMemory()
        let first = NERSentence(words: ["Cabinet", "Office", "said", "so"], lexicon: Lexicon())
        let again = NERSentence(words: ["Cabinet", "met", "CABINET", "Office"], lexicon: Lexicon())
        #expect(memory.history(again, 0) == nil, "nothing is known before a sentence is recorded")
        memory.record(first, [Self.org, NERTag.inside(3), .o, .o])
        let cabinet = memory.history(again, 0)
        #expect(cabinet != nil)
        #expect(memory.history(again, 2) == nil, "words are held as written: CABINET is another word")
        #expect(memory.history(again, 3) == cabinet, "both words had ORG, and only ORG")
        #expect(memory.history(again, 1) == nil, "lower-case words are not recorded")

        // A second reading of the word: the majority decides, and the
        // value says it was not unanimous.
        memory.record(first, [Self.person, .o, .o, .o])
        memory.record(first, [Self.person, .o, .o, .o])
        let mixed = memory.history(again, 0)
        #expect(mixed != nil && mixed != cabinet)
        var personOnly = NERMemory()
        personOnly.record(first, [Self.person, .o, .o, .o])
        #expect(personOnly.history(again, 0) != mixed, "PERSON by majority differs from PERSON alone")
    }

    @Test func aWordSeenOnlyOutsideEntitiesIsRememberedAsOutside() {
        var memory = NERMemory()
        let s = NERSentence(words: ["Monday", "came"], lexicon: Lexicon())
        memory.record(s, [.o, .o])
        var dated = NERMemory()
        dated.record(s, [NERTag.begin(1), .o])
        #expect(memory.history(s, 0) != nil)
        #expect(memory.history(s, 0) != dated.history(s, 0))
    }
}
