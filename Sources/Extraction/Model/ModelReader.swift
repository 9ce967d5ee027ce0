/// Reads the fields that a model file (`BYLNER03`) and a model image
/// (`BYLNIM01`) both start with, after their magic: the tag set, the
/// openers, the feature count and the weights' scale. Little-endian, every
/// read bounds-checked.
struct ModelReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int

    struct Header {
        let tags: NERTagSet
        let openers: Set<UInt64>
        let openerIndex: HashIndex<Bool>
        let featureCount: Int
        let scale: Float
    }

    /// UInt32 type count, then per type a UInt8 length and its UTF-8 name;
    /// UInt32 opener count, then the openers' UInt64 hashes; UInt32 feature
    /// count; Float32 scale.
    mutating func header() throws(NERModel.FormatError) -> Header {
        let typeCount = try u32()
        guard typeCount <= NERTagSet.maxTypes else { throw .tooManyTypes }
        var types: [String] = []
        for _ in 0..<typeCount {
            let length = try u8()
            guard offset + length <= bytes.count else { throw .truncated }
            types.append(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self))
            offset += length
        }
        var openers = Set<UInt64>()
        for _ in 0..<(try u32()) { openers.insert(try u64()) }
        let featureCount = try u32()
        let scale = Float(bitPattern: UInt32(truncatingIfNeeded: try u32()))
        // The tagger divides by it: a file that says 0, infinity or NaN is no model.
        guard scale.isFinite, scale > 0 else { throw .badScale }
        return Header(tags: NERTagSet(types: types), openers: openers, openerIndex: HashIndex(openers.map { ($0, true) }, absent: false),
                      featureCount: featureCount, scale: scale)
    }

    mutating func u8() throws(NERModel.FormatError) -> Int {
        guard offset < bytes.count else { throw .truncated }
        defer { offset += 1 }
        return Int(bytes[offset])
    }

    mutating func u32() throws(NERModel.FormatError) -> Int {
        guard offset + 4 <= bytes.count else { throw .truncated }
        defer { offset += 4 }
        return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    mutating func u64() throws(NERModel.FormatError) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw .truncated }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}
