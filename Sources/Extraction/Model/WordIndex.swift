/// The word tables (`WordTables`) as one open-addressing index laid out in
/// bytes: the layout the binary links ready to read
/// (`byline-words.index`, written by `byline word-index` from the tables'
/// text) and the one built from text in memory. Read where it lies, the
/// linked index costs no start-up: parsing the tables' 84,000 lines into
/// a table of their own was 3.5 to 4 ms of the 21 ms a small `byline
/// extract` took, and the daemon held a private copy of 2 MB for each load
/// of the model.
/// The linked pages are the executable's, clean and shared.
///
/// Layout (little-endian): `BYLWRD02`; UInt32 slot count (a power of
/// two); UInt32 rows read from the facts table, from the clusters table
/// and from the Brown table; 8 zero bytes; then 16 bytes a slot: UInt64
/// key (the word's `FeatureHash.of`, 1 for a hash of 0; 0 for an empty
/// slot), UInt8 frequency band, UInt8 flags (1 first name, 2 surname),
/// UInt16 coarse and UInt16 fine cluster (`0xFFFF` for none), UInt16
/// Brown path (`WordClusters.brown`, 0 for none). (`BYLWRD01` had no
/// Brown table and 2 zero bytes in its place.) A
/// key's home slot is its low bits (the hashes are mixed already), and a
/// lookup probes on slot by slot to the key or an empty slot; at most two
/// thirds of the slots are taken (`Builder`, which wrote the linked one:
/// `theLinkedWordIndexIsTheOneItsTablesBuild`), so every probe ends, and
/// one past the home is usually in the same cache line.
///
/// `@unchecked Sendable`: `slots` points at bytes nobody writes once the
/// index exists (the executable's read-only data, or a `Storage` filled
/// by `Builder` before it handed it over), kept alive by `owner` or by the
/// process.
struct WordIndex: @unchecked Sendable {
    static let magic = Array("BYLWRD02".utf8)
    static let headerSize = 32
    static let slotSize = 16

    private let slots: UnsafeRawPointer
    private let mask: Int
    /// Rows each table had when the index was built, for tests and tools.
    let factCount: Int
    let clusterCount: Int
    let brownCount: Int
    /// The bytes of an index built in memory; nil for the linked one.
    private let owner: Storage?

    /// Memory a built index owns, freed with the last index that holds it.
    final class Storage {
        let base: UnsafeMutableRawPointer

        init(zeroed count: Int) {
            base = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 16)
            base.initializeMemory(as: UInt8.self, repeating: 0, count: count)
        }

        deinit { base.deallocate() }
    }

    /// The index in `image`, which must outlive it unless `owner` holds
    /// it; nil when `image` is not one (wrong magic, a slot count that is
    /// no power of two, too few bytes, misaligned).
    init?(image: UnsafeRawBufferPointer, owner: Storage? = nil) {
        guard image.count >= Self.headerSize, Array(image[0..<8]) == Self.magic, let base = image.baseAddress,
              Int(bitPattern: base) % 8 == 0 else { return nil }
        func u32(_ offset: Int) -> Int { Int(UInt32(littleEndian: image.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
        let count = u32(8)
        guard count > 0, count & (count - 1) == 0, image.count >= Self.headerSize + Self.slotSize * count else { return nil }
        self.init(slots: base + Self.headerSize, count: count, factCount: u32(12), clusterCount: u32(16),
                  brownCount: u32(20), owner: owner)
    }

    private init(slots: UnsafeRawPointer, count: Int, factCount: Int, clusterCount: Int, brownCount: Int, owner: Storage?) {
        self.slots = slots
        mask = count - 1
        self.factCount = factCount
        self.clusterCount = clusterCount
        self.brownCount = brownCount
        self.owner = owner
    }

    /// The slot holding `key`'s row, or the empty one where it would go.
    @inline(__always)
    private static func slot(of key: UInt64, in slots: UnsafeRawPointer, mask: Int) -> (Int, found: Bool) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = UInt64(littleEndian: slots.load(fromByteOffset: slotSize * slot, as: UInt64.self))
            if k == key { return (slot, true) }
            if k == 0 { return (slot, false) }
            slot = (slot + 1) & mask
        }
    }

    subscript(hash hash: UInt64) -> WordTables.Entry {
        let (slot, found) = Self.slot(of: HashMap<Void>.stored(hash), in: slots, mask: mask)
        guard found else { return .unknown }
        let v = UInt64(littleEndian: slots.load(fromByteOffset: Self.slotSize * slot + 8, as: UInt64.self))
        return WordTables.Entry(
            facts: WordFacts(band: UInt8(truncatingIfNeeded: v), firstName: v & 0x100 != 0, surname: v & 0x200 != 0),
            clusters: WordClusters(coarse: UInt16(truncatingIfNeeded: v >> 16), fine: UInt16(truncatingIfNeeded: v >> 32),
                                   brown: UInt16(truncatingIfNeeded: v >> 48)))
    }

    /// The index's bytes, header included: what `byline word-index` writes.
    var image: [UInt8] {
        Array(UnsafeRawBufferPointer(start: slots - Self.headerSize, count: Self.headerSize + Self.slotSize * (mask + 1)))
    }

    /// Builds an index in memory, row by row. A word put twice keeps each
    /// part (facts, clusters, Brown path) from the last row that knew it,
    /// as the tables read one after the other always have.
    struct Builder {
        private let storage: Storage
        private let mask: Int
        private var factRows = 0, clusterRows = 0, brownRows = 0

        /// Room for `rows` rows, at most two thirds of the slots.
        init(rows: Int) {
            let count = HashMap<Void>.slots(for: rows)
            storage = Storage(zeroed: WordIndex.headerSize + WordIndex.slotSize * count)
            mask = count - 1
            for (k, b) in WordIndex.magic.enumerated() { storage.base.storeBytes(of: b, toByteOffset: k, as: UInt8.self) }
            storage.base.storeBytes(of: UInt32(count).littleEndian, toByteOffset: 8, as: UInt32.self)
        }

        /// Unknown facts (band 0, no flags) leave those a row before gave.
        mutating func put(_ hash: UInt64, facts: WordFacts) {
            factRows += 1
            let offset = claim(hash)
            guard facts != .unknown else { return }
            let flags = (facts.firstName ? 1 : 0) | (facts.surname ? 2 : 0)
            store(UInt16(facts.band) | UInt16(flags) << 8, at: offset + 8)
        }

        /// Unknown clusters leave those a row before gave.
        mutating func put(_ hash: UInt64, clusters: WordClusters) {
            clusterRows += 1
            let offset = claim(hash)
            guard clusters.isKnown else { return }
            store(clusters.coarse, at: offset + 10)
            store(clusters.fine, at: offset + 12)
        }

        /// A Brown path (`WordClusters.brown`); 0 leaves the one a row
        /// before gave.
        mutating func put(_ hash: UInt64, brown: UInt16) {
            brownRows += 1
            let offset = claim(hash)
            guard brown != 0 else { return }
            store(brown, at: offset + 14)
        }

        /// The byte offset of `hash`'s slot, taken for it with no facts
        /// and no clusters if it was empty (its Brown path's bytes are
        /// zero already).
        private func claim(_ hash: UInt64) -> Int {
            let key = HashMap<Void>.stored(hash)
            let (slot, found) = WordIndex.slot(of: key, in: storage.base + WordIndex.headerSize, mask: mask)
            let offset = WordIndex.headerSize + WordIndex.slotSize * slot
            if !found {
                storage.base.storeBytes(of: key.littleEndian, toByteOffset: offset, as: UInt64.self)
                store(.max, at: offset + 10)
                store(.max, at: offset + 12)
            }
            return offset
        }

        private func store(_ value: UInt16, at offset: Int) {
            storage.base.storeBytes(of: value.littleEndian, toByteOffset: offset, as: UInt16.self)
        }

        consuming func finished() -> WordIndex {
            storage.base.storeBytes(of: UInt32(factRows).littleEndian, toByteOffset: 12, as: UInt32.self)
            storage.base.storeBytes(of: UInt32(clusterRows).littleEndian, toByteOffset: 16, as: UInt32.self)
            storage.base.storeBytes(of: UInt32(brownRows).littleEndian, toByteOffset: 20, as: UInt32.self)
            return WordIndex(slots: storage.base + WordIndex.headerSize, count: mask + 1, factCount: factRows,
                             clusterCount: clusterRows, brownCount: brownRows, owner: storage)
        }
    }
}
