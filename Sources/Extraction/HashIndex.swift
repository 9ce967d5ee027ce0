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

    /// A key listed twice keeps its later value.
    init(_ entries: [(UInt64, Value)], absent: Value) {
        var map = HashMap<Value>(capacity: entries.count)
        for (hash, value) in entries { map[hash] = value }
        self.map = map
        self.absent = absent
    }

    subscript(hash hash: UInt64) -> Value { map[hash] ?? absent }
}
