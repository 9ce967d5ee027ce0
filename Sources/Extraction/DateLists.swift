/// A list of dates of one kind is a date per item: OntoNotes writes
/// `[1985] and [1986]`, `[November] and [December]`, `[1931], [1946],
/// [1957]` (years joined by `and`, `,` or `or`: 58 pairs apart in its
/// training and development data, 2 as one entity; months 14 to 0,
/// weekdays 13 to 0), where a range is one (`1986 to 1988`,
/// `1991 - 1995`). The tagger, seeing two tags back, lets a DATE run on
/// through the list.
///
/// Two dates joined by `and` or `or`, the second opening with a word that
/// places it in time (`this year and next year`, `late 1996 and early
/// 1997`), are two as well: 16 such pairs apart in the training split
/// and 2 as one (`late May or early June`); `between` and `from` open
/// a range, which stays whole.
enum DateLists {
    private enum Item: Equatable { case year, month, weekday }

    private static let joiners: WordSet = [",", "and", "or"]

    /// The dates DATE tokens `first...last` of `s` hold when they are a
    /// list or a pair (above); nil when they are one.
    static func items(_ s: [Token], _ first: Int, _ last: Int) -> [ClosedRange<Int>]? {
        guard last - first >= 2 else { return nil }
        return list(s, first, last) ?? pair(s, first, last)
    }

    /// The items of a list of years, of months or of weekdays (each one
    /// token, joined by `,`, `and`, `or` or `, and`), or nil.
    private static func list(_ s: [Token], _ first: Int, _ last: Int) -> [ClosedRange<Int>]? {
        guard let kind = item(s[first]) else { return nil }
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

    /// Words that place a date in time, opening the second of a pair.
    private static let placing: WordSet = ["this", "last", "next", "early", "late"]

    /// DATE tokens `first...last` of `s` split before `and` or `or` and a
    /// placing word; nil if there is none, or if `between` or `from` opens
    /// them. A second part that is the placing word alone (`late next
    /// year or early`, where the tagger stopped) is left out.
    private static func pair(_ s: [Token], _ first: Int, _ last: Int) -> [ClosedRange<Int>]? {
        guard s[first].lower != "between", s[first].lower != "from" else { return nil }
        for k in (first + 1)..<last where (s[k].lower == "and" || s[k].lower == "or") && placing.contains(lowerOf: s[k + 1]) {
            var end = k - 1
            while end > first, joiners.contains(lowerOf: s[end]) { end -= 1 }
            return k + 1 == last ? [first...end] : [first...end, (k + 1)...last]
        }
        return nil
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
