import CModelData

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

    /// The shipped tables parsed anew. Their linked bytes then leave the
    /// process's memory (`byline_linked_bytes_parsed`).
    public static func loadBuiltin() -> WordTables {
        let facts = linked(byline_words_bytes(), byline_words_size())
        let clusters = linked(byline_clusters_bytes(), byline_clusters_size())
        defer {
            byline_linked_bytes_parsed(byline_words_bytes(), facts.count)
            byline_linked_bytes_parsed(byline_clusters_bytes(), clusters.count)
        }
        return WordTables(facts: facts, clusters: clusters)
    }

    private static func linked(_ start: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeRawBufferPointer {
        guard let start else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: start, count: size)
    }

    /// The tables from their text (`WordFacts.row`, `WordClusters.row`),
    /// each row put in the index as it is read.
    init(facts: UnsafeRawBufferPointer, clusters: UnsafeRawBufferPointer) {
        var filler = Filler(capacity: LinkedTable.lineCount(facts) + LinkedTable.lineCount(clusters))
        var factCount = 0, clusterCount = 0
        for row in LinkedTable.Rows(facts) {
            guard let f = WordFacts.row(row) else { continue }
            filler.put(row.key, Entry(facts: f, clusters: .unknown))
            factCount += 1
        }
        for row in LinkedTable.Rows(clusters) {
            guard let c = WordClusters.row(row) else { continue }
            filler.put(row.key, Entry(facts: .unknown, clusters: c))
            clusterCount += 1
        }
        words = HashIndex(filler.finished(), absent: .unknown)
        self.factCount = factCount
        self.clusterCount = clusterCount
    }

    /// Puts rows in the index a few behind their reading: each row's slot
    /// is asked for `ahead` rows before it is written. The index (2 MB) is
    /// larger than the cache, and rows written as read waited for each
    /// slot's miss in turn. Rows still go in in their order.
    private struct Filler {
        static let ahead = 8
        private var map: HashMap<Entry>
        private var pending = [(key: UInt64, entry: Entry)](repeating: (0, .unknown), count: ahead)
        private var queued = 0

        init(capacity: Int) { map = HashMap(capacity: capacity) }

        mutating func put(_ key: UInt64, _ entry: Entry) {
            map.prefetch(key)
            let place = queued % Self.ahead
            if queued >= Self.ahead { write(pending[place]) }
            pending[place] = (key, entry)
            queued += 1
        }

        consuming func finished() -> HashMap<Entry> {
            for q in max(0, queued - Self.ahead)..<queued { write(pending[q % Self.ahead]) }
            return map
        }

        /// A word in both tables takes each half from its own table (and
        /// a word listed twice in one, the later row, as a table of its
        /// own would).
        private mutating func write(_ row: (key: UInt64, entry: Entry)) {
            map.insert(row.key, row.entry) { kept, later in
                Entry(facts: later.facts != .unknown ? later.facts : kept.facts,
                      clusters: later.clusters.isKnown ? later.clusters : kept.clusters)
            }
        }
    }

    func facts(_ hash: UInt64) -> WordFacts { words[hash: hash].facts }
}
