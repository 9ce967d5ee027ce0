/// A name followed by an age between commas is a person: `Smith, 45,
/// said`. In OntoNotes' training split, capitalised words before `, NN,`
/// (an age of 16 to 99) are a PERSON 105 times and something else 3 times,
/// all three a month's abbreviation (`Nov. 5, 19,`-like dates); in the
/// development split 13 of 13. The tagger finds most such names itself
/// (all 13 of the development articles'), but not every lone surname it
/// knows from elsewhere (`Smith` opens `Smith Barney`): one it left
/// untagged is a person.
enum AgeAppositive {
    /// Capitalised words that open a sentence or a clause, not a name.
    private static let openers: WordSet = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "yesterday", "today", "meanwhile", "however", "also",
        "then", "now", "so", "when", "while", "after", "before", "since", "as", "for", "of", "by", "with", "from",
    ]

    /// Titles before a name that OntoNotes leaves out of it (`Judge
    /// [Ramirez], 44,`, `Sir [John Milne], 65,`), besides `NameFinder`'s.
    private static let titles: WordSet = [
        "Judge", "Justice", "Sir", "Dame", "Lord", "Lady", "Rev.", "Father", "Sister", "Brother", "Officer",
        "Detective", "Coach", "Professor", "Dr", "Mr", "Mrs", "Ms",
    ]

    /// The tokens of each name in `s` followed by an age between commas:
    /// the run of capitalised words (no title, month or weekday, at most
    /// four) that ends at the first comma.
    static func names(_ s: [Token]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var i = 1
        while i + 2 < s.count {
            defer { i += 1 }
            guard s[i].isPunct(","), isAge(s[i + 1]), s[i + 2].isPunct(",") else { continue }
            // `Nos. 12, 45, 67`: a list of numbers, not an age.
            if i + 3 < s.count, s[i + 3].kind == .number { continue }
            var first = i
            while first > 0, i - first < 4, isNamePart(s[first - 1]) { first -= 1 }
            while first < i, openers.contains(lowerOf: s[first]) { first += 1 }
            guard first < i, !(first > 0 && s[first - 1].kind == .number) else { continue }
            out.append(first...(i - 1))
        }
        return out
    }

    /// Two digits from 16 to 99.
    private static func isAge(_ t: Token) -> Bool {
        guard t.kind == .number, t.text.utf8.count == 2, let age = Int(t.text) else { return false }
        return (16...99).contains(age)
    }

    private static func isNamePart(_ t: Token) -> Bool {
        t.kind == .word && t.isCapitalized && !NameFinder.titles.contains(t.text) && !titles.contains(t.text)
            && !NumericGrammar.months.contains(lowerOf: t) && !NumericGrammar.weekdays.contains(lowerOf: t)
    }
}
