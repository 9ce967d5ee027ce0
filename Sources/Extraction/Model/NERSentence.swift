/// A sentence as the learned recogniser sees it: per token, the hashes of
/// the strings the feature templates read (word, lower case, shape,
/// lexicon tag, word facts), computed once, so features are combinations
/// of numbers.
struct NERSentence {
    var words: [String]
    var lowers: [String]
    var word: [UInt64]
    var lower: [UInt64]
    var shape: [TokenShape]
    /// Per token: the lexicon label of a name covering it, with its B/I
    /// position, as a hash (`Gazetteer.none` outside any name).
    var gazetteer: [UInt64]
    /// Per token: its frequency band and name flags (`WordFacts.code`).
    var facts: [UInt64]
    /// The whole sentence is in capitals (a headline): capitalisation says little.
    var allCaps: Bool

    init(words: [String], lexicon: Lexicon) {
        self.init(words: words, lowers: words.map { $0.lowercased() }, lexicon: lexicon)
    }

    /// From the tokenizer's tokens, whose lower case is already computed.
    init(tokens: ArraySlice<Token>, lexicon: Lexicon) {
        self.init(words: tokens.map(\.text), lowers: tokens.map(\.lower), lexicon: lexicon)
    }

    private init(words: [String], lowers: [String], lexicon: Lexicon) {
        self.words = words
        self.lowers = lowers
        word = words.map(FeatureHash.of)
        lower = lowers.map(FeatureHash.of)
        shape = words.map(TokenShape.init)
        let table = WordFacts.table
        facts = lower.map { FeatureHash.of(code: 0x1_0000 + table[hash: $0].code) }
        gazetteer = Self.gazetteer(words, shapes: shape, lexicon: lexicon)
        // Words with a cased letter, none of them lower case.
        var cased = 0, lowerCased = false
        for s in shape where s.hasUpper || s.hasLower {
            cased += 1
            if s.hasLower { lowerCased = true }
        }
        allCaps = cased >= 3 && !lowerCased
    }

    /// The hashes lexicon tags take (`B-GPE`, `I-ORG`, none).
    enum Gazetteer {
        static let none = FeatureHash.of("")
        static let begin: [UInt64] = EntityLabel.allCases.map { FeatureHash.of("B-" + $0.rawValue) }
        static let inside: [UInt64] = EntityLabel.allCases.map { FeatureHash.of("I-" + $0.rawValue) }
    }

    /// Greedy longest lexicon matches, case as written or in title case
    /// (headlines in capitals).
    static func gazetteer(_ words: [String], shapes: [TokenShape], lexicon: Lexicon) -> [UInt64] {
        var out = Array(repeating: Gazetteer.none, count: words.count)
        var i = 0
        while i < words.count {
            var matched = false
            // The shape says it: an upper-case letter or a digit first.
            if shapes[i].first == .upper || shapes[i].first == .digit {
                var j = min(words.count, i + lexicon.maxTokens(startingWith: words[i]))
                while j > i {
                    let name = j == i + 1 ? words[i] : words[i..<j].joined(separator: " ")
                    // Products (weapon systems) stay out: the training data
                    // has none, and the label refiner applies them instead.
                    if let label = lexicon.label(of: name), label != .product, let l = EntityLabel.allCases.firstIndex(of: label) {
                        for k in i..<j { out[k] = k == i ? Gazetteer.begin[l] : Gazetteer.inside[l] }
                        i = j
                        matched = true
                        break
                    }
                    j -= 1
                }
            }
            if !matched { i += 1 }
        }
        return out
    }
}
