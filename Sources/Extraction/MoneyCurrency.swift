/// A MONEY entity names its currency: a sign (`$`, `€`, or the `#` that
/// stands for `£` in OntoNotes' Wall Street Journal text) or a unit word
/// (`units`, generated from the words that end MONEY entities in
/// OntoNotes' training split, where 5,127 of 5,191 hold one). One without
/// (`2.5 billion operations`, `some 3.8 million of the five million`) is
/// a count the tagger read as money: a CARDINAL.
enum MoneyCurrency {
    /// Whether `tokens` hold a currency sign or unit word.
    static func isNamed(in tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { $0.kind == .currency || $0.text == "#" || units.contains(lowerOf: $0) }
    }
}
