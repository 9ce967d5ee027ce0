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

        It PRP O
        bought VBD O
        Nordic NNP B-ORG
        Data NNP I-ORG
        Inc NNP I-ORG
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
        #expect(corpus.examples.map(\.sentenceCount) == [3, 1])
        #expect(corpus.entityCount == 9)
        #expect(corpus.unalignedCount == 0)
        let tags = corpus.tags
        // `Corp.` is one token here; `mid-1990s` is read in parts, as the
        // recogniser reads hyphenated words; `the` stays out.
        let first = corpus.examples[0]
        #expect(first.sentences[1].words == ["Telenor", "Corp.", "hired", "two", "people", "in", "the", "mid", "-", "1990s", "."])
        #expect(first.gold[1].map(tags.name) == ["B-ORG", "L-ORG", "O", "B-CARDINAL", "O", "O", "O", "B-DATE", "I-DATE", "L-DATE", "O"])
        // `Inc` `.` ending a sentence is the article's `Inc.`: the entity
        // is read onto that token (`SentencePeriod`).
        #expect(first.sentences[2].words == ["It", "bought", "Nordic", "Data", "Inc."])
        #expect(first.gold[2].map(tags.name) == ["O", "O", "B-ORG", "I-ORG", "L-ORG"])
        let second = corpus.examples[1]
        #expect(second.sentences[0].words.first == "``", "an opening quote sticks to the next word, and reads as opening")
        #expect(second.sentences[0].words[5] == "''")
        #expect(second.gold[0].map(tags.name).filter { $0 != "O" } == ["B-NORP", "B-ORG", "L-ORG"])
        // Read with a fixed tag set, a type it lacks is O.
        let narrow = NERCorpus(conll: Self.corpus, lexicon: Lexicon(), types: ["PERSON"])
        #expect(narrow.examples[0].gold[0].map(narrow.tags.name) == ["B-PERSON", "L-PERSON", "O", "O", "O", "O", "O"])
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
        // Each pass takes the two documents whole, in one of two orders (the
        // prediction history needs a document's sentences in order): it takes
        // more passes than a shuffle of sentences did.
        a.train(examples, epochs: 30)
        b.train(examples, epochs: 30)
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

    /// Dropout leaves features out by a hash of the feature and the step:
    /// the same data gives the same bytes, a different model from one
    /// trained without it, and one that still learns its data.
    @Test func dropoutIsReproducibleAndStillLearns() throws {
        let corpus = NERCorpus(conll: Self.corpus, lexicon: Lexicon())
        let openers = NERTrainer.openers(corpus.examples, minimum: 1)
        func trained(dropout: Float) -> [UInt8] {
            var t = NERTrainer(types: corpus.types, dropout: dropout)
            t.train(corpus.examples, epochs: 30)
            return t.modelBytes(openers: openers, pruneBelow: 0)
        }
        let dropped = trained(dropout: 0.3)
        #expect(dropped == trained(dropout: 0.3), "same data, same bytes")
        #expect(dropped != trained(dropout: 0), "features were left out")
        #expect(trained(dropout: 0) == {
            var t = NERTrainer(types: corpus.types)
            t.train(corpus.examples, epochs: 30)
            return t.modelBytes(openers: openers, pruneBelow: 0)
        }(), "no dropout is the trainer's default")
        let model = try dropped.withUnsafeBytes { try NERModel(bytes: $0) }
        let (_, _, f) = NEREvaluation.f1(NERTagger(model: model), on: corpus.examples)
        #expect(f == 1.0)
    }

    @Test func shippedModelLoadsAndFindsNames() throws {
        let model = try #require(NERModel.builtin)
        #expect(model.featureCount > 10_000)
        // 16-byte slots, at most two thirds full, and the dense rows: about
        // 9 MB for the shipped model (16 MB with the 32-byte slots before),
        // most of a daemon's own memory while it holds the model.
        #expect(model.slots.count * 8 < 10_000_000, "\(model.slots.count * 8) bytes of weight table")
        let result = NewsExtractor(model: model).extract("Defense Minister Sergei Shoigu met Iranian officials in Tehran on Monday, the Foreign Ministry said.")
        let found = Set(result.entities.map { "\($0.text)/\($0.label.rawValue)" })
        #expect(found.contains("Sergei Shoigu/PERSON"), "\(found)")
        #expect(found.contains("Tehran/GPE"), "\(found)")
        #expect(found.contains("Monday/DATE"), "\(found)")
    }

    /// Every beam width decodes in the room the tagger sets aside for it:
    /// greedy, the default, and widths past the beam's real bound (one
    /// hypothesis per pair of last tags, 55 x 55) whose room is capped
    /// there, with no margin to narrow the beam. Each finds the names a
    /// plain sentence holds, and a width past the bound decodes as the
    /// bound itself.
    @Test func everyBeamWidthDecodes() throws {
        let model = try #require(NERModel.builtin)
        let text = "Defense Minister Sergei Shoigu met Iranian officials in Tehran on Monday, the Foreign Ministry said."
        var results: [Int: [Entity]] = [:]
        for width in [1, 2, NERTagger.defaultWidth, 64, 3_025, 10_000] {
            // The widest beams on the sentence's first words alone: thousands of candidates a word.
            let wide = width > 64
            let result = NewsExtractor(model: model, beamWidth: width, beamMargin: wide ? 1_000 : NERTagger.defaultMargin)
                .extract(wide ? "Sergei Shoigu arrived in Tehran." : text)
            let found = Set(result.entities.map { "\($0.text)/\($0.label.rawValue)" })
            #expect(found.contains("Sergei Shoigu/PERSON") && found.contains("Tehran/GPE"), "width \(width): \(found)")
            results[width] = result.entities
        }
        #expect(results[10_000] == results[3_025])
    }

    @Test func wordFactsComeFromTheShippedTable() {
        #expect(WordTables.builtin.factCount > 50_000)
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

/// The pieces of the learned recogniser that are not the training itself.
@Suite struct RecogniserPartsTests {
    @Test func sparseWeightsScoreAsDenseOnes() throws {
        // One feature with a weight for every tag (a dense row), one with
        // two, one with none.
        let tags = NERTagSet(types: ["A", "B", "C", "D", "E", "F", "G"])
        var dense: [UInt64: [Float]] = [:]
        dense[11] = (0..<tags.count).map { Float($0) - 6.5 }
        dense[22] = (0..<tags.count).map { $0 == 3 ? 2 : ($0 == 9 ? -1 : 0) }
        dense[33] = [Float](repeating: 0.001, count: tags.count)
        let bytes = NERModel.serialize(dense, tags: tags, openers: [7], pruneBelow: 0.01)
        let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        #expect(model.featureCount == 2, "a feature whose weights are all pruned is dropped")
        #expect(model.openers == [7])
        #expect(model.types == tags.types)
        var scores = [Int32](repeating: 0, count: TagScores.lanes)
        scores.withUnsafeMutableBufferPointer { model.score([11, 22, 33, 44], into: $0) }
        for c in 0..<tags.count {
            let expected = dense[11]![c] + dense[22]![c]
            #expect(abs(Float(scores[c]) * model.scale - expected) < 0.01, "tag \(c)")
        }
        #expect(scores[tags.count...].allSatisfy { $0 == 0 })
        // The scale sits after the magic, the types, the openers and the count.
        var zeroScale = bytes
        let scaleOffset = 8 + 4 + tags.types.reduce(0) { $0 + 1 + $1.utf8.count } + 4 + 8 + 4
        for k in 0..<4 { zeroScale[scaleOffset + k] = 0 }
        #expect(throws: NERModel.FormatError.badScale) { try zeroScale.withUnsafeBytes { try NERModel(bytes: $0) } }
        for cut in [9, 20, bytes.count - 1] {
            #expect(throws: NERModel.FormatError.self) { try Array(bytes.prefix(cut)).withUnsafeBytes { try NERModel(bytes: $0) } }
        }
    }

    /// Features of several slots each take one run of free slots: some
    /// share a home slot, a run wraps past the table's end, a dense one
    /// (`NERModel.denseFrom` weights or more) takes one slot however near
    /// the end, its weights in a row of their own after the slots, and a
    /// feature of one slot must probe past runs that other features took
    /// around its home.
    @Test func runsOfSlotsFromOneHome() throws {
        // Eighteen types, 55 tags: a dense feature's row holds a weight for each.
        let tags = NERTagSet(types: (0..<18).map { "T\($0)" })
        // Weights for the first `n` tags: 55 is dense, 8 a sparse run of
        // four slots, 5 of two, 3 one slot.
        func weights(_ seed: Int, _ n: Int) -> [Float] {
            (0..<tags.count).map { $0 < n ? Float(($0 * 7 + seed * 3) % 23) - 11.5 : 0 }
        }
        #expect(NERModel.slots(55) == 1 && NERModel.slots(8) == 4 && NERModel.slots(5) == 2 && NERModel.slots(3) == 1)
        var dense: [UInt64: [Float]] = [:]
        // The top five bits are the home in a table of 32 slots; the low
        // half, halved, is the feature's fingerprint: distinct.
        func key(_ id: Int, home: Int) -> UInt64 { UInt64(home) << 59 | UInt64(2 * id) }
        func id(_ key: UInt64) -> UInt64 { (key & 0xFFFF_FFFF) >> 1 }
        // 15 slots in a table of 32: at home 5 a dense feature, a run and
        // a single; at home 31 a run that wraps; at home 30 a dense one;
        // at home 3 a single and a run, which pushes home 5's on; one at
        // home 6.
        for (i, n) in [55, 8, 3].enumerated() { dense[key(i + 1, home: 5)] = weights(i, n) }
        dense[key(9, home: 31)] = weights(9, 5)
        dense[key(8, home: 30)] = weights(8, 55)
        dense[key(10, home: 6)] = weights(10, 3)
        dense[key(12, home: 3)] = weights(12, 8)
        dense[key(11, home: 3)] = weights(11, 3)
        let model = try NERModel.serialize(dense, tags: tags, openers: [], pruneBelow: 0.01).withUnsafeBytes { try NERModel(bytes: $0) }
        #expect(model.mask == 31)
        // Each dense feature's slot points at a row of its own after the
        // slots, 128 bytes from a 128-byte boundary.
        var rows: Set<UInt64> = []
        let perSlot = NERModel.wordsPerSlot
        for k in 0...model.mask where UInt32(truncatingIfNeeded: model.slots.words[perSlot * k] >> 32) == NERModel.denseMark {
            let row = model.slots.words[perSlot * k + 1]
            #expect(row >= UInt64(perSlot * (model.mask + 1)) && Int(row) + NERModel.denseRowWords <= model.slots.count, "row of slot \(k)")
            #expect(Int(bitPattern: model.slots.words + Int(row)) % 128 == 0)
            rows.insert(row)
        }
        #expect(rows.count == 2)
        for (key, w) in dense {
            var scores = [Int32](repeating: 0, count: TagScores.lanes)
            scores.withUnsafeMutableBufferPointer { model.score([key], into: $0) }
            for c in 0..<tags.count {
                #expect(abs(Float(scores[c]) * model.scale - w[c]) < 0.01, "feature \(id(key)), tag \(c)")
            }
            #expect(scores[tags.count...].allSatisfy { $0 == 0 }, "feature \(id(key)) adds nothing past its tags")
        }
        // A dense feature and sparse ones together add up.
        var sum = [Int32](repeating: 0, count: TagScores.lanes)
        sum.withUnsafeMutableBufferPointer { model.score([key(1, home: 5), key(2, home: 5), key(8, home: 30)], into: $0) }
        for c in 0..<tags.count {
            let expected = dense[key(1, home: 5)]![c] + dense[key(2, home: 5)]![c] + dense[key(8, home: 30)]![c]
            #expect(abs(Float(sum[c]) * model.scale - expected) < 0.03, "tag \(c)")
        }
        // A feature the model lacks, at the crowded home: nothing added.
        var none = [Int32](repeating: 0, count: TagScores.lanes)
        none.withUnsafeMutableBufferPointer { model.score([key(77, home: 5), key(78, home: 31)], into: $0) }
        #expect(none.allSatisfy { $0 == 0 })
    }

    /// The fill places runs without reading the table while the features
    /// come in order of home; a file whose features are in another order
    /// is searched slot by slot instead, and every feature is found either
    /// way.
    @Test func featuresOutOfOrderAreFoundToo() throws {
        let tags = NERTagSet(types: (0..<18).map { "T\($0)" })
        var table: [UInt64: [Float]] = [:]
        // Homes in a table of 32 slots, some shared, with runs of one and
        // four slots and a dense feature.
        for (i, (home, n)) in [(2, 3), (2, 8), (3, 3), (9, 55), (10, 3), (20, 8), (20, 3), (27, 3)].enumerated() {
            table[UInt64(home) << 59 | UInt64(2 * (i + 1))] = (0..<tags.count).map { $0 < n ? Float(($0 + i) % 9) - 4.5 : 0 }
        }
        let sorted = NERModel.serialize(table, tags: tags, openers: [], pruneBelow: 0.01)
        // The records start after the magic, the types, the openers, the
        // count and the scale.
        var start = 8 + 4
        for _ in 0..<tags.types.count { start += 1 + Int(sorted[start]) }
        start += 4 + 8 * Int(sorted[start]) + 4 + 4
        var records: [[UInt8]] = []
        var at = start
        while at < sorted.count {
            let end = at + 9 + 3 * Int(sorted[at + 8])
            records.append(Array(sorted[at..<end]))
            at = end
        }
        #expect(records.count == table.count)
        for order in [Array(records.reversed()), Array(records[4...] + records[..<4])] {
            let bytes = Array(sorted[..<start]) + order.flatMap { $0 }
            let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
            #expect(model.mask == 31)
            for (key, w) in table {
                var scores = [Int32](repeating: 0, count: TagScores.lanes)
                scores.withUnsafeMutableBufferPointer { model.score([key], into: $0) }
                for c in 0..<tags.count {
                    #expect(abs(Float(scores[c]) * model.scale - w[c]) < 0.01, "feature at \(key >> 59), tag \(c)")
                }
            }
        }
    }

    /// A tag listed twice for one feature is no model: a dense feature has
    /// one lane per tag. Nor is a tag past the tag set: scoring adds at the
    /// tag's lane.
    @Test func aRepeatedTagIsRefused() throws {
        let tags = NERTagSet(types: ["A"])
        var bytes = NERModel.serialize([5: [0, 1, 2, 0]], tags: tags, openers: [], pruneBelow: 0.01)
        // The last feature's two entries (tag, Int16) are the file's last
        // six bytes: make the second's tag the first's.
        bytes[bytes.count - 3] = bytes[bytes.count - 6]
        #expect(throws: NERModel.FormatError.badTag) { try bytes.withUnsafeBytes { try NERModel(bytes: $0) } }
        bytes[bytes.count - 3] = 200
        #expect(throws: NERModel.FormatError.badTag) { try bytes.withUnsafeBytes { try NERModel(bytes: $0) } }
    }

    @Test func bestTagRespectsBIOL() {
        // O, B-X, I-X, L-X, B-Y, I-Y, L-Y
        let scores: [Int32] = [1, 0, 9, 8, 3, 5, 4]
        scores.withUnsafeBufferPointer { s in
            #expect(TagScores.best(s, count: 7, after: .o) == .begin(2), "neither I nor L may follow O")
            #expect(TagScores.best(s, count: 7, after: .last(1)) == .begin(2), "nor an L")
            #expect(TagScores.best(s, count: 7, after: .begin(1)) == .inside(1))
            #expect(TagScores.best(s, count: 7, after: .inside(1)) == .inside(1))
            #expect(TagScores.best(s, count: 7, after: .begin(2)) == .inside(2))
            #expect(TagScores.best(s, count: 7, after: .inside(2)) == .inside(2))
        }
        let low: [Int32] = [1, 0, 2, 3, 0, 0, 0]
        low.withUnsafeBufferPointer { s in
            #expect(TagScores.best(s, count: 7, after: .inside(1)) == .last(1))
            #expect(TagScores.best(s, count: 7, after: .inside(2)) == .o, "an I may be followed by O, which ends its entity")
        }
        #expect(NERTag.inside(1).canFollow(.begin(1)) && NERTag.last(1).canFollow(.inside(1)))
        #expect(!NERTag.last(1).canFollow(.last(1)) && !NERTag.inside(2).canFollow(.begin(1)) && !NERTag.inside(1).canFollow(.o))
        #expect(NERTag.begin(2).canFollow(.last(1)) && NERTag.o.canFollow(.inside(1)))
    }

    @Test func spansOfBIOLTags() {
        let (o, b1, i1, l1, b2, l2) = (NERTag.o, NERTag.begin(1), NERTag.inside(1), NERTag.last(1), NERTag.begin(2), NERTag.last(2))
        let spans = NEREvaluation.spans([b1, o, b1, i1, l1, b1, b2, l2, o, b1]).map { [$0.start, $0.end, $0.kind] }
        #expect(spans == [[0, 1, 1], [2, 5, 1], [5, 6, 1], [6, 8, 2], [9, 10, 1]])
        let lenient = NEREvaluation.spans([b1, i1, o, l2, i1]).map { [$0.start, $0.end, $0.kind] }
        #expect(lenient == [[0, 2, 1], [3, 4, 2], [4, 5, 1]], "an unfinished entity ends where the next tag leaves it")
    }

    @Test func hyphenatedWordsAreReadInParts() {
        let text = ArticleText("A four-color page, Nagorno-Karabakh and --30 dashes.")
        let tokens = Tokenizer.tokenize(text)
        let parts = NERTokens.split(tokens[...])
        #expect(parts.map(\.text).contains("four") && parts.map(\.text).contains("color"))
        #expect(parts.map(\.text).contains("Nagorno") && parts.map(\.text).contains("Karabakh"))
        for t in parts { #expect(text.string(t.start, t.end) == t.text, "offsets stay the article's") }
        #expect(parts.filter { $0.text == "-" }.count - tokens.filter { $0.text == "-" }.count == 2, "dashes that join no words stay as they are")
    }

    /// ASCII words are split by their bytes, others by their scalars: the
    /// two give the same parts, kinds and offsets.
    @Test func hyphenatedWordsSplitAlikeInAndOutOfASCII() {
        let text = ArticleText("A Paris-based and a Zürich-based firm, 1990-95, post-Brexit.")
        let parts = NERTokens.split(Tokenizer.tokenize(text)[...])
        let shown = parts.map { "\($0.text):\($0.kind == .number ? "n" : $0.kind == .punctuation ? "p" : "w")" }
        #expect(shown.joined(separator: " ")
                == "A:w Paris:w -:p based:w and:w a:w Zürich:w -:p based:w firm:w ,:p 1990:n -:p 95:n ,:p post:w -:p Brexit:w .:p")
        for t in parts { #expect(text.string(t.start, t.end) == t.text, "offsets stay the article's") }
        #expect(parts.first { $0.text == "Paris" }?.isCapitalized == true)
    }

    @Test func aNumbersTailIsTheWordAfterIt() {
        let s = NERSentence(words: ["more", "than", "30", "%", "of", "two", "million", "people", "said"], lexicon: Lexicon())
        #expect(s.token[0].numberTail == FeatureHash.of("%"), "within three words of a number")
        #expect(s.token[2].numberTail == FeatureHash.of("%"))
        #expect(s.token[5].numberTail == FeatureHash.of("people") && s.token[6].numberTail == FeatureHash.of("people"))
        #expect(s.token[8].numberTail == 0)
    }

    @Test func quotesReadAsTheTrainingTextHasThem() {
        let text = ArticleText("“Go,” he said. \"Stop\" now. Russia’s army")
        let tokens = Tokenizer.tokenize(text)
        let s = NERSentence(tokens: tokens[...], lexicon: Lexicon())
        #expect(s.words.filter { $0 == "``" }.count == 2, "\(s.words)")
        #expect(s.words.filter { $0 == "''" }.count == 2, "\(s.words)")
        #expect(s.words.contains("'s"), "\(s.words)")
    }

    @Test func wordClustersComeFromTheShippedTable() {
        let tables = WordTables.builtin
        func of(_ word: String) -> WordClusters { WordClusters.of(lower: word, in: tables) }
        #expect(tables.clusterCount > 10_000)
        let monday = of("monday"), tuesday = of("tuesday")
        #expect(monday.isKnown && monday.coarse == tuesday.coarse)
        #expect(WordFacts.of("monday").band > 0, "a word in both tables keeps both halves")
        #expect(of("1996") == of("2024"), "digits fold to 0")
        #expect(!of("qzxwv").isKnown && of("qzxwv").brown == 0)
        // The Brown paths: far more words than our own clusters know, and
        // words alike share a long prefix.
        #expect(tables.brownCount > 80_000)
        let london = of("london"), paris = of("paris")
        func prefix(_ c: WordClusters, _ bits: Int) -> UInt16 { WordClusters.brownPrefix(c.brown, bits) }
        #expect(london.brown != 0 && prefix(london, 8) == prefix(paris, 8))
        #expect(prefix(monday, 8) == prefix(tuesday, 8) && prefix(monday, 8) != prefix(london, 8))
    }

    /// A Brown path read from its table's text: a leading 1, then the
    /// branches first to last; a prefix is the path's first branches, or
    /// the whole path when it is shorter; lines that hold no path are not
    /// read as one.
    @Test func brownPathsAndTheirPrefixes() {
        let text = Array("a\t0110\nb\t1\nc\t012\nd\t\ne\t0110\t9\nf\t011011011011011\ng\t0110110110110110\n".utf8)
        var paths: [UInt16?] = []
        text.withUnsafeBytes { bytes in
            for row in LinkedTable.Rows(bytes) { paths.append(WordClusters.brownRow(row)) }
        }
        #expect(paths == [0b10110, 0b11, nil, nil, nil, 0b1011011011011011, nil])
        let path: UInt16 = 0b10110
        #expect(WordClusters.brownPrefix(path, 2) == 0b101 && WordClusters.brownPrefix(path, 4) == 0b10110
                && WordClusters.brownPrefix(path, 12) == 0b10110)
        #expect(WordClusters.brownPrefix(WordClusters.unknown.brown, 4) == 0)
    }

    /// The linked tables' rows: fields split at tabs, empty ones kept,
    /// blank lines skipped, fields past the third counted, a last line
    /// without its newline read, the first field hashed as `FeatureHash`
    /// hashes a string.
    @Test func linkedTableRowsKeepEveryField() {
        let text = Array("a\t1\t\n\nbb\t2\n\t9\nc\t\t3\t4".utf8)
        struct Row: Equatable { let key: UInt64, second: String, third: String, fields: Int }
        var rows: [Row] = []
        text.withUnsafeBytes { bytes in
            for row in LinkedTable.Rows(bytes) {
                rows.append(Row(key: row.key, second: String(decoding: row.second, as: UTF8.self),
                                third: String(decoding: row.third, as: UTF8.self), fields: row.fields))
            }
        }
        #expect(rows == [Row(key: FeatureHash.of("a"), second: "1", third: "", fields: 3),
                         Row(key: FeatureHash.of("bb"), second: "2", third: "", fields: 2),
                         Row(key: FeatureHash.of(""), second: "9", third: "", fields: 2),
                         Row(key: FeatureHash.of("c"), second: "", third: "3", fields: 4)])
        #expect(text.withUnsafeBytes { LinkedTable.lineCount($0) } >= rows.count)
        // Exact on a long text of lines 0 to 69 bytes long, the last
        // without a newline: one more than its newlines.
        let long = (0..<300).map { String(repeating: "x", count: $0 % 70) }.joined(separator: "\n") + "\nend"
        #expect(long.utf8.count > 10_000)
        #expect(Array(long.utf8).withUnsafeBytes { LinkedTable.lineCount($0) } == 301)
        let number: Int = text.withUnsafeBytes { LinkedTable.number($0[2..<3]) }
        #expect(number == 1)
    }

    /// The word tables read from their text (`byline word-index`): a word
    /// listed twice keeps its later row, next to the first or far from
    /// it, and a word in several tables keeps each part.
    @Test func wordTablesKeepTheLaterRowOfAWord() {
        let others = (0..<20).map { "w\($0)\t1\t\n" }.joined()
        let facts = Array(("near\t3\t\nnear\t5\tF\n" + "far\t2\tL\n" + others + "far\t7\t\nlast\t1\t\nlast\t6\t\n").utf8)
        let clusters = Array("far\t4\t9\n".utf8)
        let brown = Array("far\t01\nnear\t1\n".utf8)
        let tables = facts.withUnsafeBytes { f in
            clusters.withUnsafeBytes { c in brown.withUnsafeBytes { b in WordTables(facts: f, clusters: c, brown: b) } }
        }
        #expect(tables.facts(FeatureHash.of("near")) == WordFacts(band: 5, firstName: true, surname: false))
        #expect(tables.facts(FeatureHash.of("far")) == WordFacts(band: 7, firstName: false, surname: false))
        #expect(WordClusters.of(lower: "far", in: tables) == WordClusters(coarse: 4, fine: 9, brown: 0b101))
        #expect(WordClusters.of(lower: "near", in: tables) == WordClusters(coarse: .max, fine: .max, brown: 0b11))
        #expect(tables.facts(FeatureHash.of("last")).band == 6)
        #expect(tables.facts(FeatureHash.of("w19")).band == 1)
        #expect(tables.factCount == 26 && tables.clusterCount == 1 && tables.brownCount == 2)
    }

    /// CoNLL-2003's coarse labels are read as the OntoNotes tags they may be.
    @Test func coarseDataAllowsEveryTypeItCovers() {
        let conll = """
            -DOCSTART- -X- -X- O

            Anna NNP I-NP I-PER
            flew VBD I-VP O
            to TO I-PP O
            Oslo NNP I-NP I-LOC
            in IN I-PP O
            1996 CD I-NP O
            . . O O

            """
        let types = ["DATE", "GPE", "LOC", "PERSON"]
        let corpus = NERCorpus(conll: conll, lexicon: Lexicon(), types: types,
                               coarse: ["PER": ["PERSON"], "LOC": ["GPE", "LOC", "FAC"]], unmarked: ["DATE"])
        let tags = corpus.tags
        func names(_ mask: UInt64) -> Set<String> { Set(tags.all.filter { mask & $0.bit != 0 }.map(tags.name)) }
        let allowed = corpus.examples[0].allowed[0]
        #expect(names(allowed[0]) == ["B-PERSON"])
        #expect(names(allowed[3]) == ["B-GPE", "B-LOC"], "FAC is not among the types")
        #expect(names(allowed[5]) == ["O", "B-DATE", "I-DATE", "L-DATE"], "an unmarked token may be a date")
        var trainer = NERTrainer(types: types)
        trainer.train(corpus.examples, epochs: 3)
        #expect(trainer.featureCount > 0)
    }
}
