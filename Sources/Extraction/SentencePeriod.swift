/// A sentence that ends on an abbreviation has one point for both: news
/// writes `... of Nissan Motor Corp.`, where OntoNotes reads the word `Corp`
/// and then the sentence's `.` (`Inc`, `Co`, `Corp`, `Ltd`, `Calif` and
/// the like, 460 times in its training split), and its entities end before
/// the point. Byline's tokenizer keeps `Corp.` one token, so a training
/// entity that ends there is read onto that token, and an entity found
/// there ends before its point. So do initialisms (`Trenton, N.J` `.`,
/// `at 10 a.m` `.`: 68 sentences of that split, 8 others keep the
/// initialism's point), but `U.S.`, which keeps its point 58 times (54
/// with the sentence's after it) and loses it 3.
enum SentencePeriod {
    /// Whether `token`'s final point, if the token ends its sentence, is
    /// the sentence's as well: a word of two or more characters ending in
    /// a point, other than `U.S.`.
    static func isShared(_ token: Token) -> Bool {
        let bytes = token.text.utf8
        return token.kind == .word && bytes.count >= 2 && bytes.last == UInt8(ascii: ".") && token.lower != "u.s."
    }
}
