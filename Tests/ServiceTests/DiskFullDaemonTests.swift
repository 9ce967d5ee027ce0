import Foundation
import Glibc
import TestSupport
import Testing

/// Defect 10 of #10: on ENOSPC the daemon exited, and under systemd
/// `Restart=on-failure` made that a restart loop. Now intake pauses, the
/// status says why, nothing is half-written or moved, and work resumes by
/// itself when space returns. The journal is on a real, small tmpfs.
@Suite(.serialized) struct DiskFullDaemonTests {
    @Test func intakePausesWhileTheJournalDiskIsFullAndResumesAfter() throws {
        // Each record of this seed is about 32 KB: forty fill 1.3 MB.
        let disk = try SmallFileSystem(kilobytes: 4096)
        let h = DaemonHarness()
        let journal = disk.path + "/journal"
        // The store off the small disk: its write-ahead log grows to 4 MB
        // before a checkpoint, and would keep the room this test frees
        // from the journal. This test is about the journal's disk.
        h.writeConfig("[store]\nurl = \"sqlite:\(h.dir.sub("byline.sqlite"))\"\n")
        var text = try String(contentsOfFile: h.configPath, encoding: .utf8)
        text = text.replacingOccurrences(of: "directory = \"\(h.journal)\"", with: "directory = \"\(journal)\"")
        try text.write(toFile: h.configPath, atomically: true, encoding: .utf8)
        try h.start()
        #expect(h.waitReady())
        try disk.fill("filler", leaving: 100)
        let seed = try String(contentsOf: DaemonHarness.root.appendingPathComponent("seeds/003_e6b149579a82d2d2.txt"), encoding: .utf8)
        let count = 40
        for i in 0..<count { h.drop("a\(i).txt", "\(i) " + seed) }
        #expect(wait(seconds: 30) { h.notify.contains("intake paused") })
        #expect(h.process?.isRunning == true)
        // While full: what is journaled verifies, and only journaled files
        // were moved.
        #expect(try runByline(["verify", journal]) == 0)
        let journaledWhileFull = Set(records(journal).compactMap(docName))
        let moved = Set(try FileManager.default.contentsOfDirectory(atPath: h.inbox + "/processed"))
        #expect(moved.isSubset(of: journaledWhileFull))
        #expect(journaledWhileFull.count < count)
        // Room again: everything arrives, each file once.
        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        #expect(wait(seconds: 90) { records(journal).compactMap(docName).count >= count })
        #expect(h.stop() == 0)
        let names = records(journal).compactMap(docName)
        #expect(names.count == count && Set(names).count == count)
        #expect(try runByline(["verify", journal]) == 0)
        #expect(h.stderrText.contains("intake paused"))
        #expect(h.stderrText.contains("intake resumed"))
    }

    func records(_ journal: String) -> [[String: Any]] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: journal)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        var out: [[String: Any]] = []
        for name in names {
            let text = String(decoding: FileManager.default.contents(atPath: journal + "/" + name) ?? Data(), as: UTF8.self)
            for line in text.split(separator: "\n") {
                if let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   ["article", "duplicate", "rejected"].contains(o["type"] as? String ?? "") { out.append(o) }
            }
        }
        return out
    }
}
