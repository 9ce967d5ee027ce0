/// Which words keep the same company in unlabelled news (`monday` and
/// `tuesday`, `london` and `paris`, `mr.` and `ms.`): a word the labelled
/// data never shows still shares the weights of its cluster. Two kinds,
/// each from a table linked into the binary and keyed by the hash of the
/// lower-cased word with its digits folded to `0`:
/// - our k-means clusters at two granularities, over OntoNotes' and
///   CoNLL's own text (scripts/generate-word-clusters.py);
/// - a Brown cluster path over far more text (spaCy's, from PyPI:
///   scripts/generate-brown-clusters.py), which knows most of the words
///   the labelled data never shows, read at several prefix lengths where
///   our own clusters know nothing of the word (`NERFeatures`).
struct WordClusters: Sendable, Equatable {
    let coarse: UInt16
    let fine: UInt16
    /// The Brown path as a leading 1 and its bits, first branch highest
    /// (`0110` is `0b10110`); 0 for none.
    var brown: UInt16 = 0

    static let unknown = WordClusters(coarse: .max, fine: .max)

    var isKnown: Bool { coarse != .max || fine != .max }

    /// The first `bits` branches of Brown path `path` (coded as `brown`
    /// is), coded the same way; the whole path when it is shorter, 0 for
    /// none.
    static func brownPrefix(_ path: UInt16, _ bits: Int) -> UInt16 {
        let length = UInt16.bitWidth - path.leadingZeroBitCount - 1
        return length > bits ? path >> (length - bits) : path
    }

    /// The clusters of a lower-case word, digits folded as in the table;
    /// `entry` is what the tables hold under the word's own hash, which
    /// the caller has looked up already.
    static func of(lower: String, entry: WordTables.Entry, in tables: WordTables) -> WordClusters {
        guard lower.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return entry.clusters }
        return tables.words[hash: FeatureHash.of(bytes: lower.utf8.lazy.map { $0 >= 0x30 && $0 <= 0x39 ? UInt8(ascii: "0") : $0 })].clusters
    }

    /// The clusters of a lower-case word, looked up alone (tests, tools).
    static func of(lower: String, in tables: WordTables) -> WordClusters {
        of(lower: lower, entry: tables.words[hash: FeatureHash.of(lower)], in: tables)
    }

    /// A line of the table, `word TAB coarse TAB fine`; nil for a line
    /// that is not one.
    static func row(_ row: LinkedTable.Row) -> WordClusters? {
        guard row.fields == 3 else { return nil }
        return WordClusters(coarse: LinkedTable.number(row.second), fine: LinkedTable.number(row.third))
    }

    /// A line of the Brown table, `word TAB path` (`0110100110`, at most
    /// 15 branches), as `brown` codes it; nil for a line that is not one.
    static func brownRow(_ row: LinkedTable.Row) -> UInt16? {
        guard row.fields == 2, !row.second.isEmpty, row.second.count < UInt16.bitWidth else { return nil }
        var code: UInt16 = 1
        for bit in row.second {
            guard bit == UInt8(ascii: "0") || bit == UInt8(ascii: "1") else { return nil }
            code = code << 1 | UInt16(bit - UInt8(ascii: "0"))
        }
        return code
    }
}
