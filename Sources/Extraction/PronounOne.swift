/// `one` standing for a noun (`a highly leveraged one,`, `those who sold
/// one)`) is a pronoun, not a count. In OntoNotes' training split a lone
/// `one` after a lower-case word and before a closing mark (`,`, `.`,
/// `;`, `:`, `)`, `?`, `!`) is outside any entity 106 times and a
/// CARDINAL 28 (`for one,`, `square one.`); the tagger read some as
/// counts.
enum PronounOne {
    private static let closers: WordSet = [",", ".", ";", ":", ")", "?", "!"]

    /// Whether token `k` of `s`, tagged a one-word CARDINAL, is such a
    /// pronoun.
    static func isPronoun(_ s: [Token], at k: Int) -> Bool {
        guard k >= 1, k + 1 < s.count, s[k].lower == "one", closers.contains(s[k + 1].text) else { return false }
        let before = s[k - 1]
        return before.kind == .word && before.text.unicodeScalars.allSatisfy { $0.properties.isLowercase }
    }
}
