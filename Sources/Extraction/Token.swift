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
        self.lower = text.lowercased()
        // Shape facts, computed once (every stage asks them), with an ASCII
        // fast path: Unicode property lookups are costly in bulk.
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
}
