import Foundation
import TestSupport
import Glibc
import Testing

/// The daemon as systemd runs it: readiness, status, signals, reload.
@Suite(.serialized) struct DaemonLifecycleTests {
    @Test func readyAfterStartupScanThenProcessesAndStopsCleanly() throws {
        let h = DaemonHarness()
        // Dropped while the daemon was down: found by the start-up scan.
        try FileManager.default.createDirectory(atPath: h.inbox, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: h.inbox + "/early.txt", contents: Data("Iran and Russia met in Tehran, Reuters said.".utf8))
        try h.start()
        #expect(h.waitReady())
        let ready = try #require(h.notify.all.first { $0.contains("READY=1") })
        #expect(ready.contains("STATUS=watching \(h.inbox)"))
        h.drop("story.txt", "Sergei Shoigu visited Tehran on Monday, the Wall Street Journal reported.")
        h.drop("copy.txt", "Iran and Russia met in Tehran, Reuters said.")
        _ = FileManager.default.createFile(atPath: h.inbox + "/empty.txt", contents: Data())
        #expect(wait(seconds: 60) { h.fileRecords().count == 4 })
        #expect(wait(seconds: 60) { h.notify.contains("4 journaled") })
        #expect(h.stop() == 0)
        #expect(h.notify.contains("STOPPING=1"))
        let types = h.records().compactMap { $0["type"] as? String }
        #expect(types.first == "start" && types.last == "stop")
        #expect(types.filter { $0 == "article" }.count == 2)
        #expect(types.filter { $0 == "duplicate" }.count == 1)
        #expect(types.filter { $0 == "rejected" }.count == 1)
        let processed = try FileManager.default.contentsOfDirectory(atPath: h.inbox + "/processed").sorted()
        #expect(processed == ["copy.txt", "early.txt", "story.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.inbox + "/failed") == ["empty.txt"])
        let verify = try runByline(["verify", h.journal])
        #expect(verify == 0)
        // #11: a clean stop checkpoints the seen index; the next start
        // loads it and reads only the records after it.
        #expect(h.stderrText.contains("seen index rebuilt from 0 records: no checkpoint"))
        try h.start()
        #expect(h.waitReady())
        h.drop("again.txt", "Iran and Russia met in Tehran, Reuters said.")
        #expect(wait(seconds: 60) { h.records(ofType: "duplicate").count == 2 })
        #expect(h.stop() == 0)
        #expect(h.stderrText.contains("seen index loaded at seq \(types.count), 0 records read after it"))
    }

    /// A log nobody reads any more (`byline run 2>&1 | head`, journald's
    /// stream gone) does not stop the journaling: the writes fail, the
    /// daemon goes on and stops cleanly (SIGPIPE killed it before READY).
    @Test func aLogWithNoReaderDoesNotStopTheDaemon() throws {
        let h = DaemonHarness()
        try h.start(logReader: false)
        #expect(h.waitReady())
        h.drop("a.txt", "Iran said on Monday that talks with the European Union would resume in Vienna.")
        #expect(wait(seconds: 30) { h.records(ofType: "article").count == 1 })
        h.signal(SIGHUP)  // a reload logs, on the control queue
        #expect(wait(seconds: 30) { h.notify.contains("RELOADING=1") })
        h.drop("b.txt", "Peskov told reporters in Moscow that the talks had ended.")
        #expect(wait(seconds: 30) { h.records(ofType: "article").count == 2 })
        #expect(h.stop() == 0)
    }

    @Test func reloadAppliesValidConfigAndKeepsOldOnError() throws {
        let h = DaemonHarness()
        try h.start()
        #expect(h.waitReady())
        // Valid: switch to leaving files in place.
        h.writeConfig("", settle: "leave")
        h.signal(SIGHUP)
        #expect(wait(seconds: 60) { h.records(ofType: "reload").count == 1 })
        #expect(wait(seconds: 60) { h.notify.all.filter { $0.contains("READY=1") }.count == 2 })
        let reloading = try #require(h.notify.all.first { $0.contains("RELOADING=1") })
        #expect(reloading.contains("MONOTONIC_USEC="))
        h.drop("kept.txt", "Kyiv said the talks with Moscow failed.")
        #expect(wait(seconds: 60) { h.records(ofType: "article").count == 1 })
        usleep(300_000)
        #expect(FileManager.default.fileExists(atPath: h.inbox + "/kept.txt"))
        // Invalid: an unknown key. The old configuration stays.
        h.writeConfig("[pipeline]\nconcurency = 2\n")
        h.signal(SIGHUP)
        #expect(wait(seconds: 60) { h.records(ofType: "reload").count == 2 })
        let refused = try #require(h.records(ofType: "reload").last)
        #expect(refused["applied"] as? Bool == false)
        #expect((refused["detail"] as? String)?.contains("pipeline.concurency") == true)
        #expect(wait(seconds: 60) { h.notify.contains("reload refused") })
        h.drop("still.txt", "Kyiv said again that the talks failed.")
        #expect(wait(seconds: 60) { h.records(ofType: "article").count == 2 })
        usleep(300_000)
        #expect(FileManager.default.fileExists(atPath: h.inbox + "/still.txt"), "settle action leave still in force")
        #expect(h.stop() == 0)
    }

    @Test func badConfigRefusesToStartNamingKeyAndLine() throws {
        let h = DaemonHarness(config: "[pipeline]\nconcurrency = \"many\"\n")
        try h.start()
        // It exits by itself; a SIGTERM sent before its handlers are set
        // up would end it first.
        #expect(wait(seconds: 60) { h.process?.isRunning == false })
        let status = h.stop()
        #expect(status == 78)
        #expect(h.stderrText.contains("pipeline.concurrency"))
        #expect(h.stderrText.contains("byline.toml:"))
        #expect(!h.notify.contains("READY=1"))
    }

    @Test func watchdogPingsComeFromAHealthyPipeline() throws {
        let h = DaemonHarness()
        try h.start(environment: ["WATCHDOG_USEC": "200000"])
        // sd_watchdog_enabled checks WATCHDOG_PID when set; without it any pid is accepted.
        #expect(h.waitReady())
        #expect(wait(seconds: 60) { h.notify.all.filter { $0 == "WATCHDOG=1" }.count >= 3 })
        #expect(h.stop() == 0)
    }

    @Test func pollingModeStillFindsFiles() throws {
        let h = DaemonHarness()
        try h.addWatchOption("mode = \"poll\"")
        try h.start()
        #expect(h.waitReady())
        h.drop("polled.txt", "Berlin and Paris agreed, officials said.")
        #expect(wait(seconds: 60) { h.records(ofType: "article").count == 1 })
        #expect(h.stop() == 0)
    }
}

func runByline(_ args: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
    p.arguments = args
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
}

/// Files waiting in the inbox at start-up are taken once their settle time
/// is up, with no event and no rescan to wake the watcher (the settle tick
/// must survive the timers being set up after the start-up scan).
@Suite(.serialized) struct StartupBacklogTests {
    @Test func aBacklogFoundAtStartIsTakenWithoutAnotherEvent() throws {
        let h = DaemonHarness()
        try h.addWatchOption("rescan_interval_s = 3600")
        try FileManager.default.createDirectory(atPath: h.inbox, withIntermediateDirectories: true)
        for i in 0..<3 {
            _ = FileManager.default.createFile(atPath: h.inbox + "/early\(i).txt", contents: Data("Report \(i): Paris said the summit would go ahead.".utf8))
        }
        try h.start()
        #expect(h.waitReady())
        #expect(wait(seconds: 60) { h.fileRecords().count == 3 })
        #expect(h.stop() == 0)
    }
}
