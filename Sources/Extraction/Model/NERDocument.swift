/// What the whole article says about its words, for the recogniser's
/// document-level features: a name is often ambiguous where it stands
/// (`Shoigu` opening a sentence, `WASHINGTON` in a dateline) and plain
/// elsewhere in the same article (`Defence Minister Sergei Shoigu`, `in
/// Washington`). This is the context aggregation of Ratinov and Roth (2009).
///
/// Words are held by their feature hashes (`NERSentence`), so the tagger
/// asks with numbers it already has.
struct NERDocument {
    /// Words (lower-case hashes) the article writes in lower case after a
    /// sentence's start.
    var lowercase = HashMap<Void>()
    /// Per capitalised word form (hash), what surrounds it anywhere in the article.
    var context = HashMap<WordContext>()

    struct WordContext {
        /// Lower-case words (hashes) seen right before and after it (a few).
        var before = ContextWords()
        var after = ContextWords()
        /// It follows a capitalised word somewhere (inside a longer name) ...
        var continuesName = false
        /// ... or a capitalised word follows it.
        var startsName = false
        /// It is capitalised somewhere other than a sentence's start.
        var capitalizedInside = false

        var flags: Int { (continuesName ? 4 : 0) | (startsName ? 2 : 0) | (capitalizedInside ? 1 : 0) }
    }

    static let maxContextWords = ContextWords.capacity

    /// Up to four word hashes, held in place: a name's context words cost
    /// no array of their own (the article's table is built anew for every
    /// article, an allocation or two per capitalised word).
    struct ContextWords: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
        static let capacity = 4
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private(set) var endIndex = 0

        var startIndex: Int { 0 }

        init() {}

        init(arrayLiteral elements: UInt64...) {
            for e in elements { append(e) }
        }

        subscript(i: Int) -> UInt64 {
            precondition(i >= 0 && i < endIndex, "index out of range")
            switch i {
            case 0: return words.0
            case 1: return words.1
            case 2: return words.2
            default: return words.3
            }
        }

        mutating func append(_ word: UInt64) {
            precondition(endIndex < Self.capacity, "at most \(Self.capacity) context words")
            switch endIndex {
            case 0: words.0 = word
            case 1: words.1 = word
            case 2: words.2 = word
            default: words.3 = word
            }
            endIndex += 1
        }

        static func == (a: Self, b: Self) -> Bool { a.elementsEqual(b) }
    }

    init(sentences: [NERSentence]) {
        for s in sentences {
            for k in s.words.indices {
                guard s.token[k].shape.first == .upper else {
                    if k > 0, !s.words[k].isEmpty, s.words[k] == s.lowers[k] { lowercase.insert(s.token[k].lower) }
                    continue
                }
                var c = context[s.token[k].form] ?? WordContext()
                if k > 0 {
                    if s.token[k - 1].shape.first == .upper { c.continuesName = true } else if c.before.count < Self.maxContextWords {
                        if !c.before.contains(s.token[k - 1].lower) { c.before.append(s.token[k - 1].lower) }
                    }
                    c.capitalizedInside = true
                }
                if k + 1 < s.words.count {
                    if s.token[k + 1].shape.first == .upper { c.startsName = true } else if c.after.count < Self.maxContextWords {
                        if !c.after.contains(s.token[k + 1].lower) { c.after.append(s.token[k + 1].lower) }
                    }
                }
                context[s.token[k].form] = c
            }
        }
    }

    /// What the article says around `word` (as written), for tests and tools.
    func context(of word: String) -> WordContext? { context[FeatureHash.of(word)] }

    /// Whether the article writes `word` in lower case after a sentence's start.
    func writesInLowerCase(_ word: String) -> Bool { lowercase.contains(FeatureHash.of(word.lowercased())) }
}
