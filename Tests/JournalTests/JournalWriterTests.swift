import Dispatch
import Foundation
import TestSupport
import Posix
import Testing
@testable import Journal

struct Body: Codable, Equatable {
    var n: Int
    var note: String
}

func entry(_ n: Int, _ note: String = "x") throws -> JournalEntry {
    try JournalEntry(type: "test", body: Body(n: n, note: note))
}

func readAll(_ dir: String, from seq: UInt64 = 1) throws -> [JournalRecord] {
    var cursor = JournalCursor(directory: dir, from: seq)
    var out: [JournalRecord] = []
    while let r = try cursor.next() { out.append(r) }
    return out
}

@Suite struct JournalWriterTests {
    @Test func appendsAreNumberedAndReadBack() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path)
        let first = try writer.append([entry(1), entry(2, "quote \" and \\ and \n newline")])
        let second = try writer.append([entry(3)])
        writer.close()
        #expect(first.map(\.seq) == [1, 2])
        #expect(second.map(\.seq) == [3])
        let records = try readAll(dir.path)
        #expect(records.map(\.seq) == [1, 2, 3])
        #expect(try records[1].decode(Body.self) == Body(n: 2, note: "quote \" and \\ and \n newline"))
        #expect(records.allSatisfy { $0.type == "test" })
        #expect(try JournalVerifier.verify(directory: dir.path).isIntact)
    }

    @Test func reopeningContinuesTheChain() throws {
        let dir = TestDirectory()
        do {
            let w = try JournalWriter(directory: dir.path)
            _ = try w.append([entry(1), entry(2)])
            w.close()
        }
        let w = try JournalWriter(directory: dir.path)
        #expect(w.lastSeq == 2)
        #expect(try w.append([entry(3)]).first?.seq == 3)
        w.close()
        #expect(try JournalVerifier.verify(directory: dir.path).records == 3)
    }

    @Test func concurrentAppendersShareFlushesAndLoseNothing() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path)
        let seqs = Locked<[UInt64]>([])
        DispatchQueue.concurrentPerform(iterations: 400) { i in
            let committed = try? writer.append([entry(i)])
            seqs.withLock { $0.append(contentsOf: committed?.map(\.seq) ?? []) }
        }
        writer.close()
        let all = seqs.withLock { $0 }.sorted()
        #expect(all == Array(1...400))
        let report = try JournalVerifier.verify(directory: dir.path)
        #expect(report.isIntact && report.records == 400)
        let bodies = Set(try readAll(dir.path).map { try $0.decode(Body.self).n })
        #expect(bodies == Set(0..<400))
    }

    @Test func segmentsRotateAndSortByName() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path, options: .init(segmentBytes: 600))
        for i in 1...20 { _ = try writer.append([entry(i, String(repeating: "a", count: 50))]) }
        writer.close()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "head" && $0 != "id" }.sorted()
        #expect(names.count > 3)
        #expect(names.first == "0000000000000001.jsonl")
        #expect(names.allSatisfy { $0.hasSuffix(".jsonl") && $0.count == 22 })
        #expect(try readAll(dir.path).map(\.seq) == Array(1...20))
        #expect(try readAll(dir.path, from: 13).map(\.seq) == Array(13...20))
        #expect(try JournalVerifier.verify(directory: dir.path).records == 20)
    }

    @Test func cursorPicksUpLaterAppends() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path, options: .init(segmentBytes: 400))
        _ = try writer.append([entry(1)])
        var cursor = JournalCursor(directory: dir.path)
        #expect(try cursor.next()?.seq == 1)
        #expect(try cursor.next() == nil)
        for i in 2...6 { _ = try writer.append([entry(i)]) }
        var seen: [UInt64] = []
        while let r = try cursor.next() { seen.append(r.seq) }
        #expect(seen == [2, 3, 4, 5, 6])
        writer.close()
    }

    /// Records longer than a mebibyte (a large article's) are handed over
    /// without a copy; the records around them must come back whole, and
    /// a cursor kept between calls must go on after one.
    @Test func longRecordsAmongShortOnesReadBackWhole() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path)
        let long = String(repeating: "long record ", count: 300_000)  // 3.6 MB
        let notes = ["a", long, "b", String(long.prefix(1_500_000)), "c"]
        _ = try writer.append(notes.enumerated().map { try entry($0.offset + 1, $0.element) })
        var cursor = JournalCursor(directory: dir.path)
        var read: [String] = []
        while let r = try cursor.next() { read.append(try r.decode(Body.self).note) }
        #expect(read == notes)
        _ = try writer.append([entry(6, long), entry(7, "d")])
        var later: [String] = []
        while let r = try cursor.next() { later.append(try r.decode(Body.self).note) }
        #expect(later == [long, "d"])
        #expect(try readAll(dir.path).map(\.seq) == Array(1...7))
        writer.close()
    }

    @Test func appendsAfterCloseFail() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path)
        writer.close()
        #expect(throws: JournalError.self) { try writer.append([entry(1)]) }
    }
}

/// Defect 9 of #10: `byline ingest --journal J` while the daemon wrote J
/// gave duplicate seqs. One writer per journal, by `flock`.
@Suite struct JournalLockTests {
    @Test func aSecondWriterIsRefusedUntilTheFirstCloses() throws {
        let dir = TestDirectory()
        let first = try JournalWriter(directory: dir.path)
        _ = try first.append([entry(1)])
        do {
            _ = try JournalWriter(directory: dir.path)
            Issue.record("a second writer opened a journal in use")
        } catch {
            guard case .locked = error else { Issue.record("expected .locked, got \(error)"); return }
            #expect(error.description.contains("in use by another writer"))
        }
        _ = try first.append([entry(2)])
        first.close()
        let second = try JournalWriter(directory: dir.path)
        #expect(try second.append([entry(3)]).first?.seq == 3)
        second.close()
        #expect(try JournalVerifier.verify(directory: dir.path).records == 3)
    }
}

/// Defects 10 and 11 of #10: a full disk stopped the writer for good and
/// left the refused batch's bytes in the segment, where a restarted writer
/// would trust them. Now a refused batch is cut back to the last
/// acknowledged record, and the writer goes on once there is room.
@Suite(.serialized) struct DiskFullTests {
    @Test func aFullDiskLeavesOnlyAcknowledgedRecordsAndTheWriterResumes() throws {
        let disk = try SmallFileSystem(kilobytes: 256)
        let dir = disk.path + "/journal"
        try disk.fill("filler", leaving: 24)
        let writer = try JournalWriter(directory: dir)
        var acknowledged: UInt64 = 0
        var refusal: JournalError?
        for i in 0..<200 {
            do {
                acknowledged = try writer.append([entry(i, String(repeating: "x", count: 1_500)), entry(i + 1000, "y")]).last?.seq ?? acknowledged
            } catch {
                refusal = error as? JournalError
                break
            }
        }
        guard case .noSpace? = refusal else {
            Issue.record("expected the disk to fill, got \(String(describing: refusal))")
            return
        }
        // On disk: exactly the acknowledged records, nothing half-written.
        let report = try JournalVerifier.verify(directory: dir)
        #expect(report.isIntact && UInt64(report.records) == acknowledged)
        // Still full: refused again, still clean.
        #expect(throws: JournalError.self) { try writer.append([entry(-1, String(repeating: "z", count: 30_000))]) }
        #expect(UInt64(try JournalVerifier.verify(directory: dir).records) == acknowledged)
        // Room again: the same writer goes on where it stopped.
        try FileManager.default.removeItem(atPath: disk.path + "/filler")
        #expect(try writer.append([entry(7)]).first?.seq == acknowledged + 1)
        writer.close()
        let after = try JournalVerifier.verify(directory: dir)
        #expect(after.isIntact && UInt64(after.records) == acknowledged + 1)
    }
}
