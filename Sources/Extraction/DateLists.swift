/// A list of dates of one kind is a date per item: OntoNotes writes
/// `[1985] and [1986]`, `[November] and [December]`, `[1931], [1946],
/// [1957]` (years joined by `and`, `,` or `or`: 58 pairs apart in its
/// training and development data, 2 as one entity; months 14 to 0,
/// weekdays 13 to 0), where a range is one (`1986 to 1988`,
/// `1991 - 1995`). The tagger, seeing two tags back, lets a DATE run on
/// through the list.
enum DateLists {
    private enum Item: Equatable { case year, month, weekday }

    private static let joiners: WordSet = [",", "and", "or"]

    /// The items of DATE tokens `first...last` of `s` when they are a list
    /// of years, of months or of weekdays (each one token, joined by `,`,
    /// `and`, `or` or `, and`); nil for anything else.
    static func items(_ s: [Token], _ first: Int, _ last: Int) -> [ClosedRange<Int>]? {
        guard last - first >= 2, let kind = item(s[first]) else { return nil }
        var items = [first...first]
        var k = first + 1
        while k <= last {
            var joined = false
            while k <= last, joiners.contains(lowerOf: s[k]) { k += 1; joined = true }
            guard joined, k <= last, item(s[k]) == kind else { return nil }
            items.append(k...k)
            k += 1
        }
        return items
    }

    private static func item(_ t: Token) -> Item? {
        if t.kind == .number {
            // A year: four digits, 1600 to 2099.
            guard t.text.utf8.count == 4, let n = Int(t.text), (1600...2099).contains(n) else { return nil }
            return .year
        }
        if NumericGrammar.months.contains(lowerOf: t) { return .month }
        if NumericGrammar.weekdays.contains(lowerOf: t) { return .weekday }
        return nil
    }
}
