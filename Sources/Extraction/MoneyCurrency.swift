/// A MONEY entity names its currency: a sign (`$`, `€`, or the `#` that
/// stands for `£` in OntoNotes' Wall Street Journal text) or a unit word
/// (`units`, generated from the words that end MONEY entities in
/// OntoNotes' training split, where 5,127 of 5,191 hold one). One without
/// (`4.5 billion calculations`, `some 4 million of the 9 million`) is
/// a count the tagger read as money: a CARDINAL.
enum MoneyCurrency {
    /// Whether `tokens` hold a currency sign or unit word.
    static func isNamed(in tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { $0.kind == .currency || $0.text == "#" || units.contains(lowerOf: $0) }
    }

    /// The currency unit that follows a number's last token `k` of `s`
    /// after one to three capitalised words (`7 million Irish [punts]`,
    /// `50 Hong Kong [dollars]`), or nil. Where the number is a CARDINAL
    /// or MONEY entity in OntoNotes' training split, such a run is one
    /// MONEY entity 375 times and something else once (`2. The dollar`,
    /// a list's number): the tagger, left to right, often closes the
    /// number before the words it has not seen yet.
    /// The unit may be capitalised too (`10,000 US Dollars`, `500 New
    /// Taiwan Dollars`: MONEY 3 times of 3 in that split).
    static func unit(after k: Int, in s: [Token]) -> Int? {
        var j = k + 1
        while j < s.count, j - k <= 3, s[j].kind == .word, s[j].isCapitalized, !(j > k + 1 && units.contains(lowerOf: s[j])) {
            j += 1
        }
        guard j > k + 1, j < s.count, s[j].kind == .word, units.contains(lowerOf: s[j]) else { return nil }
        return j
    }
}
