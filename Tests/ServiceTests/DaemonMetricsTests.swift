import Foundation
import TestSupport
import Testing

/// The metrics file the daemon writes for node_exporter's textfile
/// collector, and `byline stats` reading it.
@Suite(.serialized) struct DaemonMetricsTests {
    /// `name{labels} value` lines of a Prometheus text file.
    private func samples(_ path: String) -> [String: Double] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var out: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            out[String(line[..<space])] = value
        }
        return out
    }

    private func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? UInt64
    }

    /// RssAnon of a process, in KiB.
    private func anonymousKiB(_ pid: Int32) -> Int? {
        procStatusField("/proc/\(pid)/status", "RssAnon").flatMap { Int($0.split(separator: " ").first ?? "") }
    }

    /// `[extraction] release_model_after_s`: with nothing arriving the
    /// model's memory goes back to the system, and the next article loads
    /// it again and is read the same.
    @Test func theModelIsLetGoWhenIdleAndComesBack() throws {
        let h = DaemonHarness(config: "[extraction]\nrelease_model_after_s = 1\n[store]\nurl = \"\"\n")
        try h.start()
        #expect(h.waitReady())
        let pid = try #require(h.process?.processIdentifier)
        let prom = h.dir.sub("byline.prom")
        #expect(samples(prom)["byline_model_loaded"] == 1)
        let loaded = try #require(anonymousKiB(pid))
        #expect(wait(seconds: 30) { self.samples(prom)["byline_model_loaded"] == 0 }, "\(samples(prom))")
        // The weight table alone is 9 MB (8 MB of slots, 0.9 MB of rows).
        let released = try #require(anonymousKiB(pid))
        #expect(loaded - released > 8_000, "RssAnon \(loaded) KiB loaded, \(released) KiB released")

        h.drop("a.txt", "Iran said on Monday that talks with the European Union would resume in Vienna.")
        #expect(wait(seconds: 30) { h.records(ofType: "article").count == 1 })
        let entities = (h.records(ofType: "article").first?["entities"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(entities.contains("Iran") && entities.contains("European Union") && entities.contains("Vienna"), "\(entities)")
        // Loaded again for it, and let go again after it.
        #expect(wait(seconds: 30) {
            let s = self.samples(prom)
            return s["byline_model_reloads"] == 1 && s["byline_model_loaded"] == 0
        }, "\(samples(prom))")
        #expect(h.stop() == 0)
        #expect(h.stderrText.components(separatedBy: "extraction model released").count - 1 == 2, "\(h.stderrText)")
    }

    /// Context switches of each thread of a process, by thread id.
    private func switchesByThread(_ pid: Int32) -> [String: Int] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var out: [String: Int] = [:]
        for tid in tasks {
            let path = "/proc/\(pid)/task/\(tid)/status"
            guard let voluntary = procStatusField(path, "voluntary_ctxt_switches").flatMap({ Int($0) }),
                  let involuntary = procStatusField(path, "nonvoluntary_ctxt_switches").flatMap({ Int($0) }) else { continue }
            out[tid] = voluntary + involuntary
        }
        return out
    }

    /// Idle means asleep: once a daemon (store on) has read an article and
    /// let its model go, none of its threads wakes while nothing arrives.
    /// Dispatch's workqueue monitor, started by the first thread of its
    /// global pool, would wake it every second for good (QueueTaskExecutor).
    @Test func anIdleDaemonSleeps() throws {
        let h = DaemonHarness(config: "[extraction]\nrelease_model_after_s = 1\n")
        try h.addWatchOption("rescan_interval_s = 600")
        try h.start()
        #expect(h.waitReady())
        let pid = try #require(h.process?.processIdentifier)
        let prom = h.dir.sub("byline.prom")
        h.drop("a.txt", try String(contentsOfFile: CLI.seeds[0], encoding: .utf8))
        #expect(wait(seconds: 30) { h.records(ofType: "article").count == 1 })
        #expect(wait(seconds: 30) {
            let s = self.samples(prom)
            return s["byline_model_loaded"] == 0 && s["byline_store_lag_records"] == 0
        }, "\(samples(prom))")
        Thread.sleep(forTimeInterval: 1.5)
        let before = switchesByThread(pid)
        Thread.sleep(forTimeInterval: 4)
        let after = switchesByThread(pid)
        // Threads that ended in between (Dispatch's idle workers time out)
        // are left out; new ones count from zero.
        let woke = after.reduce(0) { $0 + $1.value - (before[$1.key] ?? 0) }
        #expect(woke <= 1, "\(woke) wake-ups in 4 s: \(before) -> \(after)")
        #expect(h.stop() == 0)
    }

    @Test func theFileCountsWhatTheJournalHolds() throws {
        let h = DaemonHarness()
        try h.start()
        #expect(h.waitReady())
        let prom = h.dir.sub("byline.prom")  // the default: beside the journal folder
        // Written at READY, before any file.
        #expect(samples(prom)["byline_journal_records_total{type=\"start\"}"] == 1)
        for seed in CLI.seeds {
            h.drop((seed as NSString).lastPathComponent, try String(contentsOfFile: seed, encoding: .utf8))
        }
        h.drop("copy.txt", try String(contentsOfFile: CLI.seeds[0], encoding: .utf8))
        h.drop("empty.txt", "")  // rejected: empty
        let articles = CLI.seeds.count
        #expect(wait(seconds: 60) {
            let s = self.samples(prom)
            return s["byline_files_total{outcome=\"article\"}"] == Double(articles)
                && s["byline_files_total{outcome=\"duplicate\"}"] == 1 && s["byline_files_total{outcome=\"rejected\"}"] == 1
        }, "\(samples(prom))")
        #expect(wait(seconds: 60) { self.samples(prom)["byline_store_lag_records"] == 0 })
        let s = samples(prom)
        #expect(s["byline_journal_records_total{type=\"article\"}"] == Double(articles))
        #expect(s["byline_queue_depth"] == 0)
        #expect(s["byline_store_up"] == 1)
        #expect(s["byline_journal_last_seq"] == Double(articles + 3))
        #expect(s["byline_processing_seconds_count"] == Double(articles + 2))
        #expect(s["byline_file_latency_seconds_count"] == Double(articles + 2))
        let seedBytes = try CLI.seeds.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) }
        #expect((s["byline_read_bytes_total"] ?? 0) > Double(seedBytes))
        let segments = try FileManager.default.contentsOfDirectory(atPath: h.journal).filter { $0.hasSuffix(".jsonl") }
        let journalBytes = try segments.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: h.journal + "/" + $1)[.size] as? Int ?? 0) }
        #expect(s["byline_journal_bytes"] == Double(journalBytes))

        // Idle means idle: once the last writes after the burst are done,
        // the file is not rewritten (each write replaces it, so its inode
        // would change). A timer writing more often than every second
        // would never let it settle.
        var last = inode(prom), since = Date()
        #expect(wait(seconds: 60) {
            let now = inode(prom)
            if now != last { last = now; since = Date() }
            return Date().timeIntervalSince(since) >= 1
        })
        Thread.sleep(forTimeInterval: 2)
        #expect(inode(prom) == last)

        let stats = try CLI.run(["stats", "--config", h.configPath])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("outcome=article \(articles)"), "\(stats.stdout)")
        #expect(stats.stdout.contains("byline_file_latency_seconds"))
        #expect(stats.stdout.contains("p99 <="))
        #expect(h.stop() == 0)
        // Written at stop too: the stop record is counted.
        #expect(samples(prom)["byline_journal_records_total{type=\"stop\"}"] == 1)
        let raw = try CLI.run(["stats", "--file", prom, "--raw"])
        #expect(raw.stdout.contains("# TYPE byline_files_total counter"))
    }

    /// The store's lag while it is down, and back to 0 once it catches up.
    @Test func theStoreLagShowsWhileTheStoreIsDown() throws {
        let h = DaemonHarness()
        let blocked = h.dir.sub("store")
        _ = FileManager.default.createFile(atPath: blocked, contents: Data("not a folder".utf8))
        let prom = h.dir.sub("metrics/byline.prom")
        try FileManager.default.createDirectory(atPath: h.dir.sub("metrics"), withIntermediateDirectories: false)
        h.writeConfig("[store]\nurl = \"sqlite:\(blocked)/byline.sqlite\"\n[metrics]\ntextfile = \"\(prom)\"\n")
        try h.start()
        #expect(h.waitReady())
        h.drop("a.txt", "Iran said on Monday that talks would resume.")
        h.drop("b.txt", "Officials in Tehran said on Tuesday that nothing had changed.")
        #expect(wait(seconds: 60) {
            let s = self.samples(prom)
            return s["byline_store_up"] == 0 && (s["byline_store_lag_records"] ?? 0) >= 3
        }, "\(samples(prom))")
        try FileManager.default.removeItem(atPath: blocked)
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: false)
        #expect(wait(seconds: 40) {
            let s = self.samples(prom)
            return s["byline_store_up"] == 1 && s["byline_store_lag_records"] == 0
        }, "\(samples(prom))")
        #expect(h.stop() == 0)
    }

    /// A metrics file that cannot be written costs nothing but a log line;
    /// `""` turns it off.
    @Test func anUnwritableOrEmptyPathDoesNotStopIntake() throws {
        let h = DaemonHarness()
        h.writeConfig("[metrics]\ntextfile = \"\(h.dir.sub("no/such/folder/byline.prom"))\"\n")
        try h.start()
        #expect(h.waitReady())
        h.drop("a.txt", "Iran said on Monday that talks would resume.")
        #expect(wait(seconds: 60) { h.fileRecords().count == 1 })
        #expect(h.stop() == 0)
        #expect(h.stderrText.contains("cannot write the metrics"))
        #expect(h.stderrText.components(separatedBy: "cannot write the metrics").count == 2)

        let off = DaemonHarness("metricsOff")
        off.writeConfig("[metrics]\ntextfile = \"\"\n")
        try off.start()
        #expect(off.waitReady())
        off.drop("a.txt", "Iran said on Monday that talks would resume.")
        #expect(wait(seconds: 60) { off.fileRecords().count == 1 })
        #expect(off.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: off.dir.sub("byline.prom")))
        let stats = try CLI.run(["stats", "--config", off.configPath])
        #expect(stats.status == 1)
        #expect(stats.stderr.contains("turned off"))
    }
}
