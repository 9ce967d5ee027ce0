/// Two percentages joined by `to` are one PERCENT when they bound a range
/// (`[15% to 30%] more output`) and two when they are a change or a tally:
/// after `from` (`rose from [2.9%] to [3.7%]`) or falling from the first to
/// the second (`rejected it [59%] to [41%]`, `[8 3/4%] to [8 5/8%] one
/// month`). In OntoNotes' training split such a pair after `from` is two
/// entities 11 times and one 5, a falling pair two 5 times and one never,
/// a rising pair without `from` one 63 times and two 6. The tagger, which
/// reads a word at a time, takes every pair as a range.
enum PercentChanges {
    /// The two entities' token ranges when tokens `first...last` of `s`,
    /// one PERCENT, are a change or a tally; else nil.
    static func split(_ s: [Token], _ first: Int, _ last: Int) -> (ClosedRange<Int>, ClosedRange<Int>)? {
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
