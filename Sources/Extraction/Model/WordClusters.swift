import CModelData

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

    /// The shipped table parsed anew (about 18,000 lines).
    static func builtinRows() -> [(UInt64, WordClusters)] {
        guard let start = byline_clusters_bytes() else { return [] }
        defer { byline_linked_bytes_parsed(start, byline_clusters_size()) }
        return parse(UnsafeRawBufferPointer(start: start, count: byline_clusters_size()))
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

    /// Lines of `word TAB coarse TAB fine`, as (hash of the word, clusters).
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [(UInt64, WordClusters)] {
        var out: [(UInt64, WordClusters)] = []
        out.reserveCapacity(20_000)
        LinkedTable.rows(bytes) { fields in
            guard fields.count == 3 else { return }
            out.append((FeatureHash.of(bytes: fields[0]), WordClusters(coarse: LinkedTable.number(fields[1]), fine: LinkedTable.number(fields[2]))))
        }
        return out
    }
}
