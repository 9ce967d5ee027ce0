/// A number the tagger reads as a DATE on its own, joined by a hyphen to a
/// word that is no time word (`a [12]-page report`, `[four]-door cars`):
/// a count, a CARDINAL. The tagger, left to right, reads `six-` as the
/// start of `six-month`, `ten-year` and the like, which are dates. In
/// OntoNotes' training split an entity that is a number alone (not a
/// year) right before a hyphen and such a word is a CARDINAL 422 times,
/// of another type 8 times (`20-minute` as a QUANTITY), and never a DATE.
enum NumberBeforeHyphen {
    /// Whether token `k` of `s` is a number, not a year, written against a
    /// hyphen and a lower-case word that is no time word, number or
    /// ordinal (those go on a DATE: `ten-year`, `twenty-five`,
    /// `thirty-first`).
    static func isCount(_ s: [Token], at k: Int) -> Bool {
        guard k + 2 < s.count, isNumber(s[k]), s[k + 1].text == "-", s[k + 1].start == s[k].end,
              s[k + 2].start == s[k + 1].end, s[k + 2].kind == .word, !s[k + 2].isCapitalized else { return false }
        return !NumericGrammar.periods.contains(lowerOf: s[k + 2])
            && NumericGrammar.numberWords[s[k + 2].lower] == nil
            && !NumericGrammar.ordinals.contains(lowerOf: s[k + 2])
    }

    /// Whether tokens `first...last` of `s` are two numbers joined by a
    /// hyphen and nothing else, neither of them a year: a vote or a
    /// score (`passed 230-215`, `a 5-1 lead`), which OntoNotes marks as
    /// its first number alone, a CARDINAL (46 times in the training
    /// split; both numbers one CARDINAL 16 times, one DATE twice). The
    /// tagger now and then reads the pair as a range of days, or as one
    /// count.
    static func isTally(_ s: [Token], _ first: Int, _ last: Int) -> Bool {
        last == first + 2 && isNumber(s[first]) && s[first + 1].text == "-" && isNumber(s[last])
            && s[first].kind == .number && s[last].kind == .number
    }

    /// Digits that are no four-digit year (`1990-model cars` is a DATE),
    /// or a number word.
    private static func isNumber(_ t: Token) -> Bool {
        NumericGrammar.isNumber(t) && !(t.text.utf8.count == 4 && t.text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 })
    }
}
