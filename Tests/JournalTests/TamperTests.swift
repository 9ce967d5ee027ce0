import Foundation
import TestSupport
import Testing
@testable import Journal

/// Any single changed, deleted, inserted or reordered byte must fail
/// verification, and name where.
@Suite struct TamperTests {
    /// A small journal over two segments.
    func makeJournal() throws -> (TestDirectory, [String]) {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path, options: .init(segmentBytes: 300))
        for i in 1...4 { _ = try writer.append([entry(i, "é ✓ \(i)")]) }
        writer.close()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".jsonl") }.sorted().map { dir.path + "/" + $0 }
        return (dir, files)
    }

    func mutate(_ path: String, _ change: (inout [UInt8]) -> Void, check: () throws -> Void) throws {
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var bytes = original
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? Data(original).write(to: URL(fileURLWithPath: path)) }
        try check()
    }

    @Test func everyFlippedByteIsDetected() throws {
        let (dir, files) = try makeJournal()
        #expect(files.count >= 2)
        for file in files {
            let size = try Data(contentsOf: URL(fileURLWithPath: file)).count
            for offset in 0..<size {
                for flip: UInt8 in [0x01, 0x20, 0x80] {
                    try mutate(file, { $0[offset] ^= flip }) {
                        let report = try JournalVerifier.verify(directory: dir.path)
                        #expect(!report.isIntact, "flip \(flip) at \(file):\(offset) went unnoticed")
                    }
                }
            }
        }
        #expect(try JournalVerifier.verify(directory: dir.path).isIntact)
    }

    @Test func deletedAndInsertedBytesAreDetected() throws {
        let (dir, files) = try makeJournal()
        for file in files {
            let size = try Data(contentsOf: URL(fileURLWithPath: file)).count
            for offset in 0..<size {
                try mutate(file, { $0.remove(at: offset) }) {
                    let intact = try JournalVerifier.verify(directory: dir.path).isIntact
                    #expect(!intact, "deletion at \(offset)")
                }
                try mutate(file, { $0.insert(UInt8(ascii: " "), at: offset) }) {
                    let intact = try JournalVerifier.verify(directory: dir.path).isIntact
                    #expect(!intact, "insertion at \(offset)")
                }
            }
        }
    }

    @Test func reorderedRecordsAreDetected() throws {
        let (dir, files) = try makeJournal()
        try mutate(files[0], { bytes in
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            lines.swapAt(0, 1)
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        }) {
            let report = try JournalVerifier.verify(directory: dir.path)
            #expect(report.failure?.line == 1)
            #expect(report.failure?.expectedSeq == 1)
        }
    }

    @Test func removedRecordAndSegmentAreDetected() throws {
        let (dir, files) = try makeJournal()
        try mutate(files[0], { bytes in
            let firstNewline = bytes.firstIndex(of: UInt8(ascii: "\n"))!
            bytes.removeSubrange(...firstNewline)
        }) {
            let intact = try JournalVerifier.verify(directory: dir.path).isIntact
            #expect(!intact)
        }
        let saved = try Data(contentsOf: URL(fileURLWithPath: files[0]))
        try FileManager.default.removeItem(atPath: files[0])
        #expect(try JournalVerifier.verify(directory: dir.path).failure?.reason.contains("segment name") == true)
        try saved.write(to: URL(fileURLWithPath: files[0]))
        #expect(try JournalVerifier.verify(directory: dir.path).isIntact)
    }

    /// A minor defect of #10: whole records or segments cut off the end
    /// went unnoticed (the chain before the cut is intact). The head says
    /// how far the journal reached; `verify` and the writer check it.
    @Test func recordsOrSegmentsCutOffTheEndAreDetected() throws {
        let (dir, files) = try makeJournal()
        let last = try #require(files.last)
        // The last segment removed.
        let lastBytes = try Data(contentsOf: URL(fileURLWithPath: last))
        try FileManager.default.removeItem(atPath: last)
        var report = try JournalVerifier.verify(directory: dir.path)
        #expect(!report.isIntact)
        #expect(report.failure?.reason.contains("cut off") == true)
        #expect(throws: JournalError.self) { try JournalWriter(directory: dir.path) }
        try lastBytes.write(to: URL(fileURLWithPath: last))
        #expect(try JournalVerifier.verify(directory: dir.path).isIntact)
        // The last record cut at its start (a clean record boundary).
        let lines = lastBytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        let kept = lastBytes.count - (lines.last?.count ?? 0) - 1
        try lastBytes.prefix(kept).write(to: URL(fileURLWithPath: last))
        report = try JournalVerifier.verify(directory: dir.path)
        #expect(report.failure?.reason.contains("cut off") == true)
        #expect(throws: JournalError.self) { try JournalWriter(directory: dir.path) }
    }

    /// A head naming a record the journal does not hold at that seq is
    /// caught too: a substituted tail.
    @Test func aHeadThatDoesNotMatchTheRecordIsDetected() throws {
        let (dir, _) = try makeJournal()
        let head = try #require(JournalHead.read(directory: dir.path))
        #expect(head.seq == 4)
        let forged = JournalHead(seq: 4, hash: String(repeating: "0", count: 64))
        try Data(forged.bytes).write(to: URL(fileURLWithPath: dir.path + "/head"))
        #expect(try JournalVerifier.verify(directory: dir.path).failure?.reason.contains("not the one the head names") == true)
    }
}
