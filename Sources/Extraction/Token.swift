/// One token: where it is, what it is, and the facts about its shape that
/// every later stage asks for.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, number, punctuation, quote, currency
    }

    public let start: Int
    public let end: Int
    public let text: String
    public let kind: Kind
    /// A line break separates this token from the previous one. Lines are
    /// paragraphs (or headlines) in news files.
    public let startsLine: Bool
    /// Lower case, computed once: every stage compares words this way.
    public let lower: String
    /// `FeatureHash.of(lower)`, computed once: the word lists
    /// (`WordSet.contains(lowerOf:)`) and the recogniser look words up by
    /// it, dozens of times a token.
    let lowerHash: UInt64

    /// Begins with an upper-case letter (`Iran`, `U.S.`, `ISW`).
    public let isCapitalized: Bool
    /// Two or more letters, all upper-case (`IRGC`, `WSJ`, `REUTERS`).
    public let isAllCaps: Bool
    public let hasDigit: Bool

    public init(start: Int, end: Int, text: String, kind: Kind, startsLine: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.startsLine = startsLine
        // Shape facts, the lower case and its hash, computed once (every
        // stage asks them). ASCII, most tokens, in one pass over the bytes:
        // the lower case, its hash and the scalar loop below in turn were
        // 3.5% of a whole `byline extract` run's instructions (callgrind).
        var copy = text
        let ascii = copy.withUTF8 { bytes -> (capitalized: Bool, upper: Int, lower: Int, digit: Bool, hash: UInt64)? in
            var upper = 0, lowerLetters = 0, digit = false
            var h = FeatureHash.basis
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x41 && b <= 0x5A {
                    upper += 1
                    h = FeatureHash.fold(h, b | 0x20)
                    continue
                }
                if b >= 0x61 && b <= 0x7A { lowerLetters += 1 } else if b >= 0x30 && b <= 0x39 { digit = true }
                h = FeatureHash.fold(h, b)
            }
            let capitalized = bytes.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
            return (capitalized, upper, lowerLetters, digit, FeatureHash.finish(h))
        }
        if let ascii {
            lower = ascii.upper == 0 ? text : Token.lowercased(text)
            lowerHash = ascii.hash
            isCapitalized = ascii.capitalized
            isAllCaps = ascii.upper >= 2 && ascii.lower == 0
            hasDigit = ascii.digit
            return
        }
        self.lower = Token.lowercased(text)
        lowerHash = FeatureHash.of(lower)
        // With an ASCII fast path still: Unicode property lookups are
        // costly in bulk.
        var capitalized = false, upper = 0, lowerLetters = 0, digit = false, first = true
        for u in text.unicodeScalars {
            if u.isASCII {
                let v = u.value
                if v >= 0x41 && v <= 0x5A { upper += 1; if first { capitalized = true } }
                else if v >= 0x61 && v <= 0x7A { lowerLetters += 1 }
                else if v >= 0x30 && v <= 0x39 { digit = true }
            } else {
                let p = u.properties
                if p.isUppercase { upper += 1; if first { capitalized = true } }
                else if p.isAlphabetic { lowerLetters += 1 }
                if p.numericType != nil { digit = true }
            }
            first = false
        }
        isCapitalized = capitalized
        isAllCaps = upper >= 2 && lowerLetters == 0
        hasDigit = digit
    }

    public func isPunct(_ s: String) -> Bool { kind == .punctuation && text == s }

    /// A possessive ending split off its word: `'s` or `’s`.
    var isPossessive: Bool { lower == "'s" || lower == "\u{2019}s" }

    /// A word of lower-case letters only (`leveraged`; not `For`, `iPhone`,
    /// `don't` or `1990s`): asked of a few tokens beside a candidate
    /// entity, so computed when asked rather than stored in every token.
    var isLowercaseWord: Bool { kind == .word && text.unicodeScalars.allSatisfy { $0.properties.isLowercase } }

    /// `lowercased()` with an ASCII fast path: a word with no capital
    /// letter is its own lower case (most words: no copy is made).
    static func lowercased(_ text: String) -> String {
        var ascii = true, upper = false
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        guard ascii else { return text.lowercased() }
        guard upper else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var k = 0
            for b in text.utf8 {
                buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                k += 1
            }
            return k
        }
    }
}
