/// `one` standing for a noun (`a highly leveraged one,`, `those who sold
/// one)`, `one of the biggest`) is a pronoun, not a count.
enum PronounOne {
    private static let closers: WordSet = [",", ".", ";", ":", ")", "?", "!"]

    /// Whether token `k` of `s`, tagged a one-word CARDINAL, is such a
    /// pronoun: either a lone `one` after a lower-case word and before a
    /// closing mark, or `one` picking a member out by a superlative.
    static func isPronoun(_ s: [Token], at k: Int) -> Bool {
        isStandIn(s, at: k) || isBeforeSuperlative(s, at: k)
    }

    /// In OntoNotes' training split a lone `one` after a lower-case word
    /// and before a closing mark (`,`, `.`, `;`, `:`, `)`, `?`, `!`) is
    /// outside any entity 106 times and a CARDINAL 28 (`for one,`,
    /// `square one.`); the tagger read some as counts.
    private static func isStandIn(_ s: [Token], at k: Int) -> Bool {
        guard k >= 1, k + 1 < s.count, s[k].lower == "one", closers.contains(s[k + 1].text) else { return false }
        return s[k - 1].isLowercaseWord
    }

    private static let determiners: WordSet = ["the", "its", "their", "his", "her", "our", "my", "your"]
    /// Words ending in `est` that are no superlative, the common ones of
    /// news text (`one of the interest payments`).
    private static let notSuperlatives: WordSet = [
        "interest", "request", "modest", "forest", "suggest", "arrest", "protest", "honest", "contest",
        "harvest", "incest", "unrest", "midwest", "southwest", "northwest", "conquest", "inquest", "bequest",
        "manifest", "earnest", "tempest", "digest", "invest", "attest", "detest", "infest", "behest", "priest",
    ]

    /// `one of the most`, `one of its biggest`: in the training split such
    /// a `one` is outside any entity 79 times and a CARDINAL 51, and 13 to
    /// 8 in the development split. The superlative stands three words on,
    /// past the tagger's window of two, so the tagger cannot tell these
    /// from `one of the banks` (a CARDINAL 73 times in 131).
    private static func isBeforeSuperlative(_ s: [Token], at k: Int) -> Bool {
        guard k + 3 < s.count, s[k].lower == "one", s[k + 1].text == "of", determiners.contains(s[k + 2].text) else {
            return false
        }
        guard s[k + 3].isLowercaseWord else { return false }
        let word = s[k + 3].text
        if word == "most" || word == "least" || word == "best" || word == "worst" { return true }
        return word.count >= 6 && word.hasSuffix("est") && !notSuperlatives.contains(word)
    }
}
