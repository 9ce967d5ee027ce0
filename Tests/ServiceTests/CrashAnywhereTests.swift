import Foundation
import TestSupport
import Glibc
import Testing

/// The hunting suite of #10: `kill -9` at random instants while a backlog
/// is processed and files keep arriving, then a restart; over many rounds
/// the journal must verify, every file have exactly one outcome and none be
/// left unsettled. CI runs a few rounds; `scripts/hunt/crash-anywhere`
/// runs fifty (`BYLINE_CRASH_ROUNDS`), and `BYLINE_CRASH_SEED` replays a
/// failing sequence.
@Suite(.serialized) struct CrashAnywhereTests {
    /// SplitMix64: a small generator whose sequence a seed fixes.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func killNineAtRandomInstantsLosesAndDoublesNothing() throws {
        let environment = ProcessInfo.processInfo.environment
        let rounds = Int(environment["BYLINE_CRASH_ROUNDS"] ?? "") ?? 4
        let seed = UInt64(environment["BYLINE_CRASH_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        print("crash-anywhere: \(rounds) rounds, BYLINE_CRASH_SEED=\(seed)")
        var random = Generator(state: seed)
        let h = DaemonHarness(config: "[pipeline]\nmax_in_flight = 32\n")
        let seedText = try String(contentsOf: DaemonHarness.root.appendingPathComponent("seeds/003_e6b149579a82d2d2.txt"), encoding: .utf8)
        let count = rounds * 60
        try h.start()
        // Files arrive the whole time, renamed in or written in place; every
        // 25th repeats an earlier one (a duplicate), every 30th is empty (a
        // rejection).
        let (inbox, staging) = (h.inbox, h.dir.path)
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let dropper = Thread {
            for i in 0..<count {
                let body = i % 25 == 24 ? "0 " + seedText : (i % 30 == 29 ? "" : "\(i) " + seedText)
                if i % 3 == 0 {
                    writeInPlace(inbox + "/a\(i).txt", body)
                } else {
                    DaemonHarness.drop("a\(i).txt", body, inbox: inbox, staging: staging)
                }
                usleep(3_000)
            }
        }
        dropper.start()
        for _ in 1...rounds {
            // Any instant: during start-up and recovery, mid-batch, mid-settle.
            usleep(UInt32.random(in: 20_000...900_000, using: &random))
            h.kill9()
            try h.start()
        }
        #expect(h.waitReady())
        #expect(wait(seconds: 600) { h.fileRecords().count >= count })
        usleep(500_000)
        #expect(h.stop() == 0)
        let names = h.fileRecords().compactMap(docName)
        #expect(names.count == count, "one outcome per file, got \(names.count) (BYLINE_CRASH_SEED=\(seed))")
        #expect(Set(names) == Set((0..<count).map { "a\($0).txt" }))
        let left = try FileManager.default.contentsOfDirectory(atPath: inbox).filter { $0.hasSuffix(".txt") }
        #expect(left.isEmpty, "unsettled: \(left.prefix(5)) (BYLINE_CRASH_SEED=\(seed))")
        let settled = try FileManager.default.contentsOfDirectory(atPath: inbox + "/processed").count
            + ((try? FileManager.default.contentsOfDirectory(atPath: inbox + "/failed").count) ?? 0)
        #expect(settled == count)
        #expect(try runByline(["verify", h.journal]) == 0)
    }
}
