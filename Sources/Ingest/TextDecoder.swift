/// Bytes to article text: UTF-8, or the configured fallback, or a reason
/// to reject.
public enum TextDecoder {
    public enum Outcome: Equatable, Sendable {
        case text(String, encoding: String)
        case rejected(RejectionReason, String)
    }

    public static func decode(_ bytes: [UInt8], fallback: IngestOptions.Fallback) -> Outcome {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .rejected(.empty, "the file holds no text")
        }
        if let binary = binaryEvidence(bytes) { return .rejected(.binary, binary) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .text(text, encoding: "utf-8")
        }
        switch fallback {
        case .reject:
            let offset = firstInvalidUTF8(bytes)
            return .rejected(.invalidUTF8, "not valid UTF-8 (first bad byte at offset \(offset)) and the encoding fallback is off")
        case .windows1252:
            return .text(windows1252(bytes), encoding: "windows-1252")
        }
    }

    /// Text never holds NUL, and rarely more than a trace of other C0
    /// control bytes; images, archives and executables are full of both.
    static func binaryEvidence(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(65_536)
        if let nul = sample.firstIndex(of: 0) {
            return "binary data (NUL byte at offset \(nul))"
        }
        let controls = sample.reduce(0) { n, b in
            (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B) || b == 0x7F ? n + 1 : n
        }
        if controls * 100 > sample.count * 5 {
            return "binary data (\(controls) control bytes in the first \(sample.count))"
        }
        return nil
    }

    /// Offset of the first byte that does not start or continue a
    /// well-formed UTF-8 sequence (overlongs and surrogates included).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lo = 0xA0
            case 0xED: length = 3; hi = 0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; lo = 0x90
            case 0xF4: length = 4; hi = 0x8F
            case 0xF1...0xF3: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            if !(lo...hi).contains(bytes[i + 1]) { return i }
            for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return i }
            i += length
        }
        return i
    }

    /// The Windows-1252 code page; the five unassigned bytes map to the C1
    /// controls of the same value, as Python's and WHATWG's decoders do.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
