/// A fixed set of words for the extractor's word lists (cue verbs, head
/// nouns, month names), asked about nearly every token of every article.
///
/// `Set<String>` hashes each query with SipHash behind a per-process seed;
/// here a query costs one FNV pass over its bytes (a few nanoseconds for a
/// word), a probe into a table kept a quarter full, and one comparison to
/// confirm. Built once; read-only after.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let words: [String]
    private let slots: [Int32]  // index into `words`, -1 empty
    private let hashes: [UInt64]
    private let mask: Int

    init<S: Sequence<String>>(_ elements: S) {
        var unique: [String] = []
        var seen = Set<String>()
        for w in elements where seen.insert(w).inserted { unique.append(w) }
        var capacity = 8
        while capacity < unique.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var hashes = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (k, w) in unique.enumerated() {
            let h = FeatureHash.of(w)
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k)
            hashes[slot] = h
        }
        words = unique
        self.slots = slots
        self.hashes = hashes
        self.mask = mask
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool {
        let h = FeatureHash.of(word)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = slots[slot]
            if k < 0 { return false }
            if hashes[slot] == h, words[Int(k)] == word { return true }
            slot = (slot + 1) & mask
        }
    }

    var count: Int { words.count }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
