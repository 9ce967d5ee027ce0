/// An article's text as Unicode scalars, the unit every offset counts in.
///
/// Working on an array of scalars (not `Character`s) makes offsets O(1) and
/// matches the scoring convention (Python `str` indices).
public struct ArticleText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        // ASCII text (most news) byte for byte: the scalar view counted and
        // then copied, decoding UTF-8 twice (12 million instructions on
        // `eng.testa`, callgrind).
        var text = text
        let ascii = text.withUTF8 { bytes -> [Unicode.Scalar]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.map { Unicode.Scalar($0) }
        }
        scalars = ascii ?? Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    public subscript(_ i: Int) -> Unicode.Scalar { scalars[i] }

    public func string(_ start: Int, _ end: Int) -> String {
        let count = end - start
        if scalars[start..<end].allSatisfy(\.isASCII) {
            // The common case, written as bytes: no per-scalar appends.
            return String(unsafeUninitializedCapacity: count) { buffer in
                for k in 0..<count { buffer[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
                return count
            }
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<end])
        return String(s)
    }

    public func span(_ start: Int, _ end: Int) -> Span {
        Span(start: start, end: end, text: string(start, end))
    }
}
