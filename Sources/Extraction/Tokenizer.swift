/// Splits news text into tokens.
///
/// Handles what news throws at a tokenizer: abbreviations that keep their
/// period (`U.S.`, `Jan.`, `Gen.`, initials), numbers with separators
/// (`2,000`, `12.6`), currency symbols as their own token (`€140`),
/// hyphenated and alphanumeric names kept whole (`Fateh-110`, `9M723`,
/// `mid-December`), straight and curly quotes, and possessive `'s` split
/// off (`Russia's` -> `Russia`, `'s`).
public enum Tokenizer {
    /// Words that keep a following period: titles, months, corporate forms.
    /// All ASCII.
    private static let abbreviationList = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Brig",
        "Gov", "Sen", "Rep", "Pres", "Rev", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "No",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "vs", "etc", "approx", "Ave", "Mt", "Ft", "Dept", "Univ", "est", "Gov't",
    ]
    static let abbreviations = WordSet(abbreviationList)
    private static let longestAbbreviation = abbreviationList.map(\.utf8.count).max() ?? 0

    /// Whether the scalars `word` are one of the abbreviations. Only an
    /// ASCII word short enough can be, and only such a word is made a
    /// string: made through a `UnicodeScalarView`, every word before a
    /// period cost 6,000 instructions (13 million on `eng.testa`,
    /// callgrind).
    static func isAbbreviation(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= longestAbbreviation, word.allSatisfy(\.isASCII) else { return false }
        let string = String(unsafeUninitializedCapacity: word.count) { bytes in
            for (k, c) in word.enumerated() { bytes[k] = UInt8(truncatingIfNeeded: c.value) }
            return word.count
        }
        return abbreviations.contains(string)
    }

    public static func tokenize(_ text: ArticleText) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        var newLine = true
        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            tokens.append(Token(start: start, end: end, text: text.string(start, end), kind: kind, startsLine: newLine))
            newLine = false
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                newLine = true
                i += 1
            } else if isSpace(c) {
                i += 1
            } else if isWordScalar(c) {
                let end = scanWord(s, from: i)
                let isNumber = s[i..<end].allSatisfy { isDigit($0) || $0 == "," || $0 == "." }
                emit(i, end, isNumber ? .number : .word)
                i = end
            } else if (c == "'" || c == "`") && i + 1 < s.count && s[i + 1] == c {
                emit(i, i + 2, .quote)  // '' and ``: the double quotes of NYT copy and of Penn Treebank text
                i += 2
            } else if isApostrophe(c), !tokens.isEmpty, tokens[tokens.count - 1].end == i,
                      i + 1 < s.count, s[i + 1] == "s" || s[i + 1] == "S",
                      i + 2 >= s.count || !isWordScalar(s[i + 2]) {
                emit(i, i + 2, .word)  // possessive 's
                i += 2
            } else if isApostrophe(c) && i + 1 < s.count && tokens.last?.end == i && (tokens.last?.text.hasSuffix("s") ?? false)
                        && !(i + 1 < s.count && isWordScalar(s[i + 1])) {
                emit(i, i + 1, .word)  // plural possessive: officials'
                i += 1
            } else if isQuote(c) {
                emit(i, i + 1, .quote)
                i += 1
            } else if c.isASCII ? c == "$" : c.properties.generalCategory == .currencySymbol {
                emit(i, i + 1, .currency)
                i += 1
            } else {
                emit(i, i + 1, .punctuation)
                i += 1
            }
        }
        return tokens
    }

    /// The end of the word starting at `start`.
    static func scanWord(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let c = s[i]
            if isWordScalar(c) { i += 1; continue }
            let prev: Unicode.Scalar? = i > start ? s[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            guard let p = prev, let n = next else { break }
            if (c == "-" || c == "\u{2011}") && isWordScalar(p) && isWordScalar(n) { i += 1; continue }
            if c == "." && isDigit(p) && isDigit(n) { i += 1; continue }  // 12.6
            if c == "," && isDigit(p) && groupOfThree(s, after: i) { i += 1; continue }  // 2,000
            if isApostrophe(c) && isLetter(p) && isLetter(n) {
                // Possessive 's is split off; O'Brien and don't stay whole.
                let after: Unicode.Scalar? = i + 2 < s.count ? s[i + 2] : nil
                if (n == "s" || n == "S") && (after == nil || !isWordScalar(after!)) { break }
                i += 1; continue
            }
            break
        }
        // A trailing period belongs to an abbreviation: U.S., a.m., Jan., J.
        if i < s.count && s[i] == "." {
            if i - start == 1 && isLetter(s[start]) {
                // Letter-period runs: U.S., U.K., a.m. (and an initial, J.)
                var j = i
                while j + 2 < s.count && isLetter(s[j + 1]) && s[j + 2] == "." { j += 2 }
                if j > i || s[start].properties.isUppercase { i = j + 1 }
            } else if isAbbreviation(s[start..<i]) {
                i += 1
            }
        }
        return i
    }

    /// Exactly three digits follow position `i` (a thousands group).
    static func groupOfThree(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        guard i + 3 < s.count else { return false }
        guard isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3]) else { return false }
        return i + 4 >= s.count || !isDigit(s[i + 4])
    }

    // ASCII answers without the Unicode property tables, which cost more
    // than the rest of the tokenizer together.
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c.value >= 0x30 && c.value <= 0x39) : c.properties.numericType == .decimal
    }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ((c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A) : c.properties.isAlphabetic
    }
    /// White space, control and format characters: nothing a token holds.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value <= 0x20 || c.value == 0x7F }
        let p = c.properties
        return p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format
    }
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }
    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
    @inline(__always) static func isQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{2018}" || c == "\u{2019}"
            || c == "\u{00AB}" || c == "\u{00BB}" || c == "\u{201E}"
    }
}
