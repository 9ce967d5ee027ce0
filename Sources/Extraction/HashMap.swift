/// A growable table from 64-bit string hashes (`FeatureHash`) to values.
/// Its keys are already mixed hashes, so the slot is their low bits: a
/// `Dictionary<UInt64, _>` hashes each of them again with SipHash, which
/// was 1.5% of extraction. The recogniser's per-article tables use it
/// directly (`NERDocument`, `NERMemory`); `HashIndex` is the read-only
/// view of one filled once (the model's openers, word lists).
struct HashMap<Value> {
    /// A key beside its value: a lookup that misses the cache misses it
    /// once, where keys and values in arrays of their own were two misses.
    fileprivate struct Entry {
        var key: UInt64  // 0 = empty
        var value: Value?
    }

    private var entries: [Entry]
    private(set) var count = 0

    /// Room for `capacity` keys before the table grows.
    init(capacity: Int = 0) {
        entries = [Entry](repeating: Entry(key: 0, value: nil), count: Self.slots(for: capacity))
    }

    /// At most two thirds full: a probe past the home slot is usually in
    /// the same cache line (four entries of 16 bytes), and a large table
    /// takes half the memory it would at most half full. (`WordIndex`
    /// sizes its slots so too.)
    static func slots(for keys: Int) -> Int {
        var slots = 16
        while slots < keys * 3 / 2 { slots *= 2 }
        return slots
    }

    /// Key 0 marks an empty slot, so a hash of 0 is kept as 1 (in
    /// `WordIndex` too).
    @inline(__always)
    static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The slot holding `key`, or the empty one where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = entries.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while entries[slot].key != 0, entries[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    subscript(hash: UInt64) -> Value? {
        get { entries[slot(of: Self.stored(hash))].value }
        set {
            let key = Self.stored(hash)
            var s = slot(of: key)
            // Removal is not needed by any caller; nil leaves the key with
            // no value, which reads as absent.
            guard let newValue else {
                if entries[s].key != 0 { entries[s].value = nil }
                return
            }
            if entries[s].key == 0 {
                if (count + 1) * 3 > entries.count * 2 {
                    grow()
                    s = slot(of: key)
                }
                entries[s].key = key
                count += 1
            }
            entries[s].value = newValue
        }
    }

    func contains(_ hash: UInt64) -> Bool { self[hash] != nil }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(key: 0, value: nil), count: old.count * 2)
        for e in old where e.key != 0 { entries[slot(of: e.key)] = e }
    }
}

extension HashMap where Value == Void {
    /// The table as a set of hashes.
    mutating func insert(_ hash: UInt64) { self[hash] = () }
}

extension HashMap: Sendable where Value: Sendable {}
extension HashMap.Entry: Sendable where Value: Sendable {}
