import Foundation
import TestSupport
import Glibc
import Testing

/// Files arriving the hard ways: slowly, rewritten, all at once, with a
/// crash in the middle.
@Suite(.serialized) struct DaemonIngestTests {
    @Test func slowWriterIsNotReadHalfWritten() throws {
        let h = DaemonHarness()
        try h.start()
        #expect(h.waitReady())
        let path = h.inbox + "/slow.txt"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let first = "Moscow said on Monday that the first part "
        _ = first.withCString { write(fd, $0, strlen($0)) }
        // Pause far longer than the settle time: the file is open for
        // writing, so it must not be taken.
        usleep(1_200_000)
        #expect(h.fileRecords().isEmpty)
        let second = "and the second part arrived later."
        _ = second.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        #expect(wait(seconds: 60) { h.fileRecords().count == 1 })
        let doc = try #require(h.fileRecords().first?["doc"] as? [String: Any])
        #expect(doc["bytes"] as? Int == (first + second).utf8.count)
        #expect(h.stop() == 0)
    }

    @Test func fileRewrittenWhileSettlingIsReadInItsFinalForm() throws {
        let h = DaemonHarness()
        try h.addWatchOption("settle_ms = 800")
        try h.start()
        #expect(h.waitReady())
        let path = h.inbox + "/draft.txt"
        // Written in place (not renamed in): closed, then settling...
        writeInPlace(path, "First draft about Iran.")
        usleep(300_000)
        // ...and rewritten before the settle time is up.
        let final = "Final version: Iran and Russia signed the deal, Reuters said."
        writeInPlace(path, final)
        #expect(wait(seconds: 60) { h.fileRecords().count == 1 })
        usleep(500_000)
        #expect(h.fileRecords().count == 1)
        let doc = try #require(h.fileRecords().first?["doc"] as? [String: Any])
        #expect(doc["bytes"] as? Int == final.utf8.count)
        #expect(h.stop() == 0)
    }

    @Test func recursiveWatchFindsFilesInNewSubfolders() throws {
        let h = DaemonHarness()
        try h.addWatchOption("recursive = true")
        try FileManager.default.createDirectory(atPath: h.inbox + "/desk-a", withIntermediateDirectories: true)
        try h.start()
        #expect(h.waitReady())
        h.drop("desk-a/one.txt", "Paris said the summit would go ahead.")
        try FileManager.default.createDirectory(atPath: h.inbox + "/desk-b/late", withIntermediateDirectories: true)
        writeInPlace(h.inbox + "/desk-b/late/two.txt", "Berlin said it would attend the summit.")
        #expect(wait(seconds: 60) { h.records(ofType: "article").count == 2 })
        #expect(h.stop() == 0)
        #expect(FileManager.default.fileExists(atPath: h.inbox + "/processed/desk-b/late/two.txt"))
        // Settled files are never taken again from the processed folder.
        #expect(h.fileRecords().count == 2)
    }

    @Test func symlinkDroppedInIsRejectedNotFollowed() throws {
        let h = DaemonHarness()
        try h.start()
        #expect(h.waitReady())
        symlink("/etc/shadow", h.inbox + "/secret.txt")
        #expect(wait(seconds: 60) { h.records(ofType: "rejected").count == 1 })
        let r = try #require(h.records(ofType: "rejected").first)
        #expect(r["reason"] as? String == "symlink")
        #expect(h.stop() == 0)
        // Said in the log as well: journald is off here, so the Byline
        // journal would otherwise be the only place it is said.
        #expect(h.stderrText.contains("rejected secret.txt: symlink: "), "\(h.stderrText)")
    }

    @Test func tenThousandFilesAtOnceAllJournaled() throws {
        let h = DaemonHarness(config: "[pipeline]\nmax_in_flight = 256\n")
        try h.start()
        #expect(h.waitReady())
        // Written elsewhere, then renamed in as fast as possible.
        let staging = h.dir.sub("staging")
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        let count = 10_000
        for i in 0..<count {
            _ = FileManager.default.createFile(atPath: "\(staging)/f\(i).txt", contents: Data("Report \(i): Iran said Russia paid \(i) dollars.".utf8))
        }
        for i in 0..<count { rename("\(staging)/f\(i).txt", "\(h.inbox)/f\(i).txt") }
        #expect(wait(seconds: 600) { h.fileRecords().count >= count })
        #expect(h.stop() == 0)
        let names = Set(h.fileRecords().compactMap(docName))
        #expect(names.count == count)
        #expect(h.fileRecords().count == count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.inbox + "/processed").count == count)
        #expect(try runByline(["verify", h.journal]) == 0)
    }

    @Test func killNineMidIngestThenRestartGivesExactlyOneOutcomePerFile() throws {
        let h = DaemonHarness()
        try h.start()
        #expect(h.waitReady())
        let seed = try String(contentsOf: DaemonHarness.root.appendingPathComponent("seeds/003_e6b149579a82d2d2.txt"), encoding: .utf8)
        let count = 600
        // Every 50th file is a copy of another (a duplicate) and every 40th
        // is empty (rejected): all three outcomes cross the crash. Files keep
        // arriving while the daemon dies and while it is down.
        let (inbox, staging) = (h.inbox, h.dir.path)
        let dropper = Thread {
            for i in 0..<count {
                let body = i % 50 == 49 ? "0 " + seed : (i % 40 == 39 ? "" : "\(i) " + seed)
                DaemonHarness.drop("a\(i).txt", body, inbox: inbox, staging: staging)
                usleep(2_000)
            }
        }
        dropper.start()
        #expect(wait(seconds: 60) { h.fileRecords().count >= 60 })
        h.kill9()
        let before = h.fileRecords().count
        #expect(before < count, "the crash should land mid-ingest")
        try h.start()
        #expect(wait(seconds: 300) { h.fileRecords().count >= count })
        usleep(500_000)
        #expect(h.stop() == 0)
        let names = h.fileRecords().compactMap(docName)
        #expect(names.count == count, "one outcome per file, got \(names.count)")
        #expect(Set(names) == Set((0..<count).map { "a\($0).txt" }))
        let remaining = try FileManager.default.contentsOfDirectory(atPath: h.inbox).filter { $0.hasSuffix(".txt") }
        #expect(remaining.isEmpty, "unsettled: \(remaining.prefix(5))")
        let settled = try FileManager.default.contentsOfDirectory(atPath: h.inbox + "/processed").count
            + FileManager.default.contentsOfDirectory(atPath: h.inbox + "/failed").count
        #expect(settled == count)
        #expect(try runByline(["verify", h.journal]) == 0)
    }
}

/// open(O_TRUNC), write, close: a writer rewriting a file in place.
func writeInPlace(_ path: String, _ text: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    _ = text.withCString { write(fd, $0, strlen($0)) }
    close(fd)
}
