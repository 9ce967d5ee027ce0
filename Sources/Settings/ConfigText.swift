/// Checks a configuration file's text before the TOML library sees it.
///
/// Fuzzing found that toml++ (under TOMLKit) stops on an internal
/// assertion when a key holds certain non-ASCII characters (an invalid
/// byte, read as U+FFFD, in `[\xE9nput]`), and a release build would go on
/// past that check into undefined behaviour. Byline's keys are all ASCII,
/// so the file is refused, with its line, if it is not UTF-8 or holds a
/// non-ASCII character anywhere but inside a string or a comment.
enum ConfigText {
    /// The file's text, or the line of its first byte that is not UTF-8.
    /// (`checkKeys` runs on the text in `ConfigParser.parse`.)
    static func check(_ bytes: [UInt8], source: String) throws(ConfigError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            throw ConfigError(source: source, line: bad + 1, message: "not valid UTF-8")
        }
        return text
    }

    /// Non-ASCII outside strings and comments is refused, and so is a
    /// table header that is not a dotted list of keys (`[)x]` trips the
    /// same assertion), and a `}` where an array expects an element
    /// (`files = [}`, after `[` or `,`: the library hands it to its value
    /// parser, which asserts that no value starts with a terminator).
    static func checkKeys(_ text: String, source: String) throws(ConfigError) {
        enum State { case plain, comment, basic, literal, multiBasic, multiLiteral }
        var state = State.plain
        var line = 1
        var lineStart = true
        var arrayDepth = 0
        // The last mark outside strings and comments, blanks and line ends
        // aside (a string counts as its opening quote).
        var lastMark: Unicode.Scalar = "\n"
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func at(_ k: Int) -> Unicode.Scalar? { k < scalars.count ? scalars[k] : nil }
        while i < scalars.count {
            let c = scalars[i]
            if state == .plain, lineStart, arrayDepth == 0, c == "[" {
                guard let end = header(scalars, from: i) else {
                    throw ConfigError(source: source, line: line, message: "a malformed table header: keys are letters, digits, - and _, or quoted")
                }
                i = end
                lineStart = false
                continue
            }
            if c != " " && c != "\t" && c != "\r" { lineStart = false }
            if c == "\n" {
                line += 1
                lineStart = true
                if state == .comment { state = .plain }
                // A single-line string does not cross a line end: the TOML
                // library reports that; here it only ends the string.
                if state == .basic || state == .literal { state = .plain }
                i += 1
                continue
            }
            if state == .plain, c != " ", c != "\t", c != "\r", c != "#" {
                if c == "}", arrayDepth > 0, lastMark == "[" || lastMark == "," {
                    throw ConfigError(source: source, line: line, message: "an array element is missing before '}'")
                }
                lastMark = c
            }
            switch state {
            case .plain:
                if c == "#" { state = .comment }
                else if c == "\"" {
                    if at(i + 1) == "\"", at(i + 2) == "\"" { state = .multiBasic; i += 2 } else { state = .basic }
                } else if c == "'" {
                    if at(i + 1) == "'", at(i + 2) == "'" { state = .multiLiteral; i += 2 } else { state = .literal }
                } else if c == "[" {
                    arrayDepth += 1
                } else if c == "]" {
                    arrayDepth = max(0, arrayDepth - 1)
                } else if c.value > 0x7F {
                    throw ConfigError(source: source, line: line,
                                      message: "a non-ASCII character (U+\(String(c.value, radix: 16, uppercase: true))) outside a string or comment: keys are ASCII")
                }
            case .comment:
                break
            case .basic:
                if c == "\\" { i += 1 } else if c == "\"" { state = .plain }
            case .literal:
                if c == "'" { state = .plain }
            case .multiBasic:
                if c == "\\" { i += 1 } else if c == "\"", at(i + 1) == "\"", at(i + 2) == "\"" { state = .plain; i += 2 }
            case .multiLiteral:
                if c == "'", at(i + 1) == "'", at(i + 2) == "'" { state = .plain; i += 2 }
            }
            i += 1
        }
    }

    /// The end (after `]` or `]]`) of the table header starting at `start`
    /// (its `[`), or nil unless it is `[key.key]` or `[[key.key]]`, each key
    /// bare or quoted, with blanks around them.
    static func header(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start + 1
        let double = i < s.count && s[i] == "["
        if double { i += 1 }
        func blanks() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }
        while true {
            blanks()
            guard i < s.count else { return nil }
            let c = s[i]
            if c == "\"" || c == "'" {
                i += 1
                while i < s.count, s[i] != c, s[i] != "\n" { i += c == "\"" && s[i] == "\\" ? 2 : 1 }
                guard i < s.count, s[i] == c else { return nil }
                i += 1
            } else if c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" {
                while i < s.count, s[i].isASCII, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" || s[i] == "_" { i += 1 }
            } else {
                return nil
            }
            blanks()
            guard i < s.count else { return nil }
            if s[i] == "." { i += 1; continue }
            guard s[i] == "]" else { return nil }
            if double {
                guard i + 1 < s.count, s[i + 1] == "]" else { return nil }
                return i + 2
            }
            return i + 1
        }
    }
}
