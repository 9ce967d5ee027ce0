/// The word tables the recogniser's features read besides the article:
/// each word's frequency band and name flags (`WordFacts`) and its
/// clusters (`WordClusters`), 3.5 MB parsed. They go with the model: the
/// daemon parses its own copy with each load of the model and lets both go
/// together when idle, where the process-wide `builtin` is never freed.
public struct WordTables: Sendable {
    let facts: HashIndex<WordFacts>
    let clusters: HashIndex<WordClusters>

    /// Parsed once, on first use, for processes that keep them (the
    /// command line, training, tests).
    public static let builtin = loadBuiltin()

    /// The shipped tables parsed anew.
    public static func loadBuiltin() -> WordTables {
        WordTables(facts: WordFacts.loadBuiltin(), clusters: WordClusters.loadBuiltin())
    }
}
