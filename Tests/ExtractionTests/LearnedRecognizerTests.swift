import Testing
@testable import Extraction

/// The learned recogniser's machinery, on hand-written data.
@Suite struct LearnedRecognizerTests {
    /// A tiny corpus in OntoNotes' CoNLL layout (our own sentences):
    /// OntoNotes tokens (`Corp .`, `mid - 1990s`), BIO tags.
    static let corpus = """
        -DOCSTART- doc1 O

        Anna NNP B-PERSON
        Berg NNP I-PERSON
        visited VBD O
        Oslo NNP B-GPE
        on IN O
        Monday NNP B-DATE
        . . O

        Telenor NNP B-ORG
        Corp NNP I-ORG
        . . I-ORG
        hired VBD O
        two CD B-CARDINAL
        people NNS O
        in IN O
        the DT B-DATE
        mid JJ I-DATE
        - HYPH I-DATE
        1990s NNS I-DATE
        . . O

        -DOCSTART- doc2 O

        " `` O
        Norwegian JJ B-NORP
        firms NNS O
        grew VBD O
        , , O
        " '' O
        said VBD O
        the DT B-ORG
        Telenor NNP I-ORG
        board NN I-ORG
        . . O

        """

    @Test func corpusIsReadOnBylinesOwnTokens() {
        let corpus = NERCorpus(conll: Self.corpus, lexicon: Lexicon())
        #expect(corpus.types == ["CARDINAL", "DATE", "GPE", "NORP", "ORG", "PERSON"], "the tag set comes from the data, sorted")
        #expect(corpus.examples.map(\.sentenceCount) == [2, 1])
        #expect(corpus.entityCount == 8)
        #expect(corpus.unalignedCount == 0)
        let tags = corpus.tags
        // `Corp.` is one token here; `mid-1990s` is read in parts, as the
        // recogniser reads hyphenated words; `the` stays out.
        let first = corpus.examples[0]
        #expect(first.sentences[1].words == ["Telenor", "Corp.", "hired", "two", "people", "in", "the", "mid", "-", "1990s", "."])
        #expect(first.gold[1].map(tags.name) == ["B-ORG", "I-ORG", "O", "B-CARDINAL", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"])
        let second = corpus.examples[1]
        #expect(second.sentences[0].words.first == "``", "an opening quote sticks to the next word, and reads as opening")
        #expect(second.sentences[0].words[5] == "''")
        #expect(second.gold[0].map(tags.name).filter { $0 != "O" } == ["B-NORP", "B-ORG", "I-ORG"])
        // Read with a fixed tag set, a type it lacks is O.
        let narrow = NERCorpus(conll: Self.corpus, lexicon: Lexicon(), types: ["PERSON"])
        #expect(narrow.examples[0].gold[0].map(narrow.tags.name) == ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    }

    @Test func detokenizerWritesNewsText() {
        var quotes = 0
        let words = ["\"", "Profits", "rose", "5", "%", "to", "$", "3", "million", ",", "\"", "he", "said", "(", "1986", "-", "1990", ")", "."]
        let offsets = Detokenizer.offsets(words, quotes: &quotes)
        var text = ""
        for (k, w) in words.enumerated() {
            while text.unicodeScalars.count < offsets[k] { text += " " }
            text += w
        }
        #expect(text == "\"Profits rose 5% to $3 million,\" he said (1986-1990).")
        #expect(quotes == 2)
    }

    @Test func iob1BecomesBIO() {
        #expect(NERCorpus.bio(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == ["B-PER", "I-PER", "O", "B-LOC", "B-LOC"])
        #expect(NERCorpus.bio(["B-ORG", "I-ORG", "B-PER"]) == ["B-ORG", "I-ORG", "B-PER"], "BIO stays as it is")
    }

    @Test func trainingIsReproducibleAndRoundTrips() throws {
        let corpus = NERCorpus(conll: Self.corpus, lexicon: Lexicon())
        let examples = corpus.examples
        var a = NERTrainer(types: corpus.types), b = NERTrainer(types: corpus.types)
        a.train(examples, epochs: 8)
        b.train(examples, epochs: 8)
        let openers = NERTrainer.openers(examples, minimum: 1)
        #expect(openers == [FeatureHash.of("two"), FeatureHash.of("mid")], "lower-case words that open an entity")
        let bytes = a.modelBytes(openers: openers, pruneBelow: 0)
        #expect(bytes == b.modelBytes(openers: openers, pruneBelow: 0), "same data, same bytes")
        let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        #expect(model.featureCount > 0)
        #expect(model.types == corpus.types)
        #expect(model.openers == openers)
        // It has learned its training data.
        let (_, _, f) = NEREvaluation.f1(NERTagger(model: model), on: examples)
        #expect(f == 1.0)
        #expect(throws: NERModel.FormatError.self) { try [UInt8](repeating: 0, count: 20).withUnsafeBytes { try NERModel(bytes: $0) } }
        #expect(throws: NERModel.FormatError.self) { try Array(bytes.dropLast(3)).withUnsafeBytes { try NERModel(bytes: $0) } }
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
