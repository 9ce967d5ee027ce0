/// The learned recogniser's weights: feature hash -> one weight per tag,
/// in an open-addressing table (loads in milliseconds, no allocation per
/// lookup).
///
/// File format (little-endian): `BYLNER01`, UInt32 feature count, Float32
/// scale, then per feature UInt64 hash and 9 Int16 weights (weight =
/// Int16 * scale), sorted by hash so the file is reproducible.
public struct NERModel: Sendable {
    /// Open-addressing slots of 32 bytes, one cache line for two: the key
    /// (UInt64, 0 = empty), then the 9 quantised weights (Int16), padding.
    /// A lookup costs one memory access, not one for the key and one for
    /// the weights: the table is larger than the caches.
    let slots: [UInt64]
    let scale: Float
    let mask: Int
    public let featureCount: Int

    static let magic = Array("BYLNER01".utf8)
    static let wordsPerSlot = 4

    public enum FormatError: Error { case badMagic, truncated }

    public init(bytes: UnsafeRawBufferPointer) throws(FormatError) {
        guard bytes.count >= 16, Array(bytes[0..<8]) == Self.magic else { throw .badMagic }
        let count = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        scale = Float(bitPattern: bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let record = 8 + 2 * NERTag.count
        guard bytes.count >= 16 + count * record else { throw .truncated }
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity * Self.wordsPerSlot)
        let mask = capacity - 1
        slots.withUnsafeMutableBytes { table in
            var offset = 16
            for _ in 0..<count {
                var key = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
                if key == 0 { key = 1 }
                var slot = Int(truncatingIfNeeded: key) & mask
                while table.load(fromByteOffset: slot * 32, as: UInt64.self) != 0 { slot = (slot + 1) & mask }
                table.storeBytes(of: key, toByteOffset: slot * 32, as: UInt64.self)
                for c in 0..<NERTag.count {
                    let w = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8 + 2 * c, as: Int16.self))
                    table.storeBytes(of: w, toByteOffset: slot * 32 + 8 + 2 * c, as: Int16.self)
                }
                offset += record
            }
        }
        self.slots = slots
        self.mask = mask
        featureCount = count
    }

    /// The summed weights of `features`, one lane per tag (lanes 9-15
    /// unused). The quantised weights are summed as integers, eight tags
    /// in one vector and the ninth apart, and scaled once at the end.
    @inline(__always)
    func score(_ features: [UInt64]) -> SIMD16<Float> {
        var eight = SIMD8<Int32>()
        var ninth: Int32 = 0
        slots.withUnsafeBytes { table in
            for f in features {
                let key = f == 0 ? 1 : f
                var slot = Int(truncatingIfNeeded: key) & mask
                while true {
                    let k = table.load(fromByteOffset: slot * 32, as: UInt64.self)
                    if k == key {
                        eight &+= SIMD8<Int32>(truncatingIfNeeded: table.loadUnaligned(fromByteOffset: slot * 32 + 8, as: SIMD8<Int16>.self))
                        ninth &+= Int32(table.load(fromByteOffset: slot * 32 + 24, as: Int16.self))
                        break
                    }
                    if k == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
        }
        var scores = SIMD16<Float>()
        for c in 0..<8 { scores[c] = Float(eight[c]) * scale }
        scores[8] = Float(ninth) * scale
        return scores
    }

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
