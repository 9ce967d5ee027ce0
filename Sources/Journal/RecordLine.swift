import Crypto

/// The byte layout of one journal line, and the hash chain that makes it
/// tamper-evident.
///
/// A line is
/// `{"seq":N,"type":"T","time":"ISO",<body fields>,"prev":"<64 hex>","hash":"<64 hex>"}\n`.
/// `hash` is SHA-256 over every byte of the line before `,"hash":`, so it
/// covers `prev`, the previous record's hash: changing, inserting, deleting
/// or reordering any byte breaks either a record's own hash or the chain.
/// The fixed-width tail lets the verifier check a line without a JSON parse.
enum RecordLine {
    static let genesis = String(repeating: "0", count: 64)
    static let hashKey = Array(#","hash":""#.utf8)
    static let prevKey = Array(#","prev":""#.utf8)
    /// `,"hash":"` + 64 hex + `"}`
    static let hashSuffixCount = hashKey.count + 64 + 2
    /// `,"prev":"` + 64 hex + `"`
    static let prevSuffixCount = prevKey.count + 64 + 1

    /// A line in three parts: the fields before the body's, the body's
    /// own bytes (not copied), and `prev`, `hash` and the newline. A large
    /// record is written part by part, so its bytes are never held twice.
    struct Pieces {
        var head: [UInt8]
        var body: ArraySlice<UInt8>
        var tail: [UInt8]
        var hash: String

        var count: Int { head.count + body.count + tail.count }
    }

    static func encode(seq: UInt64, type: String, time: String, body: [UInt8], prev: String) -> Pieces {
        var head: [UInt8] = []
        head.reserveCapacity(128)
        head.append(contentsOf: #"{"seq":"#.utf8)
        head.append(contentsOf: String(seq).utf8)
        head.append(contentsOf: #","type":"#.utf8)
        appendJSONString(type, to: &head)
        head.append(contentsOf: #","time":""#.utf8)
        head.append(contentsOf: time.utf8)
        head.append(UInt8(ascii: "\""))
        let inner = innerFields(of: body)
        if !inner.isEmpty { head.append(UInt8(ascii: ",")) }
        var tail = prevKey
        tail.reserveCapacity(hashSuffixCount + prevSuffixCount + 1)
        tail.append(contentsOf: prev.utf8)
        tail.append(UInt8(ascii: "\""))
        var hasher = SHA256()
        hasher.update(data: head)
        inner.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        hasher.update(data: tail)
        let hash = Hex.encode(hasher.finalize())
        tail.append(contentsOf: hashKey)
        tail.append(contentsOf: hash.utf8)
        tail.append(contentsOf: #""}"#.utf8)
        tail.append(UInt8(ascii: "\n"))
        return Pieces(head: head, body: inner, tail: tail, hash: hash)
    }

    /// The parts of a line that integrity checks need, or why it is malformed.
    struct Parsed {
        let seq: UInt64
        let type: String
        let time: String
        let prev: String
        let hash: String
    }

    enum Problem: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case hashMismatch

        var description: String {
            switch self {
            case .malformed(let why): return "malformed record: \(why)"
            case .hashMismatch: return "hash does not match the record's bytes"
            }
        }
    }

    /// Checks one line (without its newline) against its own hash.
    static func parse(_ line: ArraySlice<UInt8>) throws(Problem) -> Parsed {
        guard line.count > hashSuffixCount + prevSuffixCount + 10 else { throw .malformed("too short") }
        let hashStart = line.endIndex - hashSuffixCount
        guard line[hashStart..<(hashStart + hashKey.count)].elementsEqual(hashKey),
              line[line.endIndex - 2] == UInt8(ascii: "\""), line[line.endIndex - 1] == UInt8(ascii: "}")
        else { throw .malformed("no hash field at the end") }
        let hash = line[(hashStart + hashKey.count)..<(line.endIndex - 2)]
        let covered = line[line.startIndex..<hashStart]
        let prevStart = hashStart - prevSuffixCount
        guard line[prevStart..<(prevStart + prevKey.count)].elementsEqual(prevKey),
              line[hashStart - 1] == UInt8(ascii: "\"")
        else { throw .malformed("no prev field before the hash") }
        let prev = line[(prevStart + prevKey.count)..<(hashStart - 1)]
        guard isLowerHex(hash), isLowerHex(prev) else { throw .malformed("hash fields are not lower-case hex") }
        guard hexDigest(covered).utf8.elementsEqual(hash) else { throw .hashMismatch }
        let header = try parseHeader(line)
        return Parsed(seq: header.seq, type: header.type, time: header.time,
                      prev: String(decoding: prev, as: UTF8.self), hash: String(decoding: hash, as: UTF8.self))
    }

    /// The envelope fields at the start of a line (no integrity check).
    static func parseHeader(_ line: ArraySlice<UInt8>) throws(Problem) -> (seq: UInt64, type: String, time: String) {
        let seqKey = Array(#"{"seq":"#.utf8)
        guard line.starts(with: seqKey) else { throw .malformed("does not start with seq") }
        var i = line.startIndex + seqKey.count
        var seq: UInt64 = 0
        while i < line.endIndex, let d = digit(line[i]) {
            seq = seq &* 10 &+ UInt64(d)
            i += 1
        }
        let typeKey = Array(#","type":""#.utf8)
        guard line[i...].starts(with: typeKey) else { throw .malformed("no type after seq") }
        i += typeKey.count
        let typeStart = i
        while i < line.endIndex, line[i] != UInt8(ascii: "\"") { i += 1 }
        let type = String(decoding: line[typeStart..<i], as: UTF8.self)
        let timeKey = Array(#"","time":""#.utf8)
        guard line[i...].starts(with: timeKey) else { throw .malformed("no time after type") }
        i += timeKey.count
        let timeStart = i
        while i < line.endIndex, line[i] != UInt8(ascii: "\"") { i += 1 }
        let time = String(decoding: line[timeStart..<i], as: UTF8.self)
        return (seq, type, time)
    }

    static func hexDigest(_ bytes: ArraySlice<UInt8>) -> String {
        Hex.encode(SHA256.hash(data: bytes))
    }

    private static func isLowerHex(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count == 64 && bytes.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func digit(_ b: UInt8) -> UInt8? {
        (0x30...0x39).contains(b) ? b - 0x30 : nil
    }

    /// The fields of a JSON object without its braces (`{}` gives nothing).
    private static func innerFields(of body: [UInt8]) -> ArraySlice<UInt8> {
        var lo = body.startIndex
        var hi = body.endIndex
        while lo < hi, isSpace(body[lo]) { lo += 1 }
        while hi > lo, isSpace(body[hi - 1]) { hi -= 1 }
        precondition(hi - lo >= 2 && body[lo] == UInt8(ascii: "{") && body[hi - 1] == UInt8(ascii: "}"),
                     "a journal body must be a JSON object")
        lo += 1
        hi -= 1
        while lo < hi, isSpace(body[lo]) { lo += 1 }
        while hi > lo, isSpace(body[hi - 1]) { hi -= 1 }
        return body[lo..<hi]
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0..<0x20: out.append(contentsOf: String(format: b).utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

private extension String {
    init(format byte: UInt8) {
        let hex = Array("0123456789abcdef".utf8)
        self = "\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
    }
}
