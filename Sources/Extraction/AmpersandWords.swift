/// A word written with `&` (`S&P`, `AT&T`, `M&A`) is one word to a
/// reader and one token to OntoNotes, but Byline's tokenizer splits it at
/// the `&`, so the tagger can close an entity inside it: on the
/// development newswire it gave `[S&]P 100` and `[S]&P 500` nine times,
/// each a false entity. An entity that ends inside such a word runs to
/// the word's end.
enum AmpersandWords {
    /// The last token of the word that token `last` of `s` is part of,
    /// across `&` joins with no space on either side.
    static func end(_ s: [Token], from last: Int) -> Int {
        var k = last
        if isAmpersand(s[k]) {
            guard joinsWord(s, after: k) else { return last }
            k += 1
        }
        while k + 1 < s.count, isAmpersand(s[k + 1]), touches(s, k), joinsWord(s, after: k + 1) { k += 2 }
        return k
    }

    /// Whether a word follows token `k` of `s` with no space between.
    private static func joinsWord(_ s: [Token], after k: Int) -> Bool {
        k + 1 < s.count && touches(s, k) && s[k + 1].kind == .word
    }

    private static func touches(_ s: [Token], _ k: Int) -> Bool { s[k + 1].start == s[k].end }

    private static func isAmpersand(_ t: Token) -> Bool { t.text == "&" }
}
