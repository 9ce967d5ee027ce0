import Foundation
import TestSupport
import Testing

/// The daemon projecting its journal into the store as files arrive, and
/// never waiting for it.
@Suite(.serialized) struct DaemonStoreTests {
    private func storedCount(_ h: DaemonHarness, _ url: String) -> Int? {
        guard let result = try? CLI.run(["query", h.journal, "--count", "--store", url]), result.status == 0 else { return nil }
        return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func articlesReachTheStoreWhileTheDaemonRuns() throws {
        let h = DaemonHarness()
        try h.start()
        #expect(h.waitReady())
        for seed in CLI.seeds {
            h.drop((seed as NSString).lastPathComponent, try String(contentsOfFile: seed, encoding: .utf8))
        }
        // The default store: byline.sqlite beside the journal folder.
        let url = "sqlite:" + h.dir.sub("byline.sqlite")
        #expect(wait(seconds: 60) { self.storedCount(h, url) == CLI.seeds.count })
        let byEntity = try CLI.run(["query", h.journal, "--entity", "Iran", "--count", "--store", url])
        let scanned = try CLI.run(["query", h.journal, "--entity", "Iran", "--count"])
        #expect(byEntity.stdout == scanned.stdout)
        #expect(wait(seconds: 60) { h.notify.contains("store caught up") })
        #expect(h.stop() == 0)
        // The stop record went in too: the cursor is at the journal's end.
        let status = try CLI.run(["store", "status", h.journal, "--url", url])
        #expect(status.stdout.contains(#""lag":0"#), "\(status.stdout)")
    }

    /// A store that cannot be opened (its folder is a file) holds nothing
    /// up: files are journaled and settled, the status line shows the lag,
    /// and once the store can be opened it catches up by itself.
    @Test func aStoreThatIsDownCatchesUpWithoutHoldingUpIntake() throws {
        let h = DaemonHarness()
        let blocked = h.dir.sub("store")
        _ = FileManager.default.createFile(atPath: blocked, contents: Data("not a folder".utf8))
        let url = "sqlite:\(blocked)/byline.sqlite"
        h.writeConfig("[store]\nurl = \"\(url)\"\n")
        try h.start()
        #expect(h.waitReady())
        for seed in CLI.seeds {
            h.drop((seed as NSString).lastPathComponent, try String(contentsOfFile: seed, encoding: .utf8))
        }
        #expect(wait(seconds: 60) { h.fileRecords().count == CLI.seeds.count })
        #expect(wait(seconds: 60) {
            ((try? FileManager.default.contentsOfDirectory(atPath: h.inbox + "/processed")) ?? []).count == CLI.seeds.count
        })
        #expect(wait(seconds: 60) { h.notify.contains("behind") })
        try FileManager.default.removeItem(atPath: blocked)
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: false)
        // Retries back off from 1 s; a few of them fit in this wait.
        #expect(wait(seconds: 40) { self.storedCount(h, url) == CLI.seeds.count })
        #expect(h.stop() == 0)
        #expect(h.stderrText.contains("files are still journaled"))
        #expect(h.stderrText.contains("is back"))
    }

    @Test func anEmptyURLTurnsTheStoreOff() throws {
        let h = DaemonHarness()
        h.writeConfig("[store]\nurl = \"\"\n")
        try h.start()
        #expect(h.waitReady())
        h.drop("a.txt", "Iran said on Monday that talks would resume.")
        #expect(wait(seconds: 60) { h.fileRecords().count == 1 })
        #expect(h.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: h.dir.sub("byline.sqlite")))
        #expect(h.stderrText.contains("no store configured"))
    }
}
