/// The model's table as it lies in memory, written out so that a process
/// copies it rather than building it (`byline model-image`,
/// `scripts/generate-model-image`; the binary links the shipped model's
/// image). Built from the model file, the table took 5.5 ms of a small
/// `byline extract`'s 20: 265,000 features decoded and placed one by one
/// (`byline bench load`). Copied, it takes 1.7 ms, most of it the
/// kernel's: faulting the linked bytes in and zeroing the huge pages the
/// copy lands in.
///
/// Layout (little-endian): `BYLNIM01`; the model file's header fields
/// (`ModelReader.Header`: types, openers, feature count, scale); UInt32
/// the log2 of the slot count; UInt32 the dense rows; zeros to a multiple
/// of 8 bytes; then the table's words, slots and rows, as `NERModel`
/// reads them.
///
/// The image is trusted as the word index's is: only the one linked in
/// is read, and `theLinkedModelImageIsTheOneTheModelBuilds` pins it to
/// what the shipped model file builds. Its sizes are checked, not every
/// slot.
extension NERModel {
    static let imageMagic = Array("BYLNIM01".utf8)

    /// This model's image.
    public var image: [UInt8] {
        var out = ModelWriter(magic: Self.imageMagic)
        out.header(tags: tags, openers: openers, featureCount: featureCount, scale: scale)
        let capacity = mask + 1
        out.put(UInt32(capacity.trailingZeroBitCount))
        out.put(UInt32((slots.count - capacity * Self.wordsPerSlot) / Self.denseRowWords))
        while out.bytes.count % 8 != 0 { out.put(UInt8(0)) }
        out.reserve(8 * slots.count)
        for i in 0..<slots.count { out.put(slots.words[i]) }
        return out.bytes
    }

    /// The model an image holds.
    public init(image bytes: UnsafeRawBufferPointer) throws(FormatError) {
        // The words are copied as they lie: little-endian.
        guard 1.littleEndian == 1, bytes.count >= 12, Array(bytes[0..<8]) == Self.imageMagic else { throw .badMagic }
        var reader = ModelReader(bytes: bytes, offset: 8)
        let header = try reader.header()
        let bits = try reader.u32(), rows = try reader.u32()
        // At least 16 slots, so that the first row starts on a 128-byte boundary.
        guard bits >= 4, bits <= 40, rows <= 1 << 24 else { throw .badSize }
        let words = (1 << bits) * Self.wordsPerSlot + rows * Self.denseRowWords
        let start = (reader.offset + 7) & ~7
        guard bytes.count == start + 8 * words else { throw .truncated }
        guard let table = WeightTable(words: words, fill: { table in
            UnsafeMutableRawBufferPointer(table).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        }) else { throw .noMemory }
        slots = table
        tags = header.tags
        openers = header.openers
        openerIndex = header.openerIndex
        scale = header.scale
        featureCount = header.featureCount
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
    }
}
