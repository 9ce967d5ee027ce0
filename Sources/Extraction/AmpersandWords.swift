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
        while k + 1 < s.count, s[k + 1].start == s[k].end, isAmpersand(s[k]) != isAmpersand(s[k + 1]),
              isAmpersand(s[k]) ? s[k + 1].kind == .word : k + 2 < s.count && s[k + 2].start == s[k + 1].end && s[k + 2].kind == .word {
            k += 1
        }
        return isAmpersand(s[k]) ? last : k
    }

    private static func isAmpersand(_ t: Token) -> Bool { t.text == "&" }
}
