/// A read-only table from 64-bit string hashes (`FeatureHash.of`) to
/// values: one short hash and one probe per lookup, where a `Dictionary`
/// of strings hashes every query with SipHash. Callers that must never
/// mistake one string for another confirm a hit against the strings
/// themselves (`Lexicon`); a miss is certain. A `HashMap` filled once,
/// with a value for the keys it lacks.
struct HashIndex<Value: Sendable>: Sendable {
    private let map: HashMap<Value>
    private let absent: Value

    var count: Int { map.count }

    init(_ entries: [(UInt64, Value)], absent: Value) {
        self.init(entries, absent: absent) { _, new in new }
    }

    /// `combine` gives the value of a key listed twice, from the one kept
    /// and the one listed later.
    init(_ entries: [(UInt64, Value)], absent: Value, combine: (Value, Value) -> Value) {
        var map = HashMap<Value>(capacity: entries.count)
        for (hash, value) in entries { map.insert(hash, value, combine: combine) }
        self.map = map
        self.absent = absent
    }

    /// A table filled by its owner, read-only from here on.
    init(_ map: HashMap<Value>, absent: Value) {
        self.map = map
        self.absent = absent
    }

    subscript(hash hash: UInt64) -> Value { map[hash] ?? absent }
}
