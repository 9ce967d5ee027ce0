/// A growable table from 64-bit string hashes (`FeatureHash`) to values,
/// for what the recogniser gathers per article (`NERDocument`,
/// `NERMemory`). Its keys are already mixed hashes, so the slot is their
/// low bits; a `Dictionary<UInt64, _>` hashes each of them again with
/// SipHash, which was 1.5% of extraction. `HashIndex` is the read-only
/// counterpart for the shipped tables.
struct HashMap<Value> {
    private var keys: [UInt64]  // 0 = empty
    private var values: [Value?]
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 16)
        values = [Value?](repeating: nil, count: 16)
    }

    /// Key 0 marks an empty slot, so a hash of 0 is kept as 1, as
    /// `HashIndex` keeps it.
    @inline(__always)
    private static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The slot holding `key`, or the empty one where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    subscript(hash: UInt64) -> Value? {
        get { values[slot(of: Self.stored(hash))] }
        set {
            let key = Self.stored(hash)
            var s = slot(of: key)
            if keys[s] == 0 {
                guard let newValue else { return }
                // At most half full: probes stay short.
                if (count + 1) * 2 > keys.count {
                    grow()
                    s = slot(of: key)
                }
                keys[s] = key
                count += 1
                values[s] = newValue
            } else {
                // Removal is not needed by any caller; nil leaves the key
                // with no value, which reads as absent.
                values[s] = newValue
            }
        }
    }

    func contains(_ hash: UInt64) -> Bool { self[hash] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            let s = slot(of: k)
            keys[s] = k
            values[s] = v
        }
    }
}

extension HashMap where Value == Void {
    /// The table as a set of hashes.
    mutating func insert(_ hash: UInt64) { self[hash] = () }
}

extension HashMap: Sendable where Value: Sendable {}
