/// The learned recogniser's weights: feature hash -> one weight per tag,
/// in an open-addressing table (loads in milliseconds, no allocation per
/// lookup).
///
/// File format (little-endian): `BYLNER01`, UInt32 feature count, Float32
/// scale, then per feature UInt64 hash and 9 Int16 weights (weight =
/// Int16 * scale), sorted by hash so the file is reproducible.
public struct NERModel: Sendable {
    let keys: [UInt64]
    let weights: [Float]
    let mask: Int
    public let featureCount: Int

    static let magic = Array("BYLNER01".utf8)

    public enum FormatError: Error { case badMagic, truncated }

    init(table: [(UInt64, [Float])]) {
        var capacity = 16
        while capacity < table.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var weights = [Float](repeating: 0, count: capacity * NERTag.count)
        let mask = capacity - 1
        for (key, w) in table {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key == 0 ? 1 : key
            for c in 0..<NERTag.count { weights[slot * NERTag.count + c] = w[c] }
        }
        self.keys = keys
        self.weights = weights
        self.mask = mask
        featureCount = table.count
    }

    public init(bytes: UnsafeRawBufferPointer) throws(FormatError) {
        guard bytes.count >= 16, Array(bytes[0..<8]) == Self.magic else { throw .badMagic }
        let count = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        let scale = Float(bitPattern: bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let record = 8 + 2 * NERTag.count
        guard bytes.count >= 16 + count * record else { throw .truncated }
        var table: [(UInt64, [Float])] = []
        table.reserveCapacity(count)
        var offset = 16
        for _ in 0..<count {
            let key = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
            var w = [Float](repeating: 0, count: NERTag.count)
            for c in 0..<NERTag.count {
                w[c] = Float(Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8 + 2 * c, as: Int16.self))) * scale
            }
            table.append((key, w))
            offset += record
        }
        self.init(table: table)
    }

    /// Adds each feature's weights to `scores` (one per tag).
    @inline(__always)
    func accumulate(_ features: [UInt64], into scores: inout [Float]) {
        for f in features {
            let key = f == 0 ? 1 : f
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = keys[slot]
                if k == key {
                    let base = slot * NERTag.count
                    for c in 0..<NERTag.count { scores[c] += weights[base + c] }
                    break
                }
                if k == 0 { break }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Serialises `table` (hash -> weights), dropping features whose
    /// weights are all below `pruneBelow` in magnitude.
    static func serialize(_ table: [UInt64: [Float]], pruneBelow: Float) -> [UInt8] {
        let kept = table.filter { $0.value.contains { abs($0) >= pruneBelow } }.sorted { $0.key < $1.key }
        let maxAbs = kept.reduce(Float(0)) { m, e in max(m, e.value.map(abs).max() ?? 0) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var out = magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(kept.count))
        put(scale.bitPattern)
        for (key, w) in kept {
            put(key)
            for c in 0..<NERTag.count { put(Int16(max(-32767, min(32767, (w[c] / scale).rounded())))) }
        }
        return out
    }
}
