import Foundation
import TestSupport
import Glibc

/// Runs the real `byline run` binary in a private folder, as systemd would:
/// with a notification socket, sending it real signals.
final class DaemonHarness {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var binary: String {
        ProcessInfo.processInfo.environment["BYLINE_BIN"] ?? root.appendingPathComponent(".build/debug/byline").path
    }

    let dir: TestDirectory
    let inbox: String
    let journal: String
    let configPath: String
    let notify: NotifySocket
    private(set) var process: Process?
    /// The daemon's stderr, a file in the test's folder: a file never
    /// fills as a pipe does, so a daemon that logs a lot (a warning per
    /// rejected file of a large hostile corpus) never blocks on its log.
    let logPath: String
    /// The log of the last run, read at `stop()`.
    var stderrText = ""
    private var logReaderClosed = false

    init(_ label: String = #function, config extra: String = "", settle: String = "move") {
        dir = TestDirectory(label)
        inbox = dir.sub("inbox")
        journal = dir.sub("journal")
        configPath = dir.sub("byline.toml")
        logPath = dir.sub("daemon.log")
        notify = NotifySocket(in: dir.path)
        writeConfig(extra, settle: settle)
    }

    func writeConfig(_ extra: String, settle: String = "move") {
        var text = """
            [watch]
            directory = "\(inbox)"
            settle_ms = 100
            rescan_interval_s = 5
            [journal]
            directory = "\(journal)"
            [settle]
            action = "\(settle)"
            [journald]
            enabled = false

            """
        text += extra
        _ = FileManager.default.createFile(atPath: configPath, contents: Data(text.utf8))
    }

    /// Sets `key = value` in the [watch] section of the configuration file.
    func addWatchOption(_ line: String) throws {
        let key = line.split(separator: "=")[0].trimmingCharacters(in: .whitespaces)
        var lines = try String(contentsOfFile: configPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeAll { $0.hasPrefix(key + " =") }
        lines.insert(line, at: (lines.firstIndex(of: "[watch]") ?? 0) + 1)
        let text = lines.joined(separator: "\n")
        _ = FileManager.default.createFile(atPath: configPath, contents: Data(text.utf8))
    }

    /// Starts `byline run`. With `logReader: false` its stderr is a pipe
    /// whose reading end is closed at once: a log nobody reads
    /// (`stderrText` stays empty).
    func start(environment extra: [String: String] = [:], logReader: Bool = true) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = ["run", "--config", configPath]
        var env = ProcessInfo.processInfo.environment
        env["NOTIFY_SOCKET"] = notify.path
        for (k, v) in extra { env[k] = v }
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        logReaderClosed = !logReader
        if logReader {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
            let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
            p.standardError = log
            try p.run()
            try log.close()
        } else {
            let pipe = Pipe()
            p.standardError = pipe
            try p.run()
            try pipe.fileHandleForReading.close()
        }
        process = p
    }

    /// A test that fails before `stop()` must not leave its daemon running.
    deinit {
        if let p = process, p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
        }
    }

    /// Waits (bounded) for READY=1.
    func waitReady(seconds: Double = 30) -> Bool { wait(seconds: seconds) { self.notify.contains("READY=1") } }

    func signal(_ signo: Int32) {
        if let pid = process?.processIdentifier { kill(pid, signo) }
    }

    /// SIGTERM and the exit status.
    func stop() -> Int32 {
        guard let p = process else { return -1 }
        if p.isRunning { kill(p.processIdentifier, SIGTERM) }
        p.waitUntilExit()
        if !logReaderClosed { stderrText = String(decoding: FileManager.default.contents(atPath: logPath) ?? Data(), as: UTF8.self) }
        // A daemon that did not stop cleanly says why in the test's output
        // (a sanitizer's report, a crash), not only in a failed expectation.
        if p.terminationStatus != 0 { print("daemon exited \(p.terminationStatus); its log ends:\n\(stderrText.suffix(4000))") }
        return p.terminationStatus
    }

    func kill9() {
        guard let p = process else { return }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    /// Writes elsewhere, then renames in: how well-behaved writers deliver.
    func drop(_ name: String, _ text: String) {
        Self.drop(name, text, inbox: inbox, staging: dir.path)
    }

    static func drop(_ name: String, _ text: String, inbox: String, staging: String) {
        let tmp = staging + "/.staging-" + name.replacingOccurrences(of: "/", with: "_")
        _ = FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8))
        rename(tmp, inbox + "/" + name)
    }

    /// The journal's records as parsed JSON objects.
    func records() -> [[String: Any]] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: journal)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        var out: [[String: Any]] = []
        for name in names {
            let text = String(decoding: FileManager.default.contents(atPath: journal + "/" + name) ?? Data(), as: UTF8.self)
            for line in text.split(separator: "\n") {
                if let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] { out.append(o) }
            }
        }
        return out
    }

    func records(ofType type: String) -> [[String: Any]] { records().filter { $0["type"] as? String == type } }

    func fileRecords() -> [[String: Any]] {
        records().filter { ["article", "rejected", "duplicate"].contains($0["type"] as? String ?? "") }
    }
}


func docName(_ record: [String: Any]) -> String? { (record["doc"] as? [String: Any])?["name"] as? String }
func docSHA(_ record: [String: Any]) -> String? { (record["doc"] as? [String: Any])?["sha256"] as? String }
