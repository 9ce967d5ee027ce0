/// The tab-separated tables linked into the binary (`byline-words.tsv`,
/// `byline-clusters.tsv`), read without building a string per line.
enum LinkedTable {
    /// Each non-empty line's tab-separated fields, as byte slices. One
    /// array of fields serves every line: a table of 66,000 lines is read
    /// at start-up, and an array per line was a fifth of a small
    /// `byline extract`'s time.
    static func rows(_ bytes: UnsafeRawBufferPointer, _ body: ([Slice<UnsafeRawBufferPointer>]) -> Void) {
        var fields: [Slice<UnsafeRawBufferPointer>] = []
        fields.reserveCapacity(8)
        var lineStart = 0, fieldStart = 0
        for i in 0...bytes.count {
            let byte = i == bytes.count ? UInt8(ascii: "\n") : bytes[i]
            if byte == UInt8(ascii: "\t") {
                fields.append(bytes[fieldStart..<i])
                fieldStart = i + 1
            } else if byte == UInt8(ascii: "\n") {
                if i > lineStart {
                    fields.append(bytes[fieldStart..<i])
                    body(fields)
                }
                fields.removeAll(keepingCapacity: true)
                lineStart = i + 1
                fieldStart = i + 1
            }
        }
    }

    /// The decimal number in `field` (other bytes ignored).
    static func number<T: FixedWidthInteger>(_ field: Slice<UnsafeRawBufferPointer>) -> T {
        field.reduce(T(0)) { $1 >= 48 && $1 <= 57 ? $0 &* 10 &+ T($1 - 48) : $0 }
    }
}
