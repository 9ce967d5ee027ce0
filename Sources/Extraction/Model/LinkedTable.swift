/// The word tables' tab-separated text (`byline-words.tsv`,
/// `byline-clusters.tsv`, 84,000 lines), read in one pass over its bytes
/// into the index the binary links (`byline word-index`, `WordIndex`): no
/// string, array or substring per line, and each row's first field hashed
/// as it is read. (The tables were read so at every start, before the
/// index was linked ready to read.)
enum LinkedTable {
    /// One non-empty line: the hash of its first field (`FeatureHash.of`)
    /// and its next two fields, empty where the line has fewer.
    struct Row {
        let key: UInt64
        let second: Slice<UnsafeRawBufferPointer>
        let third: Slice<UnsafeRawBufferPointer>
        /// Fields on the line, those past the third included.
        let fields: Int
    }

    /// Each non-empty line of `bytes`, in order; a last line without its
    /// newline is read too.
    struct Rows: Sequence, IteratorProtocol {
        private let bytes: UnsafeRawBufferPointer
        private var i = 0

        init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        mutating func next() -> Row? {
            let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
            let end = bytes.count
            while i < end {
                let lineStart = i
                var hash = FeatureHash.basis
                while i < end, bytes[i] != tab, bytes[i] != newline {
                    hash = FeatureHash.fold(hash, bytes[i])
                    i += 1
                }
                if i == lineStart, i == end || bytes[i] == newline {
                    i += 1
                    continue
                }
                var fields = 1
                var second = bytes[i..<i], third = bytes[i..<i]
                while i < end, bytes[i] == tab {
                    i += 1
                    let start = i
                    while i < end, bytes[i] != tab, bytes[i] != newline { i += 1 }
                    fields += 1
                    if fields == 2 { second = bytes[start..<i] } else if fields == 3 { third = bytes[start..<i] }
                }
                i += 1
                return Row(key: FeatureHash.finish(hash), second: second, third: third, fields: fields)
            }
            return nil
        }
    }

    /// Lines in `bytes`, at most: room to reserve before reading them.
    static func lineCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        // Without an overflow check, so the loop is vectorised.
        var lines = 1
        for byte in bytes { lines &+= byte == UInt8(ascii: "\n") ? 1 : 0 }
        return lines
    }

    /// The decimal number in `field` (other bytes ignored).
    static func number<T: FixedWidthInteger>(_ field: Slice<UnsafeRawBufferPointer>) -> T {
        field.reduce(T(0)) { $1 >= 48 && $1 <= 57 ? $0 &* 10 &+ T($1 - 48) : $0 }
    }
}
