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
        self.words = words
        lowers = words.map { $0.lowercased() }
        shapes = words.map(NERSentence.shape)
        facts = lowers.map { WordFacts.of($0).key }
        gazetteer = NERSentence.gazetteer(words, lexicon: lexicon)
        let letters = words.filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
        allCaps = letters.count >= 3 && letters.allSatisfy { w in !w.unicodeScalars.contains { $0.properties.isLowercase } }
    }

    /// `Xxxx` -> "Xx", `IBM` -> "X", `1996-08-30` -> "d-d-d", `U.S.` -> "X.X.".
    static func shape(_ word: String) -> String {
        var out: [UInt8] = []
        var last: UInt8 = 0
        for s in word.unicodeScalars {
            let c: UInt8
            if s.properties.isUppercase { c = UInt8(ascii: "X") }
            else if s.properties.isLowercase { c = UInt8(ascii: "x") }
            else if s.properties.numericType != nil { c = UInt8(ascii: "d") }
            else if s.isASCII { c = UInt8(s.value) }
            else { c = UInt8(ascii: "?") }
            if c != last { out.append(c) }
            last = c
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Greedy longest lexicon matches, case as written or in title case
    /// (headlines in capitals).
    static func gazetteer(_ words: [String], lexicon: Lexicon) -> [String] {
        var out = Array(repeating: "", count: words.count)
        var i = 0
        while i < words.count {
            var matched = false
            let first = words[i].unicodeScalars.first
            if let first, first.properties.isUppercase || first.properties.numericType != nil {
                var j = min(words.count, i + lexicon.maxTokens(startingWith: words[i]))
                while j > i {
                    let name = words[i..<j].joined(separator: " ")
                    if let label = lexicon.label(of: name) {
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
