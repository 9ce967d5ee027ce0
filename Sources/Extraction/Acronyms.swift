/// The organisations an article names by their initials: `IRS` for
/// `Internal Revenue Service`, `ANC` for `African National Congress`,
/// where the article writes both but never `Long Name (ACR)`.
///
/// Checked on the OntoNotes development articles' coreference chains
/// (`scripts/eval-canonical`, the share of mentions whose canonical name
/// is their chain's longest): newswire 0.678 -> 0.697, broadcast news
/// 0.780 either way. Short forms found inside a longer name (`Warner` in
/// `Warner Communications Inc.`) measured 0.678 -> 0.660 and 0.780 ->
/// 0.805, at the start of one only 0.670 and 0.792: OntoNotes keeps an
/// appositive (`Sony Corp., the Japanese maker`) out of the chain, so
/// `Sony` -> `Sony Corp.` counts as a miss, but `Congress` ->
/// `Confederation Congress` and `Ford` -> `Venezuelan Ford` are misses
/// too. Not kept.
struct Acronyms {
    /// Initials -> the one name that has them; nil where two names do.
    private var names: [String: String?] = [:]

    init<Names: Sequence<String>>(_ texts: Names) {
        for written in texts {
            // A possessive the mention's span took in is no part of the
            // name (`American Telephone & Telegraph's`).
            let text = Self.withoutPossessive(written)
            guard let initials = Self.initials(of: text) else { continue }
            if let known = names[initials], known != text {
                names[initials] = .some(nil)
            } else {
                names[initials] = text
            }
        }
    }

    /// The one name whose initials are the letters of `short`, an
    /// all-capitals word (`IRS`, `A.N.C.`).
    func expansion(of short: String) -> String? {
        guard short.isAllCapsWord else { return nil }
        return names[String(short.unicodeScalars.filter { $0.properties.isAlphabetic })] ?? nil
    }

    /// `text` without a possessive ending its span took in. Compared as
    /// bytes: an apostrophe never joins the letter before it into one
    /// character, so a byte suffix is a character suffix here (comparing
    /// characters, and reading initials as characters, were a sixth of
    /// canonicalisation).
    private static func withoutPossessive(_ text: String) -> String {
        for ending in ["'s", "\u{2019}s", "'", "\u{2019}"] where text.utf8.suffix(ending.utf8.count).elementsEqual(ending.utf8) {
            return String(text.dropLast(ending.count))
        }
        return text
    }

    /// The initials of a name's capitalised words (lower-case ones such as
    /// `of` and `and` left out), when there are three or more. Words are
    /// cut at spaces as bytes, and an ASCII letter not followed by a
    /// combining mark is read as a byte; only other first letters are
    /// read as characters.
    private static func initials(of text: String) -> String? {
        var initials = ""
        for word in text.utf8.split(separator: 0x20) {
            let first = word[word.startIndex]
            let second = word.index(after: word.startIndex)
            if first < 0x80, second == word.endIndex || word[second] < 0x80 {
                if first >= 0x41 && first <= 0x5A { initials.unicodeScalars.append(Unicode.Scalar(first)) }
                continue
            }
            guard let c = Substring(word).first, c.isUppercase else { continue }
            initials.append(c)
        }
        return initials.count >= 3 ? initials : nil
    }
}
