/// The tab-separated tables linked into the binary (`byline-words.tsv`,
/// `byline-clusters.tsv`), read without building a string per line.
enum LinkedTable {
    /// Each non-empty line's tab-separated fields, as byte slices.
    static func rows(_ bytes: UnsafeRawBufferPointer, _ body: ([Slice<UnsafeRawBufferPointer>]) -> Void) {
        var lineStart = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
            defer { lineStart = i + 1 }
            guard i > lineStart else { continue }
            body(bytes[lineStart..<i].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false))
        }
    }

    /// The decimal number in `field` (other bytes ignored).
    static func number<T: FixedWidthInteger>(_ field: Slice<UnsafeRawBufferPointer>) -> T {
        field.reduce(T(0)) { $1 >= 48 && $1 <= 57 ? $0 &* 10 &+ T($1 - 48) : $0 }
    }
}
