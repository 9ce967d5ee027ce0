/// The learned recogniser's weights: feature hash -> one weight per tag,
/// in an open-addressing table (loads in milliseconds, no allocation per
/// lookup), with the tag set and the words that may open an entity.
///
/// File format (little-endian): `BYLNER02`; UInt32 type count, then per
/// type a UInt8 length and its UTF-8 name; UInt32 opener count, then the
/// openers' UInt64 hashes, sorted; UInt32 feature count, Float32 scale,
/// then per feature its UInt64 hash and one Int16 per tag (weight = Int16
/// * scale), sorted by hash, so the file is reproducible.
public struct NERModel: Sendable {
    /// Open-addressing slots of 96 bytes: the key (UInt64, 0 = empty), then
    /// 40 quantised weights (Int16; the lanes past the tag count are 0). A
    /// lookup touches one slot, not a key table and a weight table: the
    /// table is larger than the caches.
    let slots: [UInt8]
    let scale: Float
    let mask: Int
    let tags: NERTagSet
    /// Lower-case words and marks (hashes, `FeatureHash.of`) that open an
    /// entity somewhere in the training data (`two`, `last`, `$`): every
    /// other one, outside an entity, is O without scoring.
    let openers: Set<UInt64>
    public let featureCount: Int

    static let magic = Array("BYLNER02".utf8)
    static let slotBytes = 96

    /// The entity types, in tag order.
    public var types: [String] { tags.types }

    public enum FormatError: Error { case badMagic, truncated, tooManyTypes }

    public init(bytes: UnsafeRawBufferPointer) throws(FormatError) {
        guard bytes.count >= 12, Array(bytes[0..<8]) == Self.magic else { throw .badMagic }
        var offset = 8
        func u32() throws(FormatError) -> Int {
            guard offset + 4 <= bytes.count else { throw .truncated }
            defer { offset += 4 }
            return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        }
        func u64() throws(FormatError) -> UInt64 {
            guard offset + 8 <= bytes.count else { throw .truncated }
            defer { offset += 8 }
            return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        let typeCount = try u32()
        guard typeCount <= NERTagSet.maxTypes else { throw .tooManyTypes }
        var types: [String] = []
        for _ in 0..<typeCount {
            guard offset < bytes.count else { throw .truncated }
            let length = Int(bytes[offset])
            guard offset + 1 + length <= bytes.count else { throw .truncated }
            types.append(String(decoding: bytes[(offset + 1)..<(offset + 1 + length)], as: UTF8.self))
            offset += 1 + length
        }
        tags = NERTagSet(types: types)
        var openers = Set<UInt64>()
        for _ in 0..<(try u32()) { openers.insert(try u64()) }
        self.openers = openers
        let count = try u32()
        scale = Float(bitPattern: UInt32(truncatingIfNeeded: try u32()))
        let tagCount = tags.count
        let record = 8 + 2 * tagCount
        guard bytes.count >= offset + count * record else { throw .truncated }
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        var slots = [UInt8](repeating: 0, count: capacity * Self.slotBytes)
        let mask = capacity - 1
        slots.withUnsafeMutableBytes { table in
            for _ in 0..<count {
                var key = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                if key == 0 { key = 1 }
                var slot = Int(truncatingIfNeeded: key) & mask
                while table.load(fromByteOffset: slot * Self.slotBytes, as: UInt64.self) != 0 { slot = (slot + 1) & mask }
                table.storeBytes(of: key, toByteOffset: slot * Self.slotBytes, as: UInt64.self)
                for c in 0..<tagCount {
                    let w = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8 + 2 * c, as: Int16.self))
                    table.storeBytes(of: w, toByteOffset: slot * Self.slotBytes + 8 + 2 * c, as: Int16.self)
                }
                offset += record
            }
        }
        self.slots = slots
        self.mask = mask
        featureCount = count
    }

    /// The summed weights of `features`, one lane per tag. The quantised
    /// weights are summed as integers, 32 tags in one vector and the rest
    /// in another, and scaled once at the end.
    @inline(__always)
    func score(_ features: [UInt64]) -> TagScores {
        var low = SIMD32<Int32>()
        var high = SIMD8<Int32>()
        slots.withUnsafeBytes { table in
            for f in features {
                let key = f == 0 ? 1 : f
                var slot = Int(truncatingIfNeeded: key) & mask
                while true {
                    let base = slot * Self.slotBytes
                    let k = table.load(fromByteOffset: base, as: UInt64.self)
                    if k == key {
                        low &+= SIMD32<Int32>(truncatingIfNeeded: table.loadUnaligned(fromByteOffset: base + 8, as: SIMD32<Int16>.self))
                        high &+= SIMD8<Int32>(truncatingIfNeeded: table.loadUnaligned(fromByteOffset: base + 72, as: SIMD8<Int16>.self))
                        break
                    }
                    if k == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
        }
        return TagScores(low: SIMD32<Float>(low) * scale, high: SIMD8<Float>(high) * scale)
    }

    static func serialize(_ table: [UInt64: [Float]], tags: NERTagSet, openers: Set<UInt64>, pruneBelow: Float) -> [UInt8] {
        let kept = table.filter { $0.value.contains { abs($0) >= pruneBelow } }.sorted { $0.key < $1.key }
        let maxAbs = kept.reduce(Float(0)) { m, e in max(m, e.value.map(abs).max() ?? 0) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var out = magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(tags.types.count))
        for t in tags.types {
            put(UInt8(t.utf8.count))
            out.append(contentsOf: t.utf8)
        }
        put(UInt32(openers.count))
        for o in openers.sorted() { put(o) }
        put(UInt32(kept.count))
        put(scale.bitPattern)
        for (key, w) in kept {
            put(key)
            for c in 0..<tags.count { put(Int16(max(-32767, min(32767, (w[c] / scale).rounded())))) }
        }
        return out
    }
}
