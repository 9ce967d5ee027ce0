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
            guard t.kind == .word || t.kind == .number, t.text.utf8.contains(UInt8(ascii: "-")) else {
                out.append(t)
                continue
            }
            if t.text.utf8.allSatisfy({ $0 < 0x80 }) {
                splitASCII(t, into: &out)
                continue
            }
            let scalars = Array(t.text.unicodeScalars)
            // Hyphens with a letter or digit on both sides; others (`--`,
            // `-30`) leave the word as it is.
            var cuts: [Int] = []
            for k in scalars.indices where scalars[k] == "-" && k > 0 && k + 1 < scalars.count
                && isAlphanumeric(scalars[k - 1]) && isAlphanumeric(scalars[k + 1]) {
                cuts.append(k)
            }
            guard !cuts.isEmpty else {
                out.append(t)
                continue
            }
            var from = 0
            for cut in cuts + [scalars.count] {
                out.append(part(scalars, from, cut, of: t, first: from == 0))
                if cut < scalars.count {
                    out.append(Token(start: t.start + cut, end: t.start + cut + 1, text: "-", kind: .punctuation, startsLine: false))
                }
                from = cut + 1
            }
        }
        return out
    }

    /// The same for a word in ASCII (nearly all), by its bytes: no array
    /// of scalars, and each part's string made from its bytes at once.
    private static func splitASCII(_ t: Token, into out: inout [Token]) {
        var text = t.text
        text.withUTF8 { b in
            func alphanumeric(_ c: UInt8) -> Bool {
                (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
            }
            var from = 0
            var cutAny = false
            for k in 0...b.count {
                let cut = k < b.count && b[k] == UInt8(ascii: "-") && k > 0 && k + 1 < b.count && alphanumeric(b[k - 1]) && alphanumeric(b[k + 1])
                guard cut || (k == b.count && cutAny) else { continue }
                cutAny = true
                let bytes = UnsafeBufferPointer(rebasing: b[from..<k])
                let isNumber = bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
                out.append(Token(start: t.start + from, end: t.start + k, text: String(decoding: bytes, as: UTF8.self),
                                 kind: isNumber ? .number : .word, startsLine: from == 0 && t.startsLine))
                if k < b.count {
                    out.append(Token(start: t.start + k, end: t.start + k + 1, text: "-", kind: .punctuation, startsLine: false))
                }
                from = k + 1
            }
            if !cutAny { out.append(t) }
        }
    }

    private static func part(_ s: [Unicode.Scalar], _ from: Int, _ to: Int, of t: Token, first: Bool) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[from..<to])
        let isNumber = s[from..<to].allSatisfy { $0.properties.numericType != nil || $0 == "," || $0 == "." }
        return Token(start: t.start + from, end: t.start + to, text: String(view), kind: isNumber ? .number : .word,
                     startsLine: first && t.startsLine)
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
