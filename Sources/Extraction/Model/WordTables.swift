/// The word tables the recogniser's features read besides the article:
/// each word's frequency band and name flags (`WordFacts`) and its
/// clusters (`WordClusters`), 3.5 MB parsed. They go with the model: the
/// daemon parses its own copy with each load of the model and lets both go
/// together when idle, where the process-wide `builtin` is never freed.
public struct WordTables: Sendable {
    /// Both tables in one index by word hash: a token's facts and clusters
    /// are one lookup (where two tables were two cache misses a token).
    /// A word with digits has its clusters under its digits folded to `0`
    /// (`WordClusters.of`), a second lookup.
    let words: HashIndex<Entry>
    /// Rows each table had, for tests.
    let factCount: Int
    let clusterCount: Int

    struct Entry: Sendable {
        var facts: WordFacts
        var clusters: WordClusters

        static let unknown = Entry(facts: .unknown, clusters: .unknown)
    }

    /// Parsed once, on first use, for processes that keep them (the
    /// command line, training, tests).
    public static let builtin = loadBuiltin()

    /// The shipped tables parsed anew.
    public static func loadBuiltin() -> WordTables {
        WordTables(facts: WordFacts.builtinRows(), clusters: WordClusters.builtinRows())
    }

    init(facts: [(UInt64, WordFacts)], clusters: [(UInt64, WordClusters)]) {
        var entries: [(UInt64, Entry)] = []
        entries.reserveCapacity(facts.count + clusters.count)
        for (hash, f) in facts { entries.append((hash, Entry(facts: f, clusters: .unknown))) }
        for (hash, c) in clusters { entries.append((hash, Entry(facts: .unknown, clusters: c))) }
        // A word in both tables takes each half from its own table (and a
        // word listed twice in one, the later row, as a table of its own
        // would).
        words = HashIndex(entries, absent: .unknown) { kept, later in
            Entry(facts: later.facts != .unknown ? later.facts : kept.facts,
                  clusters: later.clusters.isKnown ? later.clusters : kept.clusters)
        }
        factCount = facts.count
        clusterCount = clusters.count
    }

    func facts(_ hash: UInt64) -> WordFacts { words[hash: hash].facts }
}
