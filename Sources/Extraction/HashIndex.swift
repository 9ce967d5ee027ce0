/// A read-only table from 64-bit string hashes (`FeatureHash.of`) to
/// values: one short hash and one probe per lookup, where a `Dictionary`
/// of strings hashes every query with SipHash. Callers that must never
/// mistake one string for another confirm a hit against the strings
/// themselves (`Lexicon`); a miss is certain.
struct HashIndex<Value: Sendable>: Sendable {
    private let keys: [UInt64]  // 0 = empty
    private let values: [Value]
    private let mask: Int
    private let absent: Value
    let count: Int

    init(_ entries: [(UInt64, Value)], absent: Value) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: absent, count: capacity)
        let mask = capacity - 1
        var count = 0
        for (hash, value) in entries {
            let key = hash == 0 ? 1 : hash
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { count += 1 }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        self.absent = absent
        self.count = count
    }

    subscript(hash hash: UInt64) -> Value {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == 0 { return absent }
            slot = (slot + 1) & mask
        }
    }
}
