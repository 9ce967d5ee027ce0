import ArgumentParser
import Dispatch
import Foundation
import Journal
import Posix

extension Bench {
    /// Arrival to record, measured from outside as a newsroom sees it: files
    /// renamed into a running daemon's inbox at a steady rate, each timed
    /// from its rename until its record is durable (the journal's `head`,
    /// rewritten after every `fdatasync`, covers it). Used by
    /// `scripts/bench/latency`.
    struct Latency: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "latency", abstract: "Rename files into a daemon's inbox at a rate; print rename-to-durable-record latency.")

        @Option(help: "The running daemon's inbox.") var inbox: String
        @Option(help: "The running daemon's journal folder.") var journal: String
        @Option(help: "Folder of article texts to send (each sent under a new name, in turn).") var seeds: String
        @Option(help: "Files per second.") var rate = 100
        @Option(help: "Files to send.") var count = 1000

        func run() throws {
            guard rate > 0, count > 0 else { throw ValidationError("--rate and --count must be positive") }
            let texts = try FileManager.default.contentsOfDirectory(atPath: seeds).sorted()
                .filter { $0.hasSuffix(".txt") }
                .map { try Data(contentsOf: URL(fileURLWithPath: FileSystem.join(seeds, $0))) }
            guard !texts.isEmpty else { throw ValidationError("no .txt files in \(seeds)") }
            // Staged beside the inbox (same file system: a rename is atomic),
            // each with its own first line, so no two are duplicates.
            let staging = FileSystem.beside(inbox, named: ".latency-staging")
            try FileSystem.makeDirectories(staging)
            let tag = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
            let names = (0..<count).map { "lat-\(tag)-\($0).txt" }
            for (i, name) in names.enumerated() {
                var body = Data("Latency probe \(tag) \(i).\n".utf8)
                body.append(texts[i % texts.count])
                try body.write(to: URL(fileURLWithPath: FileSystem.join(staging, name)))
            }
            let start = JournalHead.read(directory: journal)?.seq ?? 0
            let sent = Locked([String: UInt64]())
            let seen = Locked([String: UInt64]())
            let watcher = try JournalWatcher(directory: journal, from: start + 1) { name, at in
                seen.withLock { $0[name] = at }
            }
            Thread.detachNewThread { watcher.run() }
            let clock = DispatchTime.now().uptimeNanoseconds
            let interval = 1_000_000_000 / UInt64(rate)
            for (i, name) in names.enumerated() {
                let due = clock + UInt64(i) * interval
                let now = DispatchTime.now().uptimeNanoseconds
                if due > now { usleep(UInt32((due - now) / 1000)) }
                let at = DispatchTime.now().uptimeNanoseconds
                try FileSystem.rename(FileSystem.join(staging, name), to: FileSystem.join(inbox, name))
                sent.withLock { $0[name] = at }
            }
            let deadline = DispatchTime.now().uptimeNanoseconds + 120_000_000_000
            while seen.withLock({ $0.count }) < count, DispatchTime.now().uptimeNanoseconds < deadline { usleep(10_000) }
            try? FileManager.default.removeItem(atPath: staging)
            let times = sent.withLock { $0 }, arrived = seen.withLock { $0 }
            var latencies = times.compactMap { name, at in arrived[name].map { Double($0 &- at) / 1e6 } }.sorted()
            if latencies.isEmpty { latencies = [.nan] }
            func quantile(_ q: Double) -> String { String(format: "%.1f", latencies[min(latencies.count - 1, Int(q * Double(latencies.count)))]) }
            Output.print(#"{"figure":"latency","rate_per_s":\#(rate),"files":\#(count),"recorded":\#(arrived.count),"p50_ms":\#(quantile(0.5)),"p99_ms":\#(quantile(0.99)),"max_ms":\#(String(format: "%.1f", latencies.last ?? .nan))}"#)
        }
    }
}

/// Follows a journal's durable end (its `head`, woken by inotify) and
/// says when each file's record appeared.
private struct JournalWatcher: Sendable {
    let directory: String
    let from: UInt64
    let found: @Sendable (String, UInt64) -> Void
    let inotify: Inotify

    init(directory: String, from: UInt64, found: @escaping @Sendable (String, UInt64) -> Void) throws {
        self.directory = directory
        self.from = from
        self.found = found
        inotify = try Inotify(nonBlocking: false)
        _ = try inotify.watch(directory, mask: UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE))
    }

    /// The probe's file name in a record's line: found by its prefix, not
    /// by decoding the JSON, so the measuring takes little of the cores
    /// the daemon is measured on.
    static func probeName(_ line: [UInt8]) -> String? {
        let key = Array(#""name":"lat-"#.utf8)
        guard line.count > key.count else { return nil }
        var i = 0
        while i + key.count <= line.count {
            if line[i] == key[0], line[i..<(i + key.count)].elementsEqual(key) {
                let start = i + key.count - 4
                guard let end = line[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return String(decoding: line[start..<end], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    func run() {
        var cursor = JournalCursor(directory: directory, from: from)
        var pending: [JournalRecord] = []
        while true {
            let head = JournalHead.read(directory: directory)?.seq ?? 0
            let now = DispatchTime.now().uptimeNanoseconds
            while let record = pending.first ?? (try? cursor.next()) {
                if !pending.isEmpty { pending.removeFirst() }
                // Written but not yet durable: wait for the head to cover it.
                guard record.seq <= head else { pending.insert(record, at: 0); break }
                if let name = Self.probeName(record.line) { found(name, now) }
            }
            guard (try? inotify.read()) != nil else { return }
        }
    }
}
