/// A sentence as the learned recogniser sees it: the words and the facts
/// about them that feature templates read, computed once.
struct NERSentence {
    var words: [String]
    var lowers: [String]
    var shapes: [String]
    /// Per token: the lexicon label of a name covering it, with B/I position
    /// (`B-GPE`, `I-ORG`), or "".
    var gazetteer: [String]
    /// The whole sentence is in capitals (a headline): capitalisation says little.
    var allCaps: Bool
    /// Per token: its frequency band and name flags (`WordFacts.key`).
    var facts: [String]

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
        shapes = words.map(NERSentence.shape)
        facts = lowers.map { WordFacts.of($0).key }
        gazetteer = NERSentence.gazetteer(words, shapes: shapes, lexicon: lexicon)
        // From the shapes: words with a cased letter, none of them lower case.
        let cased = shapes.filter { $0.utf8.contains(UInt8(ascii: "X")) || $0.utf8.contains(UInt8(ascii: "x")) }
        allCaps = cased.count >= 3 && !cased.contains { $0.utf8.contains(UInt8(ascii: "x")) }
    }

    /// `Xxxx` -> "Xx", `IBM` -> "X", `1996-08-30` -> "d-d-d", `U.S.` -> "X.X.".
    static func shape(_ word: String) -> String {
        var out: [UInt8] = []
        var last: UInt8 = 0
        for s in word.unicodeScalars {
            let c: UInt8
            let v = s.value
            // ASCII without the Unicode tables (most of any English text).
            if v >= 0x41 && v <= 0x5A { c = UInt8(ascii: "X") }
            else if v >= 0x61 && v <= 0x7A { c = UInt8(ascii: "x") }
            else if v >= 0x30 && v <= 0x39 { c = UInt8(ascii: "d") }
            else if s.isASCII { c = UInt8(v) }
            else if s.properties.isUppercase { c = UInt8(ascii: "X") }
            else if s.properties.isLowercase { c = UInt8(ascii: "x") }
            else if s.properties.numericType != nil { c = UInt8(ascii: "d") }
            else { c = UInt8(ascii: "?") }
            if c != last { out.append(c) }
            last = c
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Greedy longest lexicon matches, case as written or in title case
    /// (headlines in capitals).
    static func gazetteer(_ words: [String], shapes: [String], lexicon: Lexicon) -> [String] {
        var out = Array(repeating: "", count: words.count)
        var i = 0
        while i < words.count {
            var matched = false
            // The shape says it: an upper-case letter or a digit first.
            let first = shapes[i].utf8.first
            if first == UInt8(ascii: "X") || first == UInt8(ascii: "d") {
                var j = min(words.count, i + lexicon.maxTokens(startingWith: words[i]))
                while j > i {
                    let name = words[i..<j].joined(separator: " ")
                    // Products (weapon systems) stay out: the training data
                    // has none, and the label refiner applies them instead.
                    if let label = lexicon.label(of: name), label != .product {
                        for k in i..<j { out[k] = (k == i ? "B-" : "I-") + label.rawValue }
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
