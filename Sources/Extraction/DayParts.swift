/// A day and a part of it are a DATE and a TIME: `[Monday] [morning]`,
/// `[yesterday] [afternoon]`, `[tomorrow] [night]'s`. In OntoNotes'
/// training split a weekday, `yesterday`, `today` or `tomorrow` right
/// before `morning`, `afternoon`, `evening` or `night` is a DATE with a
/// TIME after it 82 times and one TIME 52 times (development split: 28
/// and 5). The tagger sometimes reads the two as one TIME, which the
/// guidelines score as two misses.
enum DayParts {
    private static let days = WordSet(Array(NumericGrammar.weekdays) + ["yesterday", "today", "tomorrow"])
    private static let parts: WordSet = ["morning", "afternoon", "evening", "night"]

    /// The day's token and the part's, when tokens `first...last` of `s`
    /// are a day and a part of it and nothing else but a possessive
    /// (`night's`: the TIME ends before it, as the corpus marks it).
    static func split(_ s: [Token], _ first: Int, _ last: Int) -> (day: Int, part: Int)? {
        let part = first + 1
        guard part < s.count, last == part || (last == part + 1 && s[last].isPossessive),
              days.contains(lowerOf: s[first]), parts.contains(lowerOf: s[part]) else { return nil }
        return (first, part)
    }
}
