import Testing
@testable import Extraction

/// The per-article table the recogniser keys by word hashes.
@Suite struct HashMapTests {
    @Test func valuesSurviveGrowthAndOverwrites() {
        var map = HashMap<Int>()
        let keys = (0..<5_000).map { FeatureHash.of("w\($0)") }
        for (k, key) in keys.enumerated() { map[key] = k }
        for (k, key) in keys.enumerated() where k % 2 == 0 { map[key] = -k }
        #expect(map.count == 5_000)
        #expect(keys.enumerated().allSatisfy { k, key in map[key] == (k % 2 == 0 ? -k : k) })
        #expect(!(5_000..<10_000).contains { map.contains(FeatureHash.of("w\($0)")) })
    }

    @Test func keysThatShareASlotAreKeptApart() {
        // Equal low bits: one home slot, found by probing on.
        var map = HashMap<String>()
        map[0x10] = "a"
        map[0x1_0000_0010] = "b"
        map[0x2_0000_0010] = "c"
        #expect(map[0x10] == "a" && map[0x1_0000_0010] == "b" && map[0x2_0000_0010] == "c")
        #expect(map[0x3_0000_0010] == nil)
        // A hash of 0 is kept (as 1, the empty mark's neighbour).
        map[0] = "zero"
        #expect(map[0] == "zero")
    }

    @Test func aSetOfHashes() {
        var set = HashMap<Void>()
        set.insert(42)
        set.insert(42)
        #expect(set.contains(42) && !set.contains(43) && set.count == 1)
    }
}
