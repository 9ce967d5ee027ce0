/// Byline's tokens as the recogniser reads them: a hyphenated word is
/// split at its hyphens (`four-color` -> `four`, `-`, `color`), as
/// OntoNotes tokenises, because its entities often end or begin inside
/// such a word (`[four]-color`, `[Russian]-[Iranian]`, `a [London]-based
/// group`), while a name that holds a hyphen (`Nagorno-Karabakh`,
/// `Fateh-110`) is tagged whole across the parts. Everything else in
/// Byline (claims, sentences) keeps the whole word.
enum NERTokens {
    static func split(_ tokens: ArraySlice<Token>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count + 8)
        for t in tokens {
            guard t.kind == .word || t.kind == .number, hasHyphen(t.text) else {
                out.append(t)
                continue
            }
            // A word in ASCII (nearly all) by its bytes: no array of
            // scalars, each part's string made from its bytes at once.
            // Either way, one unit is one offset.
            if t.text.utf8.allSatisfy({ $0 < 0x80 }) {
                var text = t.text
                text.withUTF8 { bytes in
                    cut(t, bytes, hyphen: UInt8(ascii: "-"), into: &out,
                        isAlphanumeric: { ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) },
                        isNumberPart: { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") },
                        string: { String(decoding: $0, as: UTF8.self) })
                }
            } else {
                cut(t, Array(t.text.unicodeScalars), hyphen: "-", into: &out,
                    isAlphanumeric: { $0.properties.isAlphabetic || $0.properties.numericType != nil },
                    isNumberPart: { $0.properties.numericType != nil || $0 == "," || $0 == "." },
                    string: { String(String.UnicodeScalarView($0)) })
            }
        }
        return out
    }

    /// Whether `text` holds a hyphen, asked of its bytes where they lie:
    /// through the UTF-8 view's iterator, 190 instructions a word
    /// (callgrind).
    @inline(__always)
    private static func hasHyphen(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "-")) } ?? text.utf8.contains(UInt8(ascii: "-"))
    }

    /// Token `t`, as `units` (its bytes or its scalars), cut at hyphens
    /// with a letter or digit on both sides; others (`--`, `-30`) leave
    /// the word as it is. A part of digits, commas and periods is a number.
    @inline(__always)
    private static func cut<Units: RandomAccessCollection>(
        _ t: Token, _ units: Units, hyphen: Units.Element, into out: inout [Token],
        isAlphanumeric: (Units.Element) -> Bool, isNumberPart: (Units.Element) -> Bool,
        string: (Units.SubSequence) -> String
    ) where Units.Index == Int, Units.Element: Equatable {
        var from = 0
        var cutAny = false
        for k in 0...units.count {
            let atHyphen = k < units.count && units[k] == hyphen && k > 0 && k + 1 < units.count
                && isAlphanumeric(units[k - 1]) && isAlphanumeric(units[k + 1])
            guard atHyphen || (k == units.count && cutAny) else { continue }
            cutAny = true
            let part = units[from..<k]
            out.append(Token(start: t.start + from, end: t.start + k, text: string(part),
                             kind: part.allSatisfy(isNumberPart) ? .number : .word, startsLine: from == 0 && t.startsLine))
            if k < units.count {
                out.append(Token(start: t.start + k, end: t.start + k + 1, text: "-", kind: .punctuation, startsLine: false))
            }
            from = k + 1
        }
        if !cutAny { out.append(t) }
    }
}
