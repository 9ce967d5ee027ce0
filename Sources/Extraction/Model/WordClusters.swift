/// Which words keep the same company in unlabelled news (`monday` and
/// `tuesday`, `london` and `paris`, `mr.` and `ms.`), at two
/// granularities: a word the labelled data never shows still shares the
/// weights of its cluster. Read from the table
/// scripts/generate-word-clusters.py writes, linked into the binary; keyed
/// by the hash of the lower-cased word with its digits folded to `0`.
struct WordClusters: Sendable, Equatable {
    let coarse: UInt16
    let fine: UInt16

    static let unknown = WordClusters(coarse: .max, fine: .max)

    var isKnown: Bool { self != Self.unknown }

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
}
