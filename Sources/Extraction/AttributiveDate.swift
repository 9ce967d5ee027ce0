/// A full date written before the noun it qualifies keeps the comma that
/// closes its year: `the [Oct. 19, 1987,] crash`, `the [Monday, October
/// 30, 1989,] auction`. OntoNotes tokenises that comma apart and marks
/// it inside the DATE. In the training split, a date ending `D, YYYY`
/// with a comma and then a lower-case word of the kind this rule accepts
/// (no function word, no `-ed`, `-ing` or `-ly` form, no number) holds
/// the comma 10 times and leaves it out once; all ten stand before
/// `auction`, in the Treasury's notices, so the development split says
/// more: 5 of 5 (`auction`, `deadline`, `game`, `crash`). Before any
/// other word (`..., 1989, and`, `..., 1994, priced`) the comma is
/// outside, 97 times against 20. The tagger never ends an entity on a
/// comma (`NewsExtractor.joiners`).
enum AttributiveDate {
    /// Words that open no noun phrase's head: the comma after the date
    /// then closes a clause or an aside, not the date.
    private static let functionWords: WordSet = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "whereas", "although",
        "though", "because", "as", "than", "that", "which", "who", "whom", "whose", "where", "what", "how", "why",
        "at", "in", "on", "of", "to", "for", "from", "by", "with", "about", "after", "before", "since", "until",
        "through", "throughout", "during", "between", "among", "against", "across", "into", "onto", "upon", "over",
        "under", "within", "without", "via", "per", "like", "unlike", "plus", "including", "despite", "toward",
        "towards", "around", "along", "beyond", "near", "i", "you", "he", "she", "it", "we", "they", "me", "him",
        "her", "us", "them", "his", "its", "our", "their", "your", "my", "this", "these", "those", "there", "here",
        "then", "now", "just", "also", "only", "even", "still", "too", "together", "respectively", "not", "no",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "shall", "should", "must", "according", "some", "any", "each",
        "every", "all", "both", "either", "neither", "such", "other", "another", "more", "most", "less", "least",
    ]

    /// Whether the DATE ending at token `last` of `s` ends on a year after
    /// a comma (`Oct. 19, 1987`) and the comma right after it belongs to
    /// it: a lower-case word follows that may head the noun phrase.
    static func takesComma(_ s: [Token], endingAt last: Int) -> Bool {
        guard last >= 2, last + 2 < s.count, NumericGrammar.isYear(s[last]), s[last - 1].text == ",", s[last + 1].text == ",",
              s[last + 1].start == s[last].end else { return false }
        let next = s[last + 2]
        guard next.isLowercaseWord, !functionWords.contains(lowerOf: next), NumericGrammar.numberWords[next.lower] == nil else { return false }
        return !(next.lower.hasSuffix("ed") || next.lower.hasSuffix("ing") || next.lower.hasSuffix("ly"))
    }
}
