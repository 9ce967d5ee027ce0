/// `last` the verb (`expected to last five weeks`, `and last a year`) is
/// no part of the duration after it: in OntoNotes' training split a
/// `last` tagged a verb before a DATE or a TIME is outside it 9 times of
/// 10. The tagger read some as the adjective of `the last five years`.
enum VerbLast {
    /// Words before the verb, not the adjective: `to last`, `will last`.
    private static let auxiliaries: WordSet = [
        "to", "will", "would", "may", "might", "can", "could", "should", "must", "not", "n't",
    ]
    /// Words after the verb that never follow the adjective: an article,
    /// or a count's modifier (`last more than`, `last about`).
    private static let afterVerb: WordSet = [
        "a", "an", "more", "fewer", "less", "about", "at", "only", "longer", "up", "beyond", "until", "through",
        "into", "for", "nearly", "almost", "roughly", "several",
    ]

    /// Whether token `k` of `s` is `last` the verb: before a word the
    /// adjective never precedes, or after an auxiliary and before a number.
    static func isVerb(_ s: [Token], at k: Int) -> Bool {
        guard k + 1 < s.count, s[k].lower == "last" else { return false }
        if afterVerb.contains(lowerOf: s[k + 1]) { return true }
        return k >= 1 && auxiliaries.contains(lowerOf: s[k - 1]) && NumericGrammar.isNumber(s[k + 1])
    }
}
