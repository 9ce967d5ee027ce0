import CModelData

/// The learned recogniser's weights, with its tag set and the words that
/// may open an entity. A feature has a weight for only a few of the 55
/// tags (one or two for most once small ones are pruned), so weights are
/// kept sparse: an open-addressing table of 16-byte slots, each a 32-bit
/// fingerprint of the feature's hash and up to three (tag, weight)
/// entries. Scoring a token costs one cache line per feature and adds a
/// few integers; the model is a fraction of a dense one's size.
///
/// File format (little-endian): `BYLNER03` (BIOL tags; `BYLNER02` was
/// BIO, the same layout); UInt32 type count, then per
/// type a UInt8 length and its UTF-8 name; UInt32 opener count, then the
/// openers' UInt64 hashes, sorted; UInt32 feature count, Float32 scale;
/// then per feature, sorted by hash (so the file is reproducible), its
/// UInt64 hash, a UInt8 entry count, and per entry a UInt8 tag and an
/// Int16 weight (weight = Int16 * scale).
public struct NERModel: Sendable {
    /// Slots of two words, from a 2 MiB boundary (`WeightTable`): the
    /// fingerprint (low half of the first word; 0 = empty), then three
    /// entries of 32 bits: the tag in the high half, the Int16 weight in
    /// the low; `empty` fills unused ones, and `more` as the third says
    /// the feature goes on in the next slot. A feature's slots are one run
    /// (a feature of 4 or 5 entries takes two), read in turn
    /// from memory the hardware fetches ahead. Each slot at a
    /// hashed place of its own was a cache miss of its own: 3.4 of them
    /// per lookup on `eng.testa`, and extraction in process 34% slower.
    ///
    /// Slots of 32 bytes with seven entries took twice the memory for the
    /// same features: 78% of the shipped model's have one or two. A
    /// process that reads the model once spent most of its start-up having
    /// the kernel zero those 16 MB (11% of a `byline extract` of
    /// `eng.testa`).
    ///
    /// A feature's first slot is found by the hash's high bits and
    /// confirmed by its low 32: two features are mistaken for each other
    /// with odds of about one in two billion per lookup. The file lists
    /// the features by hash, so the table fills from its start to its end.
    ///
    /// A feature with a weight for `denseFrom` tags or more (a common
    /// word's, a common shape's) is kept dense instead: one slot whose
    /// first entry is `denseMark` and whose second word is where its row
    /// starts, after the slots: `denseLanes` Int16 weights in tag order,
    /// 128 bytes from a 128-byte boundary, added eight at a time
    /// (`addDense`). Most lookups on `eng.testa` are of such features:
    /// read as runs of sparse slots, seven scalar additions a slot, they
    /// made extraction in process 19% slower. A row is a second read after
    /// its slot, but rows lie together after the slots (0.9 MB against 8):
    /// kept beside their slots instead, six lanes to a slot, extraction in
    /// process was 3.5% slower (README).
    let slots: WeightTable
    let scale: Float
    let mask: Int
    /// A feature's home slot is its hash's high bits, `hash >> shift`.
    let shift: UInt64
    let tags: NERTagSet
    /// Lower-case words and marks (hashes, `FeatureHash.of`) that open an
    /// entity somewhere in the training data (`two`, `last`, `$`): every
    /// other one, outside an entity, is O without scoring.
    let openers: Set<UInt64>
    /// The same, as the tagger asks them for every lower-case word: one
    /// short probe, no SipHash.
    let openerIndex: HashIndex<Bool>
    public let featureCount: Int

    static let magic = Array("BYLNER03".utf8)
    /// An unused entry: weight 0 for the last lane, which no tag uses
    /// (`NERTagSet.maxTypes`), so scoring adds every entry without asking
    /// whether it is used (a branch per entry that the data made
    /// unpredictable).
    static let empty = UInt32(TagScores.lanes - 1) << 16
    static let more: UInt32 = 0xFFFE_0000
    static let perSlot = 3
    /// A slot's 64-bit words (16 bytes, written whole as a `SIMD4<UInt32>`):
    /// every index into the table is a slot's number times this.
    static let wordsPerSlot = 2
    static let denseMark: UInt32 = 0xFFFD_0000
    /// Entries from which a feature is dense (7,000 rows of the shipped
    /// model's 265,000 features, 0.9 MB). From 6 or 14 instead, the same
    /// within the machine's noise on `eng.testa`, one process or in process.
    static let denseFrom = 9
    /// A dense row's Int16 lanes: the 56 of `TagScores`, padded to two
    /// cache lines.
    static let denseLanes = 64
    static let denseRowWords = denseLanes / 4

    /// The entity types, in tag order.
    public var types: [String] { tags.types }

    public enum FormatError: Error { case badMagic, truncated, tooManyTypes, badTag, badScale, noMemory, noRoom, badSize }

    /// Word 0's low half in a feature's second and later slots, and in a
    /// free slot passed over to place a run: never a fingerprint (those are
    /// odd), so a lookup never stops or matches there.
    static let continuation: UInt64 = 2
    static let passed = UInt64(empty) << 32 | continuation

    /// Slots a feature of `n` entries takes: three entries in one, else two
    /// and `more` in each but the last; a dense feature's one slot.
    static func slots(_ n: Int) -> Int {
        n >= denseFrom || n <= perSlot ? 1 : (n - 2) / (perSlot - 1) + 1
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 { key & 0xFFFF_FFFF | 1 }

    /// A feature's first slot: its hash's high bits.
    @inline(__always)
    func home(_ key: UInt64) -> Int { Self.home(key, shift: shift) }

    @inline(__always)
    static func home(_ key: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: key >> shift) }

    public init(bytes: UnsafeRawBufferPointer) throws(FormatError) {
        guard bytes.count >= 12, Array(bytes[0..<8]) == Self.magic else { throw .badMagic }
        var reader = ModelReader(bytes: bytes, offset: 8)
        let header = try reader.header()
        tags = header.tags
        openers = header.openers
        openerIndex = header.openerIndex
        scale = header.scale
        let count = header.featureCount
        var offset = reader.offset
        // A first pass checks the features' lengths and counts the slots
        // they need; the fill checks their tags as it writes them.
        let features = offset
        var slotsNeeded = 0, denseRows = 0
        for _ in 0..<count {
            guard offset + 9 <= bytes.count else { throw .truncated }
            let n = Int(bytes[offset + 8])
            offset += 9 + 3 * n
            guard offset <= bytes.count else { throw .truncated }
            slotsNeeded += Self.slots(n)
            if n >= Self.denseFrom { denseRows += 1 }
        }
        // At most two thirds full: a probe's next slot shares its cache
        // line or the next, and the shipped model's 265,000 features fit
        // 8 MB of slots where at most half full took twice that (the whole
        // `byline extract` of eng.testa 0.35 -> 0.31 s, 70 -> 54 MB with
        // the larger slots of before; words per second in process the same
        // within the machine's noise).
        var bits = 4
        while 1 << bits < slotsNeeded * 3 / 2 { bits += 1 }
        let capacity = 1 << bits
        let mask = capacity - 1
        let shift = UInt64(64 - bits)
        var failure: FormatError?
        let tagCount = tags.count
        // The dense rows follow the slots: at least 16 slots of 16 bytes,
        // so the first row starts on a 128-byte boundary.
        let rowsStart = capacity * Self.wordsPerSlot
        var nextRow = rowsStart
        let filled = WeightTable(words: rowsStart + denseRows * Self.denseRowWords) { table in
            // Features come sorted by hash, and a feature's home is its
            // hash's high bits: each goes to its home or just past the
            // one before, and the table is written from its start to its
            // end. (Homes from the low bits made every write a cache miss
            // at a random place in 16 MB.)
            // Room for every run is all but certain at a third free; a file
            // that defeats it is refused rather than searched forever.
            var searched = 0
            // While the homes come in order and no run has wrapped past the
            // table's end, every slot from the last home up to `frontier`
            // is taken and every one after it is free: a run goes at its
            // home or at `frontier`, found without reading the table.
            // (Reading each home slot first, memory not yet touched, made a
            // small `byline extract` take 26.8 ms, not 23.4.)
            // A file out of order, or a run that would wrap, falls back to
            // searching the table from then on; the layout is the same.
            var frontier = 0, lastHome = 0, ordered = true
            /// Writes the feature at `start` into the first run of free
            /// slots from its home slot on; free slots passed over become
            /// `passed`, so that a lookup still probes on to the feature.
            func place(_ start: Int) {
                var offset = start
                let key = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                var left = Int(bytes[offset + 8])
                offset += 9
                let run = Self.slots(left)
                let home = Self.home(key, shift: shift)
                var first = home
                if ordered, home >= lastHome, max(home, frontier) + run <= capacity {
                    // Every slot from the home to `first` is taken.
                    first = max(home, frontier)
                    lastHome = home
                    frontier = first + run
                } else {
                    ordered = false
                    while true {
                        var free = 0
                        while free < run, table[Self.wordsPerSlot * ((first + free) & mask)] == 0 { free += 1 }
                        if free == run { break }
                        first = (first + free + 1) & mask
                        searched += free + 1
                        if searched > 4 * capacity {
                            failure = .noRoom
                            return
                        }
                    }
                    // Free slots passed over on the way: a lookup probes on past them.
                    var passed = home
                    while passed != first {
                        if table[Self.wordsPerSlot * passed] == 0 { table[Self.wordsPerSlot * passed] = Self.passed }
                        passed = (passed + 1) & mask
                    }
                }
                var seen: UInt64 = 0
                let out = UnsafeMutableRawBufferPointer(table)
                if left >= Self.denseFrom {
                    let row = nextRow
                    nextRow += Self.denseRowWords
                    table[Self.wordsPerSlot * first] = Self.fingerprint(key) | UInt64(Self.denseMark) << 32
                    table[Self.wordsPerSlot * first + 1] = UInt64(row)
                    for _ in 0..<left {
                        guard let e = Self.entry(bytes, at: &offset, seen: &seen, tags: tagCount) else {
                            failure = .badTag
                            return
                        }
                        // Lane k: word k / 4 of the row, bits 16 * (k % 4).
                        let k = Int(e >> 16)
                        table[row + k / 4] |= UInt64(UInt16(truncatingIfNeeded: e)) << (16 * UInt64(k % 4))
                    }
                    return
                }
                for r in 0..<run {
                    // A slot is four 32-bit words: the fingerprint (or
                    // `continuation`), then three entries, or two and
                    // `more` when the feature goes on. Its slots were free,
                    // so all zero: it is written whole, empty entries and
                    // all, then its entries over them (put into a vector
                    // at a varying lane, each was a chain of shuffles).
                    let place = 8 * Self.wordsPerSlot * ((first + r) & mask)
                    var words = SIMD4<UInt32>(repeating: Self.empty)
                    words[0] = UInt32(truncatingIfNeeded: r == 0 ? Self.fingerprint(key) : Self.continuation)
                    let fits = left <= Self.perSlot
                    let here = fits ? left : Self.perSlot - 1
                    if !fits { words[Self.perSlot] = Self.more }
                    out.storeBytes(of: words, toByteOffset: place, as: SIMD4<UInt32>.self)
                    for e in 0..<here {
                        guard let value = Self.entry(bytes, at: &offset, seen: &seen, tags: tagCount) else {
                            failure = .badTag
                            return
                        }
                        out.storeBytes(of: value, toByteOffset: place + 4 + 4 * e, as: UInt32.self)
                    }
                    left -= here
                }
            }
            var start = features
            for _ in 0..<count where failure == nil {
                place(start)
                start += 9 + 3 * Int(bytes[start + 8])
            }
        }
        guard let filled else { throw .noMemory }
        if let failure { throw failure }
        slots = filled
        self.mask = mask
        self.shift = shift
        featureCount = count
    }

    /// The entry at `offset` as a slot holds it (tag in the high half,
    /// weight in the low), `offset` moved past it; nil when its tag is not
    /// one of the `tags` types or is in `seen` already: scoring adds at
    /// the tag's lane, and a dense feature has one lane per tag.
    @inline(__always)
    private static func entry(_ bytes: UnsafeRawBufferPointer, at offset: inout Int, seen: inout UInt64, tags: Int) -> UInt32? {
        let tag = Int(bytes[offset])
        guard tag < tags, seen & (1 << UInt64(tag)) == 0 else { return nil }
        seen |= 1 << UInt64(tag)
        defer { offset += 3 }
        return UInt32(tag) << 16 | UInt32(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 1, as: UInt16.self)))
    }

    /// Adds the weights of `features` into `scores` (one Int32 per tag, in
    /// units of `scale`: the best tag is the same without scaling).
    ///
    /// A dense feature's row is asked for when its slot is read and added
    /// after the sparse features, so that its miss overlaps the others':
    /// added as each was found, the row's load stalled the loop (the
    /// hottest instruction of extraction). Integer sums, so the order
    /// changes no score; `eng.testa` in process, ten alternations, medians
    /// 431k -> 443k and 420k -> 442k words per second.
    @inline(__always)
    func score<Features: Collection<UInt64>>(_ features: Features, into scores: UnsafeMutableBufferPointer<Int32>) {
        // Every entry's tag, and a dense feature's every lane, is below it.
        precondition(scores.count >= TagScores.lanes, "scores for \(TagScores.lanes) lanes")
        let table = slots.words
        // Ask for every slot first: the misses overlap.
        for f in features {
            byline_prefetch(table + Self.wordsPerSlot * home(f))
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { rows in
            var dense = 0
            for f in features {
                var fingerprint = Self.fingerprint(f)
                var slot = home(f)
                while true {
                    let s = table + Self.wordsPerSlot * slot
                    let head = s[0]
                    if head & 0xFFFF_FFFF == fingerprint {
                        if UInt32(truncatingIfNeeded: head >> 32) == Self.denseMark {
                            // A row's two cache lines (`denseLanes` Int16s from a 128-byte boundary).
                            let row = Int(truncatingIfNeeded: s[1])
                            byline_prefetch(table + row)
                            byline_prefetch(table + row + 8)
                            rows[dense] = row
                            dense += 1
                            break
                        }
                        @inline(__always) func add(_ e: UInt32) {
                            scores[Int(e >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: e)))
                        }
                        let a = s[1]
                        add(UInt32(truncatingIfNeeded: head >> 32))
                        add(UInt32(truncatingIfNeeded: a))
                        let last = UInt32(truncatingIfNeeded: a >> 32)
                        guard last == Self.more else {
                            add(last)
                            break
                        }
                        // The feature goes on in the next slot: read it as this
                        // one, its word 0 (never a fingerprint) included.
                        slot = (slot + 1) & mask
                        fingerprint = table[Self.wordsPerSlot * slot] & 0xFFFF_FFFF
                        continue
                    }
                    if head == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
            for k in 0..<dense {
                Self.addDense(UnsafeRawPointer(table + rows[k]), into: scores)
            }
        }
    }

    /// Adds a dense feature's row of weights, at `row`, into `scores`
    /// (`TagScores.lanes` of them), eight lanes at a time.
    @inline(__always)
    static func addDense(_ row: UnsafeRawPointer, into scores: UnsafeMutableBufferPointer<Int32>) {
        let out = UnsafeMutableRawBufferPointer(scores)
        for lane in stride(from: 0, to: TagScores.lanes, by: 8) {
            let w = SIMD8<Int32>(truncatingIfNeeded: row.load(fromByteOffset: 2 * lane, as: SIMD8<Int16>.self))
            out.storeBytes(of: out.loadUnaligned(fromByteOffset: 4 * lane, as: SIMD8<Int32>.self) &+ w, toByteOffset: 4 * lane, as: SIMD8<Int32>.self)
        }
    }

    /// Quantises and writes `table` (feature -> one weight per tag);
    /// weights smaller than `pruneBelow` are dropped, and features left
    /// with none.
    static func serialize(_ table: [UInt64: [Float]], tags: NERTagSet, openers: Set<UInt64>, pruneBelow: Float) -> [UInt8] {
        let kept = table.compactMap { key, w -> (UInt64, [(Int, Float)])? in
            let entries = w.enumerated().filter { abs($0.element) >= pruneBelow && abs($0.element) > 0 }.map { ($0.offset, $0.element) }
            return entries.isEmpty ? nil : (key, entries)
        }.sorted { $0.0 < $1.0 }
        let maxAbs = kept.reduce(Float(0)) { m, e in max(m, e.1.map { abs($0.1) }.max() ?? 0) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var out = ModelWriter(magic: magic)
        out.header(tags: tags, openers: openers, featureCount: kept.count, scale: scale)
        for (key, entries) in kept {
            out.put(key)
            out.put(UInt8(entries.count))
            for (tag, w) in entries {
                out.put(UInt8(tag))
                out.put(Int16(max(-32767, min(32767, (w / scale).rounded()))))
            }
        }
        return out.bytes
    }
}
