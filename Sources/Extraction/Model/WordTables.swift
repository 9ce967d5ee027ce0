import CModelData

/// The word tables the recogniser's features read besides the article:
/// each word's frequency band and name flags (`WordFacts`) and its
/// clusters and Brown path (`WordClusters`), one index by word hash
/// (`WordIndex`). The
/// shipped tables are linked into the binary as that index, read where
/// they lie: no start-up parse, and nothing for the daemon to copy or let
/// go with its model.
public struct WordTables: Sendable {
    /// The tables in one index: a token's facts and clusters are one
    /// lookup (where two tables were two cache misses a token). A word
    /// with digits has its clusters under its digits folded to `0`
    /// (`WordClusters.of`), a second lookup.
    let words: WordIndex
    /// Rows each table had, for tests.
    var factCount: Int { words.factCount }
    var clusterCount: Int { words.clusterCount }
    var brownCount: Int { words.brownCount }

    struct Entry: Sendable {
        var facts: WordFacts
        var clusters: WordClusters

        static let unknown = Entry(facts: .unknown, clusters: .unknown)
    }

    /// The linked tables, for processes that read them (the command line,
    /// training, tests).
    public static let builtin = loadBuiltin()

    /// The linked tables (`byline-words.index`); a view of the
    /// executable's bytes, so as cheap to ask for again as to keep. Empty
    /// tables if the linked bytes are no index, which
    /// `theLinkedWordIndexIsTheOneItsTablesBuild` rules out for the
    /// shipped ones.
    public static func loadBuiltin() -> WordTables {
        guard let index = WordIndex(image: linkedImage) else { return WordTables(words: WordIndex.Builder(rows: 0).finished()) }
        return WordTables(words: index)
    }

    /// The linked index's pages leave this process's memory until it next
    /// reads them (`byline_linked_bytes_release`): said by a daemon that
    /// lets its model go when idle. A reader at the same moment loses
    /// nothing: the bytes are the executable's, faulted back in unchanged.
    public static func releaseLinkedPages() {
        byline_linked_bytes_release(byline_word_index_bytes(), byline_word_index_size())
    }

    /// The index's bytes as linked.
    static var linkedImage: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: byline_word_index_bytes(), count: byline_word_index_size())
    }

    init(words: WordIndex) { self.words = words }

    /// The tables from their text (`WordFacts.row`, `WordClusters.row`,
    /// `WordClusters.brownRow`), the facts', the clusters' then the Brown
    /// paths', each row put in the index as it is read: a word listed
    /// twice keeps its later row, and a word in several tables keeps each
    /// part from its own. The index has room for the words the tables
    /// name, counted first: most are in more than one, and room for every
    /// line of all three was twice the bytes (8 MB, not 4).
    init(facts: UnsafeRawBufferPointer, clusters: UnsafeRawBufferPointer, brown: UnsafeRawBufferPointer) {
        var named = Set<UInt64>(minimumCapacity: LinkedTable.lineCount(facts) + LinkedTable.lineCount(brown))
        for table in [facts, clusters, brown] {
            for row in LinkedTable.Rows(table) { named.insert(row.key) }
        }
        var builder = WordIndex.Builder(rows: named.count)
        for row in LinkedTable.Rows(facts) {
            guard let f = WordFacts.row(row) else { continue }
            builder.put(row.key, facts: f)
        }
        for row in LinkedTable.Rows(clusters) {
            guard let c = WordClusters.row(row) else { continue }
            builder.put(row.key, clusters: c)
        }
        for row in LinkedTable.Rows(brown) {
            guard let b = WordClusters.brownRow(row) else { continue }
            builder.put(row.key, brown: b)
        }
        words = builder.finished()
    }

    /// The index `facts`, `clusters` and `brown` (the tables' text)
    /// build, as the binary links it (`byline word-index`), with the rows
    /// read from each.
    public static func indexImage(facts: [UInt8], clusters: [UInt8], brown: [UInt8])
        -> (image: [UInt8], factRows: Int, clusterRows: Int, brownRows: Int) {
        let tables = facts.withUnsafeBytes { f in
            clusters.withUnsafeBytes { c in brown.withUnsafeBytes { b in WordTables(facts: f, clusters: c, brown: b) } }
        }
        return (tables.words.image, tables.factCount, tables.clusterCount, tables.brownCount)
    }

    func facts(_ hash: UInt64) -> WordFacts { words[hash: hash].facts }
}
