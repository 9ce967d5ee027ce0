import Testing
@testable import Extraction

/// The entity model's image (`NERModel.image`): the linked one is the one
/// the shipped model file builds, an image loads into the model it was
/// taken from, and a damaged one is refused.
@Suite struct ModelImageTests {
    /// Fails while `byline-ner.image` was not written again after the
    /// model file changed (`scripts/generate-model-image`), or not linked
    /// again.
    @Test func theLinkedModelImageIsTheOneTheModelBuilds() throws {
        let file = try WordIndexTests.table("byline-ner.bin")
        let built = try file.withUnsafeBytes { try NERModel(bytes: $0) }
        #expect(built.featureCount > 100_000)
        // Compared apart: a failed `#expect` would print both images.
        let same = Array(NERModel.linkedImage) == built.image
        #expect(same, "the linked model image is not the one byline-ner.bin builds: run scripts/generate-model-image")
        let linked = try #require(NERModel.builtin)
        #expect(linked.featureCount == built.featureCount && linked.types == built.types && linked.openers == built.openers)
    }

    /// A small model of sparse features (of one slot and of several) and
    /// dense ones, taken as an image and loaded again: every feature
    /// scores as in the model, and the loaded model's image is the same.
    @Test func anImageLoadsIntoTheModelItWasTakenFrom() throws {
        let tags = NERTagSet(types: (0..<18).map { "T\($0)" })
        var table: [UInt64: [Float]] = [:]
        for (i, n) in [1, 2, 3, 5, 8, 30, 55, 3, 1].enumerated() {
            table[UInt64(i + 1) &* 0x9E37_79B9_7F4A_7C15] = (0..<tags.count).map { $0 < n ? Float(($0 + i) % 9) - 4.5 : 0 }
        }
        let file = NERModel.serialize(table, tags: tags, openers: [7, 9], pruneBelow: 0.01)
        let model = try file.withUnsafeBytes { try NERModel(bytes: $0) }
        let image = model.image
        let loaded = try image.withUnsafeBytes { try NERModel(image: $0) }
        #expect(loaded.types == model.types && loaded.openers == model.openers && loaded.featureCount == model.featureCount)
        #expect(loaded.scale == model.scale && loaded.mask == model.mask)
        #expect(loaded.openerIndex[hash: 9] && !loaded.openerIndex[hash: 8])
        for key in Array(table.keys) + [12345] {
            var expected = [Int32](repeating: 0, count: TagScores.lanes), got = expected
            expected.withUnsafeMutableBufferPointer { model.score([key], into: $0) }
            got.withUnsafeMutableBufferPointer { loaded.score([key], into: $0) }
            #expect(got == expected, "feature \(key)")
            if table[key] != nil { #expect(got.contains { $0 != 0 }) }
        }
        #expect(loaded.image == image)
    }

    @Test func aDamagedImageIsRefused() throws {
        let file = NERModel.serialize([5: [0, 1, 2, 0]], tags: NERTagSet(types: ["A"]), openers: [], pruneBelow: 0.01)
        let image = try file.withUnsafeBytes { try NERModel(bytes: $0) }.image
        func load(_ bytes: [UInt8]) throws { _ = try bytes.withUnsafeBytes { try NERModel(image: $0) } }
        #expect(throws: NERModel.FormatError.badMagic) { try load(file) }
        #expect(throws: NERModel.FormatError.truncated) { try load(Array(image.dropLast())) }
        #expect(throws: NERModel.FormatError.truncated) { try load(image + [0]) }
        for cut in [9, 20, 40] {
            #expect(throws: NERModel.FormatError.self) { try load(Array(image.prefix(cut))) }
        }
        // The slot count's log2 follows the header: 8 + 4 + 2 ("A") + 4 + 4 + 4.
        var bits = image
        bits[26] = 80
        #expect(throws: NERModel.FormatError.badSize) { try load(bits) }
    }
}
