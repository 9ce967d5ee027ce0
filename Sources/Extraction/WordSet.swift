/// A fixed set of words for the extractor's word lists (cue verbs, head
/// nouns, month names), asked about nearly every token of every article.
///
/// `Set<String>` hashes each query with SipHash behind a per-process seed;
/// here a query costs one FNV pass over its bytes (a few nanoseconds for a
/// word), a probe into a `HashIndex`, and one comparison to confirm. Built once; read-only after.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let words: [String]
    /// Word hash -> index into `words`, -1 for none.
    private let index: HashIndex<Int32>

    init<S: Sequence<String>>(_ elements: S) {
        var unique: [String] = []
        var seen = Set<String>()
        for w in elements where seen.insert(w).inserted { unique.append(w) }
        words = unique
        index = HashIndex(unique.enumerated().map { (FeatureHash.of($1), Int32($0)) }, absent: -1)
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool {
        let k = index[hash: FeatureHash.of(word)]
        return k >= 0 && words[Int(k)] == word
    }

    /// Whether the token's lower case is in the set, by the hash the
    /// token already holds.
    func contains(lowerOf token: Token) -> Bool { contains(token.lower, hash: token.lowerHash) }

    /// Whether `word`, whose `FeatureHash` is `hash`, is in the set.
    func contains(_ word: String, hash: UInt64) -> Bool {
        let k = index[hash: hash]
        return k >= 0 && words[Int(k)] == word
    }

    var count: Int { words.count }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
