/// Writes what `ModelReader` reads, little-endian: the model file
/// (`NERModel.serialize`) and the model image (`NERModel.image`) start
/// with the same header after their magic.
struct ModelWriter {
    private(set) var bytes: [UInt8]

    init(magic: [UInt8]) { bytes = magic }

    mutating func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func reserve(_ more: Int) { bytes.reserveCapacity(bytes.count + more) }

    /// The fields `ModelReader.header` reads.
    mutating func header(tags: NERTagSet, openers: Set<UInt64>, featureCount: Int, scale: Float) {
        put(UInt32(tags.types.count))
        for t in tags.types {
            put(UInt8(t.utf8.count))
            bytes.append(contentsOf: t.utf8)
        }
        put(UInt32(openers.count))
        for o in openers.sorted() { put(o) }
        put(UInt32(featureCount))
        put(scale.bitPattern)
    }
}
