import Foundation
import TestSupport
import Glibc
import Logging
import Testing
@testable import Systemd

/// A minor defect of #10: the journald these tests started outlived the
/// test run. It now lives exactly as long as the suite: started before
/// its first test, stopped (and waited for) after its last.
struct JournaldProcess: SuiteTrait, TestScoping {
    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let started = try JournaldTests.startJournald()
        defer {
            if let started {
                started.terminate()
                started.waitUntilExit()
            }
        }
        try await function()
    }
}

/// Against a real systemd-journald (started here as a plain process when
/// none is running, and stopped when the suite ends), read back with
/// journalctl.
@Suite(.serialized, JournaldProcess()) struct JournaldTests {
    /// Starts journald unless one runs, and returns the process it started.
    static func startJournald() throws -> Process? {
        if journaldRunning() { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/lib/systemd/systemd-journald")
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Ready once it accepts entries: probe until one comes back.
        let probe = "byline-journald-probe-\(getpid())"
        _ = wait(seconds: 20) {
            Journald().send([JournaldField("MESSAGE", probe)!])
            return !journalctl(["MESSAGE=\(probe)"]).isEmpty
        }
        return p
    }

    static func journaldRunning() -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        p.arguments = ["-x", "systemd-journal"]
        p.standardOutput = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    static func journalctl(_ matches: [String]) -> [[String: Any]] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
        p.arguments = ["--no-pager", "-o", "json", "--all"] + matches
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try? p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// journalctl's JSON gives a repeated field as an array.
    static func values(_ entry: [String: Any], _ key: String) -> [String] {
        if let s = entry[key] as? String { return [s] }
        return entry[key] as? [String] ?? []
    }

    @Test func articlesAreFoundByEntityAndSourceFields() throws {
        let h = DaemonHarness()
        var text = try String(contentsOfFile: h.configPath, encoding: .utf8)
        text = text.replacingOccurrences(of: "enabled = false", with: "enabled = true")
        _ = FileManager.default.createFile(atPath: h.configPath, contents: Data(text.utf8))
        try h.start()
        #expect(h.waitReady())
        let name = "jd-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
        h.drop(name, "Sergei Shoigu arrived in Tehran on Monday. \"We will deepen ties with Iran,\" Shoigu said, Reuters reported.")
        h.drop("bad-\(name)", "")
        #expect(wait(seconds: 60) { h.fileRecords().count == 2 })
        #expect(h.stop() == 0)
        var found: [[String: Any]] = []
        _ = wait(seconds: 10) {
            found = Self.journalctl(["BYLINE_ENTITY=Iran", "BYLINE_DOC=\(name)"])
            return !found.isEmpty
        }
        let entry = try #require(found.first)
        #expect(Self.values(entry, "BYLINE_TYPE") == ["article"])
        #expect(Self.values(entry, "MESSAGE_ID") == ["6b1e0c4f9a5d4d8e8f2b7a3c1d0e9f01"])
        #expect(Self.values(entry, "BYLINE_ENTITY").contains("Tehran"))
        #expect(Self.values(entry, "BYLINE_PERSON").contains("Sergei Shoigu"))
        #expect(Self.values(entry, "BYLINE_GPE").contains("Iran"))
        #expect(!Self.values(entry, "BYLINE_SOURCE").isEmpty)
        let bySource = Self.journalctl(["BYLINE_SOURCE=Shoigu", "BYLINE_DOC=\(name)"])
        #expect(bySource.count == 1)
        let rejected = Self.journalctl(["BYLINE_DOC=bad-\(name)"])
        #expect(rejected.first.map { Self.values($0, "BYLINE_REASON") } == ["empty"])
        #expect(rejected.first.map { Self.values($0, "PRIORITY") } == ["4"])
    }

    @Test func logHandlerWritesPriorityAndFields() throws {
        let marker = "byline-log-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var handler = JournaldLogHandler(label: "test")
        handler[metadataKey: "file"] = "story.txt"
        handler.log(event: LogEvent(level: .warning, message: "\(marker)", metadata: nil, source: "t", file: #fileID, function: #function, line: #line))
        var found: [[String: Any]] = []
        _ = wait(seconds: 10) {
            found = Self.journalctl(["MESSAGE=\(marker)"])
            return !found.isEmpty
        }
        let entry = try #require(found.first)
        #expect(Self.values(entry, "PRIORITY") == ["4"])
        #expect(Self.values(entry, "BYLINE_FILE") == ["story.txt"])
        #expect(Self.values(entry, "SYSLOG_IDENTIFIER") == ["byline"])
    }
}
