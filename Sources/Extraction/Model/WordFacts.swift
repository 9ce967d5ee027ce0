import CModelData

/// What the language at large says about a word, beyond the article and
/// the training data: how frequent it is in English, and whether people
/// bear it as a first name or a surname. Read from the table
/// scripts/generate-word-data.py writes (wordfreq and the US census name
/// lists), linked into the binary.
struct WordFacts: Sendable {
    /// Zipf frequency in half steps; 0 when the word is not among the
    /// 50,000 most frequent.
    let band: UInt8
    let firstName: Bool
    let surname: Bool

    static let unknown = WordFacts(band: 0, firstName: false, surname: false)

    /// The feature value: `b10FL`, `b0`.
    var key: String { "b\(band)" + (firstName ? "F" : "") + (surname ? "L" : "") }

    /// The shipped table, parsed once on first use (about 66,000 lines).
    static let table: [String: WordFacts] = {
        guard let start = byline_words_bytes() else { return [:] }
        return parse(UnsafeRawBufferPointer(start: start, count: byline_words_size()))
    }()

    static func of(_ lower: String) -> WordFacts { table[lower] ?? .unknown }

    /// Lines of `word TAB band TAB flags`.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [String: WordFacts] {
        var out: [String: WordFacts] = [:]
        out.reserveCapacity(70_000)
        var lineStart = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
            defer { lineStart = i + 1 }
            guard i > lineStart else { continue }
            let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<i])
            guard let tab1 = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let rest = line[(tab1 + 1)...]
            let tab2 = rest.firstIndex(of: UInt8(ascii: "\t")) ?? rest.endIndex
            var band: UInt8 = 0
            for d in rest[rest.startIndex..<tab2] where d >= 48 && d <= 57 { band = band &* 10 &+ (d - 48) }
            let flags = tab2 < rest.endIndex ? rest[(tab2 + 1)...] : rest[rest.endIndex...]
            let word = String(decoding: UnsafeRawBufferPointer(rebasing: line[..<tab1]), as: UTF8.self)
            out[word] = WordFacts(band: band, firstName: flags.contains(UInt8(ascii: "F")), surname: flags.contains(UInt8(ascii: "L")))
        }
        return out
    }
}
