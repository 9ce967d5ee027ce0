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
