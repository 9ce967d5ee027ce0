import Foundation
import Testing
@testable import Extraction

/// The word tables' index (`WordIndex`): the linked one is the one its
/// tables' text builds, and an index is checked before it is read.
@Suite struct WordIndexTests {
    static func table(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: SeedGoldTests.root.appendingPathComponent("Sources/CModelData/include").appendingPathComponent(name)))
    }

    /// Fails while `byline-words.index` was not written again after a
    /// table changed (`scripts/generate-word-index`), or not linked again.
    @Test func theLinkedWordIndexIsTheOneItsTablesBuild() throws {
        let built = WordTables.indexImage(facts: try Self.table("byline-words.tsv"), clusters: try Self.table("byline-clusters.tsv"),
                                          brown: try Self.table("byline-brown.tsv"))
        #expect(built.factRows > 50_000 && built.clusterRows > 10_000 && built.brownRows > 80_000)
        // Compared apart: a failed `#expect` would print both megabytes.
        let same = Array(WordTables.linkedImage) == built.image
        #expect(same, "the linked word index is not the one its tables build: run scripts/generate-word-index")
        #expect(WordTables.builtin.factCount == built.factRows && WordTables.builtin.clusterCount == built.clusterRows
                && WordTables.builtin.brownCount == built.brownRows)
    }

    /// Every word put is found, through the probes past the slots others
    /// took first; words never put, and a hash of 0, read as unknown.
    @Test func everyRowIsFoundAndNoOther() {
        let words = (0..<3_000).map { "word\($0)" }
        var builder = WordIndex.Builder(rows: words.count)
        for (k, w) in words.enumerated() {
            builder.put(FeatureHash.of(w), facts: WordFacts(band: UInt8(k % 30 + 1), firstName: k % 3 == 0, surname: k % 5 == 0))
            if k % 2 == 0 { builder.put(FeatureHash.of(w), clusters: WordClusters(coarse: UInt16(k % 128), fine: UInt16(k))) }
            if k % 3 == 0 { builder.put(FeatureHash.of(w), brown: UInt16(k + 1)) }
        }
        let index = builder.finished()
        for (k, w) in words.enumerated() {
            let e = index[hash: FeatureHash.of(w)]
            #expect(e.facts == WordFacts(band: UInt8(k % 30 + 1), firstName: k % 3 == 0, surname: k % 5 == 0))
            let clusters = k % 2 == 0 ? WordClusters(coarse: UInt16(k % 128), fine: UInt16(k)) : .unknown
            #expect(e.clusters == WordClusters(coarse: clusters.coarse, fine: clusters.fine, brown: k % 3 == 0 ? UInt16(k + 1) : 0))
        }
        #expect(index[hash: FeatureHash.of("word3000")].facts == .unknown)
        #expect(index[hash: 0].facts == .unknown)
        #expect(index.factCount == 3_000 && index.clusterCount == 1_500 && index.brownCount == 1_000)
    }

    /// A key of 0 marks an empty slot, so a word whose hash is 0 is kept
    /// under 1, and found again.
    @Test func aHashOfZeroIsKept() {
        var builder = WordIndex.Builder(rows: 1)
        builder.put(0, facts: WordFacts(band: 4, firstName: false, surname: true))
        let index = builder.finished()
        #expect(index[hash: 0].facts == WordFacts(band: 4, firstName: false, surname: true))
    }

    /// Bytes that are no index are refused, not read: the wrong magic, a
    /// slot count that is no power of two, fewer bytes than the slots it
    /// says. A built index's bytes read back as the same index.
    @Test func anImageIsCheckedBeforeItIsRead() {
        var builder = WordIndex.Builder(rows: 10)
        builder.put(FeatureHash.of("monday"), clusters: WordClusters(coarse: 7, fine: 70))
        let image = builder.finished().image
        #expect(image.count == WordIndex.headerSize + 16 * WordIndex.slotSize)
        func read(_ bytes: [UInt8]) -> WordIndex? {
            // The index reads the bytes where they lie: copied where they stay.
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
            copy.copyBytes(from: bytes)
            defer { copy.deallocate() }
            return WordIndex(image: UnsafeRawBufferPointer(rebasing: copy[0..<bytes.count])).map { index in
                #expect(index[hash: FeatureHash.of("monday")].clusters == WordClusters(coarse: 7, fine: 70))
                return index
            }
        }
        #expect(read(image) != nil)
        var magic = image
        magic[7] = UInt8(ascii: "1")
        #expect(read(magic) == nil, "an index of the layout before Brown paths")
        var three = image
        three[8] = 3
        #expect(read(three) == nil)
        #expect(read(Array(image.dropLast())) == nil)
        #expect(read(Array(image.prefix(20))) == nil)
        #expect(read([]) == nil)
    }
}
