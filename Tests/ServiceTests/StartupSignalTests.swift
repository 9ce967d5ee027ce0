import Foundation
import TestSupport
import Glibc
import Journal
import Testing

/// A minor defect of #10: SIGHUP during start-up was dropped, so a
/// configuration changed while the daemon started was never read.
@Suite(.serialized) struct StartupSignalTests {
    struct Doc: Encodable { let path: String; let name: String }
    struct Rejection: Encodable { let doc: Doc; let reason = "empty"; let detail = "an empty file" }

    /// True once the process has its own handler for `signo` (`SigCgt` in
    /// /proc/PID/status), so the signal can no longer kill it.
    func catches(_ pid: Int32, _ signo: Int32) -> Bool {
        guard let value = procStatusField("/proc/\(pid)/status", "SigCgt"), let mask = UInt64(value, radix: 16) else { return false }
        return mask & (1 << UInt64(signo - 1)) != 0
    }

    @Test func aHangupDuringStartUpIsAReloadOnceReady() throws {
        let h = DaemonHarness()
        // A long journal, so start-up (rebuilding what is journaled) takes a while.
        let writer = try JournalWriter(directory: h.journal)
        for batch in 0..<20 {
            _ = try writer.append((0..<5_000).map { i in
                try JournalEntry(type: "rejected", body: Rejection(doc: Doc(path: "/old/\(batch)-\(i)", name: "\(batch)-\(i)")))
            })
        }
        writer.close()
        try h.start()
        let pid = try #require(h.process?.processIdentifier)
        #expect(wait(seconds: 30) { catches(pid, SIGHUP) })
        h.writeConfig("", settle: "leave")
        kill(pid, SIGHUP)
        try #require(!h.notify.contains("READY=1"), "start-up ended before the signal: the test proves nothing")
        // Long under a sanitizer (scripts/hunt/sanitize): the point is the order, not the time.
        #expect(h.waitReady(seconds: 600))
        #expect(wait(seconds: 30) { !h.records(ofType: "reload").isEmpty })
        let reload = try #require(h.records(ofType: "reload").first)
        #expect(reload["applied"] as? Bool == true)
        // The reloaded settle action ("leave") is in force.
        h.drop("story.txt", "Sergei Shoigu visited Tehran on Monday.")
        #expect(wait(seconds: 60) { h.fileRecords().count == 100_001 })
        #expect(h.stop() == 0)
        #expect(FileManager.default.fileExists(atPath: h.inbox + "/story.txt"))
    }
}
