/// A range or a choice of numbers before a date's unit is one DATE:
/// `[two or three years]`, `[30 to 45 days]`, `[twenty-five years ago]`.
/// In OntoNotes' training split a number joined by `to`, `or` or `-` to
/// a number that opens a DATE is inside that DATE 200 times and outside
/// it 6. The tagger, left to right, often closes a CARDINAL on the first
/// number before it has reached the unit that makes both a date.
enum DateRanges {
    private static let joiners: WordSet = ["to", "or", "-"]

    /// Whether the DATE whose first token is `first` of `s` continues the
    /// CARDINAL `previous`: that ends on a number right before a joiner,
    /// and the date opens with a number right after it.
    static func continues(_ s: [Token], dateAt first: Int, after previous: Entity) -> Bool {
        guard previous.label == .cardinal, first >= 2, joiners.contains(lowerOf: s[first - 1]),
              s[first - 2].end == previous.end else { return false }
        return isNumber(s[first - 2]) && isNumber(s[first])
    }

    private static func isNumber(_ t: Token) -> Bool {
        NumericGrammar.isNumber(t) || NumericGrammar.scales.contains(lowerOf: t)
    }
}
