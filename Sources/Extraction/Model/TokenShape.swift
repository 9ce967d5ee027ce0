/// A word's shape for the recogniser: letters and digits reduced to their
/// class, repeats collapsed (`Xxxx` -> "Xx", `IBM` -> "X", `1996-08-30`
/// -> "d-d-d", `U.S.` -> "X.X."), kept as a hash with the few facts the
/// tagger asks of it directly.
struct TokenShape {
    enum First: UInt8 { case upper, lower, digit, other }

    let hash: UInt64
    let first: First
    let hasUpper: Bool
    let hasLower: Bool
    /// A character that is neither ASCII nor a cased letter or a digit.
    let hasOther: Bool
    let hasHyphen: Bool
    let hasDigit: Bool

    init(_ word: String) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        var first = First.other, upper = false, lower = false, other = false, hyphen = false, digit = false, start = true
        for s in word.unicodeScalars {
            let c: UInt8
            let v = s.value
            // ASCII without the Unicode tables (most of any English text).
            if v >= 0x41 && v <= 0x5A { c = UInt8(ascii: "X") }
            else if v >= 0x61 && v <= 0x7A { c = UInt8(ascii: "x") }
            else if v >= 0x30 && v <= 0x39 { c = UInt8(ascii: "d") }
            else if s.isASCII { c = UInt8(v) }
            else if s.properties.isUppercase { c = UInt8(ascii: "X") }
            else if s.properties.isLowercase { c = UInt8(ascii: "x") }
            else if s.properties.numericType != nil { c = UInt8(ascii: "d") }
            else { c = UInt8(ascii: "?") }
            switch c {
            case UInt8(ascii: "X"): upper = true
            case UInt8(ascii: "x"): lower = true
            case UInt8(ascii: "?"): other = true
            case UInt8(ascii: "-"): hyphen = true
            case UInt8(ascii: "d"): digit = true
            default: break
            }
            if start {
                first = c == UInt8(ascii: "X") ? .upper : c == UInt8(ascii: "x") ? .lower : c == UInt8(ascii: "d") ? .digit : .other
                start = false
            }
            if c != last { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
            last = c
        }
        hash = FeatureHash.mix(h)
        self.first = first
        hasUpper = upper
        hasLower = lower
        hasOther = other
        hasHyphen = hyphen
        hasDigit = digit
    }

    /// No digit, and starts lower case (`x`, `x-x`) or has no capital letter
    /// at all (`.`, `,`, `"`): such a word opens an entity only if the model
    /// lists it as an opener (`two`, `last`, `$`).
    var plainlyOutside: Bool { !hasDigit && (first == .lower || !(hasUpper || hasOther)) }
}
