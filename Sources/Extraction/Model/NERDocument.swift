/// What the whole article says about its words, for the recogniser's
/// document-level features: a name is often ambiguous where it stands
/// (`Shoigu` opening a sentence, `WASHINGTON` in a dateline) and plain
/// elsewhere in the same article (`Defence Minister Sergei Shoigu`, `in
/// Washington`). This is the context aggregation of Ratinov and Roth (2009).
struct NERDocument {
    /// Words the article writes in lower case after a sentence's start.
    var lowercase: Set<String> = []
    /// Per capitalised word form, what surrounds it anywhere in the article.
    var context: [String: WordContext] = [:]

    struct WordContext {
        /// Lower-case words seen right before and after it (a few).
        var before: [String] = []
        var after: [String] = []
        /// It follows a capitalised word somewhere (inside a longer name) ...
        var continuesName = false
        /// ... or a capitalised word follows it.
        var startsName = false
        /// It is capitalised somewhere other than a sentence's start.
        var capitalizedInside = false
    }

    static let maxContextWords = 4

    init(sentences: [[String]]) {
        for words in sentences {
            for (k, word) in words.enumerated() {
                guard let first = word.unicodeScalars.first else { continue }
                if !Self.isUpper(first) {
                    if k > 0, word == word.lowercased() { lowercase.insert(word) }
                    continue
                }
                var c = context[word] ?? WordContext()
                if k > 0 {
                    let previous = words[k - 1]
                    if Self.isCapitalized(previous) { c.continuesName = true } else if c.before.count < Self.maxContextWords {
                        let l = previous.lowercased()
                        if !c.before.contains(l) { c.before.append(l) }
                    }
                    c.capitalizedInside = true
                }
                if k + 1 < words.count {
                    let next = words[k + 1]
                    if Self.isCapitalized(next) { c.startsName = true } else if c.after.count < Self.maxContextWords {
                        let l = next.lowercased()
                        if !c.after.contains(l) { c.after.append(l) }
                    }
                }
                context[word] = c
            }
        }
    }

    private static func isCapitalized(_ w: String) -> Bool { w.unicodeScalars.first.map(isUpper) ?? false }

    /// Upper case, with an ASCII fast path.
    @inline(__always)
    private static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }
}
