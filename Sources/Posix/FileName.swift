/// File names as the kernel has them (bytes) and as Byline holds them
/// (`String`), both ways without loss.
///
/// Linux names are bytes, not text: `caf\xE9.txt` (Latin-1) is a valid
/// name but no valid UTF-8, and `String(decoding:)` would turn the byte
/// into U+FFFD, a name no file has, so the file could never be opened and
/// was silently skipped. Each byte that is not part of valid UTF-8 is held
/// instead as one private-use scalar, U+F780 + (byte - 0x80), and turned
/// back into that byte whenever the name goes to a system call. (A real
/// name containing those private-use scalars, which no keyboard types, is
/// read back as the bytes they stand for.)
public enum FileName {
    static let base: UInt32 = 0xF700

    /// The name for `bytes`, valid UTF-8 kept as it is.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length > 0, i + length <= bytes.count,
               let s = String(validating: bytes[i..<(i + length)], as: UTF8.self), let scalar = s.unicodeScalars.first {
                scalars.append(scalar)
                i += length
            } else {
                scalars.append(Unicode.Scalar(base + UInt32(lead))!)
                i += 1
            }
        }
        return String(scalars)
    }

    /// The bytes the kernel knows `name` by.
    public static func encode(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if let byte = escapedByte(scalar) {
                out.append(byte)
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// `name` as a person reads it on one line of a log or a terminal: a
    /// control character (a newline, an escape sequence) or a byte that is
    /// no UTF-8 is written `\xNN`, a line or paragraph separator or a
    /// direction override `\u{2028}`, and a backslash `\\`, so that a
    /// hostile name cannot start a line of its own, restyle the terminal or
    /// show its letters in another order, and every name reads back
    /// unambiguously.
    public static func printable(_ name: String) -> String {
        func isPlain(_ s: Unicode.Scalar) -> Bool {
            s.value >= 0x20 && s.value != 0x7F && s != "\\" && !(0x80...0x9F).contains(s.value)
                && !(0x2028...0x202E).contains(s.value) && !(0x2066...0x2069).contains(s.value) && escapedByte(s) == nil
        }
        guard !name.unicodeScalars.allSatisfy(isPlain) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            if isPlain(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar == "\\" {
                out += "\\\\"
            } else if let byte = escapedByte(scalar) {
                out += hexByte(byte)
            } else if scalar.value <= 0xFF {
                out += hexByte(UInt8(scalar.value))
            } else {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return out
    }

    /// The byte that `scalar` holds in place of, when it is one of the
    /// private-use scalars `decode` puts for a byte that is no UTF-8.
    private static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        (base + 0x80...base + 0xFF).contains(scalar.value) ? UInt8(scalar.value - base) : nil
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }

    /// Whether `name` holds an escaped byte (the slow path is needed).
    static func hasEscapes(_ name: String) -> Bool {
        // U+F780...U+F7FF are EF 9E 80 ... EF 9F BF in UTF-8.
        var previous: UInt8 = 0
        for byte in name.utf8 {
            if previous == 0xEF, byte == 0x9E || byte == 0x9F { return true }
            previous = byte
        }
        return false
    }
}

/// Calls `body` with `path` as the NUL-terminated bytes the kernel knows it
/// by: every path a system call takes goes through here.
@inline(__always)
public func withCPath<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
    guard FileName.hasEscapes(path) else { return try path.withCString(body) }
    let bytes = FileName.encode(path).map { CChar(bitPattern: $0) } + [0]
    return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
}
