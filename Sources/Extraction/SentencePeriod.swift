/// A sentence that ends on an abbreviation has one point for both: news
/// writes `... of Nissan Motor Corp.`, where OntoNotes reads the word `Corp`
/// and then the sentence's `.` (`Inc`, `Co`, `Corp`, `Ltd`, `Calif` and
/// the like, 460 times in its training split), and its entities end before
/// the point. Byline's tokenizer keeps `Corp.` one token, so a training
/// entity that ends there is read onto that token, and an entity found
/// there ends before its point. An initialism keeps its points (`U.S.`
/// ends 54 sentences in that split with its own point and the sentence's,
/// 3 without).
enum SentencePeriod {
    /// Whether `token`'s final point, if the token ends its sentence, is
    /// the sentence's as well: a word of two or more characters ending in
    /// its only point.
    static func isShared(_ token: Token) -> Bool {
        let bytes = token.text.utf8
        guard token.kind == .word, bytes.count >= 2, bytes.last == UInt8(ascii: ".") else { return false }
        return !bytes.dropLast().contains(UInt8(ascii: "."))
    }
}
