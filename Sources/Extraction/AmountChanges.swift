/// Two amounts joined by `to` are one entity when they bound a range and
/// two when they are a change or a tally. The tagger, which reads a word
/// at a time, takes every pair as a range.
///
/// Percentages (`[15% to 30%] more output`) are two after `from` (`rose
/// from [2.9%] to [3.7%]`) or when the second is lower (`rejected it
/// [59%] to [41%]`, `[8 3/4%] to [8 5/8%] one month`): in OntoNotes'
/// training split such a pair after `from` is two entities 11 times and
/// one 5, a falling pair two 5 times and one never, a rising pair without
/// `from` one 63 times and two 6.
///
/// Sums of money are two after a verb of change (`gold rose [$4] to
/// [$367.30]`, the change and the new level): two 42 times in that split,
/// one 5. Percentages after such a verb are ranges as often as not (`up
/// [40% to 60%]`).
enum AmountChanges {
    /// The two entities' token ranges when tokens `first...last` of `s`,
    /// one `label` entity, are a change or a tally; else nil.
    static func split(_ s: [Token], _ first: Int, _ last: Int, _ label: EntityLabel) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        switch label {
        case .percent: return percentages(s, first, last)
        case .money: return sums(s, first, last)
        default: return nil
        }
    }

    private static func sums(_ s: [Token], _ first: Int, _ last: Int) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        guard last - first >= 3, s[first].kind == .currency || s[first].text == "#",
              let to = (first + 2..<last).first(where: { s[$0].lower == "to" }),
              s[to + 1].kind == .currency || s[to + 1].text == "#",
              first >= 1, changeVerbs.contains(lowerOf: s[first - 1]) else { return nil }
        return (first...(to - 1), (to + 1)...last)
    }

    /// Verbs whose amount is a change, and `up` and `down` as they stand
    /// for them in market reports.
    private static let changeVerbs: WordSet = [
        "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "dropped", "drop", "drops", "climbed",
        "climbs", "gained", "gains", "jumped", "jumps", "increased", "declined", "declines", "slipped", "slips", "eased",
        "eases", "advanced", "advances", "lost", "added", "adds", "soared", "surged", "plunged", "tumbled", "slid",
        "sank", "edged", "up", "down",
    ]

    private static func percentages(_ s: [Token], _ first: Int, _ last: Int) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        guard last - first >= 4, isPercentSign(s[last]),
              let to = (first + 2..<last - 1).first(where: { s[$0].lower == "to" }), isPercentSign(s[to - 1]),
              let a = value(s[first..<(to - 1)]), let b = value(s[(to + 1)..<last]) else { return nil }
        guard a > b || afterFrom(s, first) else { return nil }
        return (first...(to - 1), (to + 1)...last)
    }

    private static func isPercentSign(_ t: Token) -> Bool { t.text == "%" || t.lower == "percent" }

    /// `from` right before the first number, or before one word that
    /// modifies it (`from about 31% to 38%`).
    private static func afterFrom(_ s: [Token], _ first: Int) -> Bool {
        (first >= 1 && s[first - 1].lower == "from") || (first >= 2 && s[first - 2].lower == "from" && s[first - 1].kind == .word)
    }

    /// The number written by `tokens`: digits (`8.5`, `1,200`), a number
    /// word (`five`), a fraction (`3/4`, `8 3/4`).
    /// Nil for anything else, so that no pair is split on a guess.
    static func value(_ tokens: ArraySlice<Token>) -> Double? {
        // The words as written, tokens that touch joined (`3` `/` `4`).
        var words: [String] = []
        var previousEnd = -1
        for t in tokens {
            if t.start == previousEnd, let last = words.popLast() { words.append(last + t.text) } else { words.append(t.text) }
            previousEnd = t.end
        }
        guard !words.isEmpty else { return nil }
        var total = 0.0
        for word in words {
            let digits = word.filter { $0 != "," }
            if let n = Double(digits) {
                total += n
            } else if let n = NumericGrammar.numberWords[word.lowercased()] {
                total += Double(n)
            } else if let slash = digits.firstIndex(of: "/"), let p = Double(digits[..<slash]),
                      let q = Double(digits[digits.index(after: slash)...]), q > 0 {
                total += p / q
            } else {
                return nil
            }
        }
        return total
    }
}
