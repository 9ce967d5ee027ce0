/// A read-only table from 64-bit string hashes (`FeatureHash.of`) to
/// values: one short hash and one probe per lookup, where a `Dictionary`
/// of strings hashes every query with SipHash. Callers that must never
/// mistake one string for another confirm a hit against the strings
/// themselves (`Lexicon`); a miss is certain.
struct HashIndex<Value: Sendable>: Sendable {
    /// A key beside its value: a lookup that misses the cache misses it
    /// once, where keys and values in arrays of their own were two misses
    /// (the word tables are megabytes, read at every token).
    private struct Entry {
        var key: UInt64  // 0 = empty
        var value: Value
    }

    private let entries: [Entry]
    private let mask: Int
    private let absent: Value
    let count: Int

    init(_ entries: [(UInt64, Value)], absent: Value) {
        self.init(entries, absent: absent) { _, new in new }
    }

    /// `combine` gives the value of a key listed twice, from the one kept
    /// and the one listed later.
    init(_ entries: [(UInt64, Value)], absent: Value, combine: (Value, Value) -> Value) {
        var capacity = 16
        // At most two thirds full: a probe past the home slot is usually in
        // the same cache line (four entries of 16 bytes), and the word
        // tables take 2 MB, not 4, to fault in at start-up.
        while capacity < entries.count * 3 / 2 { capacity *= 2 }
        var table = [Entry](repeating: Entry(key: 0, value: absent), count: capacity)
        let mask = capacity - 1
        var count = 0
        for (hash, value) in entries {
            let key = hash == 0 ? 1 : hash
            var slot = Int(truncatingIfNeeded: key) & mask
            while table[slot].key != 0, table[slot].key != key { slot = (slot + 1) & mask }
            if table[slot].key == 0 {
                count += 1
                table[slot] = Entry(key: key, value: value)
            } else {
                table[slot].value = combine(table[slot].value, value)
            }
        }
        self.entries = table
        self.mask = mask
        self.absent = absent
        self.count = count
    }

    subscript(hash hash: UInt64) -> Value {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let e = entries[slot]
            if e.key == key { return e.value }
            if e.key == 0 { return absent }
            slot = (slot + 1) & mask
        }
    }
}
