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
        var shape = Shape()
        // ASCII (most of any English text) byte by byte, without the
        // Unicode tables or the scalar view's decoding (a third of this
        // init's instructions, callgrind).
        var copy = word
        let ascii = copy.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            for b in bytes { shape.add(Self.asciiClass(b)) }
            return true
        }
        if !ascii {
            for s in word.unicodeScalars {
                if s.isASCII { shape.add(Self.asciiClass(UInt8(s.value))) }
                else if s.properties.isUppercase { shape.add(UInt8(ascii: "X")) }
                else if s.properties.isLowercase { shape.add(UInt8(ascii: "x")) }
                else if s.properties.numericType != nil { shape.add(UInt8(ascii: "d")) }
                else { shape.add(UInt8(ascii: "?")) }
            }
        }
        hash = FeatureHash.mix(shape.h)
        first = shape.first
        hasUpper = shape.upper
        hasLower = shape.lower
        hasOther = shape.other
        hasHyphen = shape.hyphen
        hasDigit = shape.digit
    }

    /// An ASCII character's class: `X`, `x`, `d`, or itself.
    @inline(__always)
    private static func asciiClass(_ v: UInt8) -> UInt8 {
        if v >= 0x41 && v <= 0x5A { return UInt8(ascii: "X") }
        if v >= 0x61 && v <= 0x7A { return UInt8(ascii: "x") }
        if v >= 0x30 && v <= 0x39 { return UInt8(ascii: "d") }
        return v
    }

    /// The shape read so far, a character class at a time.
    private struct Shape {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        var first = First.other, upper = false, lower = false, other = false, hyphen = false, digit = false, start = true

        @inline(__always)
        mutating func add(_ c: UInt8) {
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
    }

    /// No digit, and starts lower case (`x`, `x-x`) or has no capital letter
    /// at all (`.`, `,`, `"`): such a word opens an entity only if the model
    /// lists it as an opener (`two`, `last`, `$`).
    var plainlyOutside: Bool { !hasDigit && (first == .lower || !(hasUpper || hasOther)) }
}
