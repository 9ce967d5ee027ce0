/// A pull reader for the JSON of one journal line, straight into the
/// values the store keeps: no tree of the whole document in between.
/// Foundation's `JSONDecoder` built one first, and for a 15 MB article's
/// 60 MB record that took about 300 MB; it was also most of a catch-up's
/// time.
///
/// It reads standard JSON (RFC 8259): strings with every escape,
/// surrogate pairs included; integers; `true`, `false`, `null`; values of
/// keys it is not asked about are skipped whole, as `JSONDecoder` ignores
/// unknown keys.
struct RecordJSON {
    struct Failure: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "not valid record JSON at byte \(offset): \(reason)" }
    }

    private let bytes: UnsafeRawBufferPointer
    private var i = 0

    init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
        self.bytes = bytes
        i = offset
    }

    /// Where the reader stands: a later reader of the same bytes may start
    /// there (``MentionStream`` reads a large array a chunk at a time).
    var offset: Int { i }

    private func fail(_ reason: String) -> Failure { Failure(offset: i, reason: reason) }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func peek() -> UInt8? {
        skipSpace()
        return i < bytes.count ? bytes[i] : nil
    }

    private mutating func expect(_ c: UInt8) throws(Failure) {
        guard peek() == c else { throw fail("expected '\(Character(Unicode.Scalar(c)))'") }
        i += 1
    }

    /// Consumes `null` if it is next.
    mutating func null() -> Bool {
        guard peek() == UInt8(ascii: "n"), i + 4 <= bytes.count,
              bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l")
        else { return false }
        i += 4
        return true
    }

    /// An object's members, each handed to `member` with its key; the
    /// handler reads (or skips) the value.
    mutating func object(_ member: (inout RecordJSON, String) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            switch peek() {
            case UInt8(ascii: ",")?: i += 1
            case UInt8(ascii: "}")?: i += 1; return
            default: throw fail("expected ',' or '}'")
            }
        }
    }

    mutating func array(_ element: (inout RecordJSON) throws(Failure) -> Void) throws(Failure) {
        guard try openArray() else { return }
        repeat { try element(&self) } while try nextElement()
    }

    /// Consumes an array's `[`; false when the array is empty (its `]`
    /// consumed as well).
    mutating func openArray() throws(Failure) -> Bool {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") { i += 1; return false }
        return true
    }

    /// After an element: consumes `,` (true, another follows) or the
    /// closing `]` (false).
    mutating func nextElement() throws(Failure) -> Bool {
        switch peek() {
        case UInt8(ascii: ",")?: i += 1; return true
        case UInt8(ascii: "]")?: i += 1; return false
        default: throw fail("expected ',' or ']'")
        }
    }

    mutating func int() throws(Failure) -> Int {
        _ = peek()
        let start = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        var value = 0
        var digits = 0
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
            guard !o1, !o2 else { throw fail("number out of range") }
            value = plus
            digits += 1
            i += 1
        }
        guard digits > 0 else { throw fail("expected a number") }
        // A fraction or exponent: not a whole number (JSONDecoder refuses it as Int too).
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            throw fail("expected a whole number")
        }
        return bytes[start] == UInt8(ascii: "-") ? -value : value
    }

    mutating func string() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        // The common case: no escapes, the bytes as they are.
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
            guard bytes[i] >= 0x20 else { throw fail("control character in a string") }
            i += 1
        }
        guard i < bytes.count else { throw fail("unterminated string") }
        if bytes[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while true {
            guard i < bytes.count else { throw fail("unterminated string") }
            let c = bytes[i]
            i += 1
            switch c {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { throw fail("unterminated escape") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("a lone surrogate")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("a lone surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("a lone surrogate")
                    }
                    guard let s = Unicode.Scalar(scalar) else { throw fail("not a code point") }
                    out.append(contentsOf: String(s).utf8)
                default:
                    throw fail("unknown escape")
                }
            default:
                guard c >= 0x20 else { throw fail("control character in a string") }
                out.append(c)
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("bad \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// Skips one value of any kind.
    mutating func skip() throws(Failure) {
        switch peek() {
        case UInt8(ascii: "{")?: try object { r, _ throws(Failure) in try r.skip() }
        case UInt8(ascii: "[")?: try array { r throws(Failure) in try r.skip() }
        case UInt8(ascii: "\"")?: _ = try string()
        case UInt8(ascii: "t")?, UInt8(ascii: "f")?, UInt8(ascii: "n")?:
            while i < bytes.count, (0x61...0x7A).contains(bytes[i]) { i += 1 }
        default:
            // A number: sign, digits, fraction, exponent.
            let start = i
            while i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")
                || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")
                || (0x30...0x39).contains(bytes[i]) { i += 1 }
            guard i > start else { throw fail("expected a value") }
        }
    }

    /// An optional string (`null` or absent reads as nil).
    mutating func optionalString() throws(Failure) -> String? { null() ? nil : try string() }
    mutating func optionalInt() throws(Failure) -> Int? { null() ? nil : try int() }
}
