/// The words before a number that OntoNotes counts as part of a numeric
/// entity: `[about 200]`, `[more than $5 million]`, `[as much as 8%]`, in
/// most of their uses in its training data (`table`, generated from those
/// counts). The tagger leaves such a phrase out now and then, each time a
/// span lost; here it goes in whenever it stands right before the number.
enum NumericModifiers {
    /// Per type, in `EntityLabel.allCases` order, its phrases longest first
    /// (so `only about` wins over `about`), nil for a type with none: asked
    /// of every entity, where a dictionary keyed by label hashed it each
    /// time (10 million instructions on `eng.testa`, callgrind).
    private static let labels = EntityLabel.allCases
    private static let phrasesInOrder: [[[String]]?] = labels.map { table[$0]?.sorted { $0.count > $1.count } }

    private static func phrases(_ label: EntityLabel) -> [[String]]? {
        labels.firstIndex(of: label).flatMap { phrasesInOrder[$0] }
    }

    /// Every type's phrases, words joined by a space: such a phrase is no
    /// entity of its own (4 of OntoNotes' 126,504 training entities are
    /// one), so one the tagger closed before its number joins the
    /// number's entity, whatever type the tagger gave it (`[as much as]
    /// [1/4]`, the first PERCENT, the second CARDINAL).
    private static let anyPhrase: Set<String> = Set(table.values.joined().map { $0.joined(separator: " ") })

    /// Whether `text`, in lower case, is one of the phrases.
    static func isPhrase(_ text: String) -> Bool { anyPhrase.contains(text.lowercased()) }

    /// Words of a comparison, which hold no number of their own.
    private static let comparisonWords: Set<String> = [
        "more", "less", "fewer", "than", "as", "high", "low", "higher", "lower", "many", "much", "few", "a",
        "longer", "shorter",
    ]

    /// Whether `text` is words of a comparison alone (`fewer than`, `as
    /// high`, `more than a few`): no entity, having no number in it. Of
    /// OntoNotes' training entities one is (`a few`, a CARDINAL); the
    /// tagger closed a few such CARDINALs apart from the number after them.
    /// Asked of every numeric entity: one with a digit, most of them, is
    /// answered without a word looked up, and the rest at their first
    /// word not of a comparison (`two`).
    static func isNumberless(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 &- UInt8(ascii: "0") < 10 }) { return false }
        var words = 0
        for word in text.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) {
            guard comparisonWords.contains(String(decoding: word, as: UTF8.self).lowercased()) else { return false }
            words += 1
        }
        return words > 0
    }

    /// Whether `text` is such a comparison ending in `than`, which joins
    /// the number of any type right after it (`[fewer than] [three
    /// years]`): before a DATE or a TIME, `more`, `less`, `fewer` or
    /// `longer` and `than` are inside it 141 times in the training split
    /// and outside 19.
    static func isOpenComparison(_ text: String) -> Bool {
        text.lowercased().hasSuffix(" than") && isNumberless(text)
    }

    /// Whether `label` is a numeric type with phrases of its own.
    static func modifies(_ label: EntityLabel) -> Bool { phrases(label) != nil }

    /// Words that start a number, as the script counts them (its `NUMBER`).
    private static let numberWords: WordSet = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
        "thousands", "dozen", "dozens", "million", "billion", "half",
    ]

    /// The first token of a `label` phrase that ends right before token
    /// `first` of `s` (a number, a number word or a currency sign) and
    /// starts at or after code point `notBefore` (where the entity before
    /// it ends), or nil.
    static func start(_ s: [Token], before first: Int, label: EntityLabel, notBefore: Int) -> Int? {
        guard let phrases = phrases(label) else { return nil }
        let t = s[first]
        guard t.kind == .number || t.kind == .currency || numberWords.contains(lowerOf: t) else { return nil }
        for phrase in phrases {
            let from = first - phrase.count
            guard from >= 0, s[from].start >= notBefore else { continue }
            if zip(s[from..<first], phrase).allSatisfy({ $0.lower == $1 }) { return from }
        }
        return nil
    }
}
