import CModelData

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

    /// The shipped table parsed anew (about 66,000 lines), as (hash of the
    /// word, facts): keyed by the hash the recogniser has already computed
    /// for every token.
    static func builtinRows() -> [(UInt64, WordFacts)] {
        guard let start = byline_words_bytes() else { return [] }
        defer { byline_linked_bytes_parsed(start, byline_words_size()) }
        return parse(UnsafeRawBufferPointer(start: start, count: byline_words_size()))
    }

    /// The facts of a lower-case word, from the process's tables.
    static func of(_ lower: String) -> WordFacts { WordTables.builtin.facts(FeatureHash.of(lower)) }

    /// Lines of `word TAB band TAB flags`, as (hash of the word, facts).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [(UInt64, WordFacts)] {
        var out: [(UInt64, WordFacts)] = []
        out.reserveCapacity(70_000)
        LinkedTable.rows(bytes) { fields in
            guard fields.count >= 2 else { return }
            let flags = fields.count > 2 ? fields[2] : fields[1][fields[1].endIndex...]
            let facts = WordFacts(band: LinkedTable.number(fields[1]), firstName: flags.contains(UInt8(ascii: "F")),
                                  surname: flags.contains(UInt8(ascii: "L")))
            out.append((FeatureHash.of(bytes: fields[0]), facts))
        }
        return out
    }
}
