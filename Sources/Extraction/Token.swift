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

    public init(start: Int, end: Int, text: String, kind: Kind, startsLine: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.startsLine = startsLine
        self.lower = text.lowercased()
    }

    /// Begins with an upper-case letter (`Iran`, `U.S.`, `ISW`).
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Two or more letters, all upper-case (`IRGC`, `WSJ`, `REUTERS`).
    public var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    public var hasDigit: Bool { text.unicodeScalars.contains { $0.properties.numericType != nil } }

    public func isPunct(_ s: String) -> Bool { kind == .punctuation && text == s }
}
