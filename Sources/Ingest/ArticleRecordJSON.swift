import Extraction

/// The article record as JSON bytes, written field by field: the same
/// bytes Foundation's `JSONEncoder` (sorted keys, slashes unescaped)
/// gives, at a fraction of its cost, which on Linux exceeded the cost of
/// extracting the article. The key order below is the sorted order.
extension ArticleRecord {
    public func jsonObject() -> [UInt8] {
        var w = JSONBytes()
        w.out.reserveCapacity(estimatedSize)
        w.open()
        w.key("claims")
        w.array(claims) { w, c in
            w.open()
            if let cue = c.cue { w.key("cue"); w.span(cue) }
            w.key("end"); w.int(c.end)
            w.key("kind"); w.string(c.kind.rawValue)
            if let source = c.source { w.key("source"); w.span(source) }
            if let canonical = c.sourceCanonical { w.key("source_canonical"); w.string(canonical) }
            w.key("stance"); w.string(c.stance.rawValue)
            w.key("start"); w.int(c.start)
            w.key("text"); w.string(c.text)
            w.close()
        }
        w.key("doc")
        w.open()
        if let bytes = doc.bytes { w.key("bytes"); w.int(bytes) }
        if let encoding = doc.encoding { w.key("encoding"); w.string(encoding) }
        if let fileID = doc.fileID { w.key("file_id"); w.string(fileID) }
        w.key("name"); w.string(doc.name)
        w.key("path"); w.string(doc.path)
        if let sha = doc.sha256 { w.key("sha256"); w.string(sha) }
        if let title = doc.title { w.key("title"); w.string(title) }
        w.close()
        w.key("entities")
        w.array(entities) { w, e in
            w.open()
            w.key("canonical"); w.string(e.canonical)
            w.key("end"); w.int(e.end)
            w.key("label"); w.string(e.label.rawValue)
            w.key("start"); w.int(e.start)
            w.key("text"); w.string(e.text)
            w.close()
        }
        w.key("extractor"); w.string(extractor)
        w.close()
        return w.out
    }
}

extension ArticleRecord {
    /// A little more than the record's JSON takes (keys and numbers by
    /// their usual widths, strings by their bytes, 1% for escapes), so the
    /// buffer is allocated once: a guess that fell short doubled it, and a
    /// 60 MB record then briefly held 180 MB.
    var estimatedSize: Int {
        var bytes = 512 + doc.path.utf8.count + doc.name.utf8.count + (doc.title?.utf8.count ?? 0)
        for e in entities { bytes += 72 + e.text.utf8.count + e.canonical.utf8.count }
        for c in claims {
            bytes += 140 + c.text.utf8.count + (c.sourceCanonical?.utf8.count ?? 0)
            if let source = c.source { bytes += 40 + source.text.utf8.count }
            if let cue = c.cue { bytes += 40 + cue.text.utf8.count }
        }
        return bytes + bytes / 100
    }
}

/// A JSON writer for the fixed shapes above: commas between members are
/// placed by `key` and `array`, strings escaped as `JSONEncoder` escapes
/// them.
struct JSONBytes {
    var out: [UInt8] = []
    private var first = true

    mutating func open() {
        out.append(UInt8(ascii: "{"))
        first = true
    }

    mutating func close() {
        out.append(UInt8(ascii: "}"))
        first = false
    }

    mutating func key(_ k: StaticString) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { out.append(contentsOf: $0) }
        // Byte by byte: an array literal here was an allocation a key.
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    mutating func array<T>(_ items: [T], _ body: (inout JSONBytes, T) -> Void) {
        out.append(UInt8(ascii: "["))
        for (n, item) in items.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            body(&self, item)
        }
        out.append(UInt8(ascii: "]"))
        first = false
    }

    mutating func span(_ s: Span) {
        open()
        key("end"); int(s.end)
        key("start"); int(s.start)
        key("text"); string(s.text)
        close()
    }

    /// `v` in decimal, as `String(v)` spells it, written in place: a
    /// string made per number, through `description`, was a fifth of the
    /// record's instructions (callgrind).
    mutating func int(_ v: Int) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        // Room for UInt64.max's 20 digits.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { room in
            var i = room.count
            repeat {
                i -= 1
                room[i] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: m % 10)
                m /= 10
            } while m > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: room[i...]))
        }
    }

    mutating func string(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var plain = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[plain..<i])
                plain = i + 1
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                            hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            out.append(contentsOf: bytes[plain...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
