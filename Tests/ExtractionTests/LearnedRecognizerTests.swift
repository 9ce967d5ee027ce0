import Testing
@testable import Extraction

/// The learned recogniser's machinery, on hand-written data.
@Suite struct LearnedRecognizerTests {
    /// A tiny corpus in CoNLL-2003 layout (our own sentences).
    static let corpus = """
        -DOCSTART- -X- -X- O

        Anna NNP I-NP I-PER
        Berg NNP I-NP I-PER
        visited VBD I-VP O
        Oslo NNP I-NP I-LOC
        . . O O

        Telenor NNP I-NP I-ORG
        hired VBD I-VP O
        Anna NNP I-NP I-PER
        in IN I-PP O
        Bergen NNP I-NP I-LOC
        . . O O

        -DOCSTART- -X- -X- O

        Norwegian JJ I-NP I-MISC
        firms NNS I-NP O
        like IN I-PP O
        Telenor NNP I-NP I-ORG
        grew VBD I-VP O
        . . O O

        """

    @Test func iob1BecomesBIO() {
        #expect(NERTrainer.bio(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == [.bPER, .iPER, .o, .bLOC, .bLOC])
        #expect(NERTrainer.bio(["I-ORG", "I-PER"]) == [.bORG, .bPER])
    }

    @Test func trainingIsReproducibleAndRoundTrips() throws {
        let examples = NERTrainer.examples(conll: Self.corpus, lexicon: Lexicon())
        #expect(examples.count == 2, "one example per document")
        #expect(examples.map(\.sentenceCount) == [2, 1])
        var a = NERTrainer(), b = NERTrainer()
        a.train(examples, epochs: 5)
        b.train(examples, epochs: 5)
        let bytes = a.modelBytes(pruneBelow: 0)
        #expect(bytes == b.modelBytes(pruneBelow: 0), "same data, same bytes")
        let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        #expect(model.featureCount > 0)
        // It has learned its training data.
        let (_, _, f) = NEREvaluation.f1(NERTagger(model: model), on: examples)
        #expect(f == 1.0)
        #expect(throws: NERModel.FormatError.self) { try [UInt8](repeating: 0, count: 20).withUnsafeBytes { try NERModel(bytes: $0) } }
    }

    @Test func shippedModelLoadsAndFindsNames() throws {
        let model = try #require(NERModel.builtin)
        #expect(model.featureCount > 10_000)
        let result = NewsExtractor(model: model).extract("Defense Minister Sergei Shoigu met Iranian officials in Tehran on Monday, the Foreign Ministry said.")
        let found = Set(result.entities.map { "\($0.text)/\($0.label.rawValue)" })
        #expect(found.contains("Sergei Shoigu/PERSON"), "\(found)")
        #expect(found.contains("Tehran/GPE"), "\(found)")
        #expect(found.contains("Monday/DATE"), "\(found)")
    }

    @Test func wordFactsComeFromTheShippedTable() {
        #expect(WordFacts.table.count > 50_000)
        #expect(WordFacts.of("the").band >= 14)
        #expect(WordFacts.of("john").firstName)
        #expect(WordFacts.of("smith").surname)
        #expect(WordFacts.of("shoigu").band == 0)
        #expect(WordFacts.of("qzxwv") == WordFacts(band: 0, firstName: false, surname: false))
    }

    /// The document remembers a word's company elsewhere: `Shoigu` opening a
    /// sentence is known to sit inside `Sergei Shoigu` and after `minister`.
    @Test func documentContextAggregatesEveryMention() {
        let sentences = [["Defence", "minister", "Sergei", "Shoigu", "arrived", "."], ["Shoigu", "said", "so", "."]]
        let doc = NERDocument(sentences: sentences.map { NERSentence(words: $0, lexicon: Lexicon()) })
        let c = doc.context(of: "Shoigu")
        #expect(c?.continuesName == true)
        #expect(c?.after.contains(FeatureHash.of("arrived")) == true && c?.after.contains(FeatureHash.of("said")) == true)
        #expect(c?.capitalizedInside == true)
        #expect(doc.context(of: "Sergei")?.before == [FeatureHash.of("minister")])
        #expect(doc.writesInLowerCase("arrived") && !doc.writesInLowerCase("Shoigu"))
    }
}

/// How the rules' names and the model's are merged.
@Suite struct NameMergerTests {
    typealias ModelName = (first: Int, last: Int, kind: Int, label: EntityLabel)

    func merge(_ rules: [NameFinder.Name], _ model: [ModelName]) -> [String] {
        NameMerger.merge(rules: rules, model: model).map { "\($0.first)-\($0.last) \($0.label?.rawValue ?? "-")" }
    }

    @Test func ruleNameStandsWhereTheModelHasNone() {
        #expect(merge([NameFinder.Name(first: 0, last: 1, label: .gpe, confident: true)], []) == ["0-1 GPE"])
    }

    @Test func sameSpanTakesTheRulesFinerLabelOnlyWithinTheModelsClass() {
        let rule = NameFinder.Name(first: 0, last: 1, label: .gpe, confident: true)
        #expect(merge([rule], [(0, 1, 2, .gpe)]) == ["0-1 GPE"])  // LOC agrees with GPE
        #expect(merge([rule], [(0, 1, 3, .org)]) == ["0-1 ORG"])  // a team named after its city
    }

    @Test func longerNameWins() {
        let rule = NameFinder.Name(first: 0, last: 1, label: .gpe, confident: true)
        #expect(merge([rule], [(0, 3, 3, .org)]) == ["0-3 ORG"])  // New York Stock Exchange
        let long = NameFinder.Name(first: 0, last: 6, label: .org, confident: true)
        #expect(merge([long], [(0, 2, 3, .org), (4, 6, 3, .org)]) == ["0-6 ORG"])
    }

    @Test func nationalityJoinsTheOrganisationAfterIt() {
        #expect(merge([], [(0, 0, 4, .norp), (1, 2, 3, .org)]) == ["0-2 ORG"])  // Iranian Foreign Ministry
        #expect(merge([], [(0, 0, 4, .norp), (2, 3, 3, .org)]) == ["0-0 NORP", "2-3 ORG"])
    }

    @Test func middleInitialContinuesAPerson() {
        let initial: (Int) -> Bool = { $0 == 1 }
        let merged = NameMerger.merge(rules: [], model: [(0, 0, 1, .person), (1, 2, 1, .person)], isInitial: initial)
        #expect(merged.map { "\($0.first)-\($0.last)" } == ["0-2"])
    }
}
