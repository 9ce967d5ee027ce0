/// What the language at large says about a word, beyond the article and
/// the training data: how frequent it is in English, and whether people
/// bear it as a first name or a surname. Read from the table
/// scripts/generate-word-data.py writes (wordfreq and the US census name
/// lists), linked into the binary.
struct WordFacts: Sendable, Equatable {
    /// Zipf frequency in half steps; 0 when the word is not among the
    /// 50,000 most frequent.
    let band: UInt8
    let firstName: Bool
    let surname: Bool

    static let unknown = WordFacts(band: 0, firstName: false, surname: false)

    /// The facts as one small number, for feature hashing.
    var code: Int { Int(band) << 2 | (firstName ? 2 : 0) | (surname ? 1 : 0) }

    /// The facts of a lower-case word, from the process's tables.
    static func of(_ lower: String) -> WordFacts { WordTables.builtin.facts(FeatureHash.of(lower)) }

    /// A line of the table, `word TAB band TAB flags` (flags `F`
    /// first name, `L` surname; the field may be left out); nil for a
    /// line that is not one.
    static func row(_ row: LinkedTable.Row) -> WordFacts? {
        guard row.fields >= 2 else { return nil }
        return WordFacts(band: LinkedTable.number(row.second), firstName: row.third.contains(UInt8(ascii: "F")),
                         surname: row.third.contains(UInt8(ascii: "L")))
    }
}
