import Foundation
import TestSupport
import Testing
@testable import Journal

/// A crash mid-append leaves a torn last record; opening recovers it.
@Suite struct RecoveryTests {
    @Test func truncationAtEveryOffsetOfTheLastRecordRecovers() throws {
        let base = TestDirectory()
        let writer = try JournalWriter(directory: base.path)
        _ = try writer.append([entry(1), entry(2)])
        let lastStart = try Data(contentsOf: URL(fileURLWithPath: base.path + "/0000000000000001.jsonl")).count
        _ = try writer.append([entry(3, "the last one")])
        writer.close()
        let segment = base.path + "/0000000000000001.jsonl"
        let full = try Data(contentsOf: URL(fileURLWithPath: segment))
        for cut in lastStart..<(full.count - 1) {
            let dir = TestDirectory("cut\(cut)")
            let path = dir.path + "/0000000000000001.jsonl"
            try full.prefix(cut).write(to: URL(fileURLWithPath: path))
            let torn = cut - lastStart
            // Verification alone reports the torn tail...
            if torn > 0 { #expect(!(try JournalVerifier.verify(directory: dir.path).isIntact)) }
            // ...opening recovers it, keeping the bytes aside.
            let reopened = try JournalWriter(directory: dir.path)
            #expect(reopened.lastSeq == 2)
            #expect(reopened.openReport.tornBytes == torn)
            if torn > 0 {
                let side = try #require(reopened.openReport.sideFile)
                #expect(try Data(contentsOf: URL(fileURLWithPath: side)) == full[lastStart..<cut])
            }
            #expect(try reopened.append([entry(4)]).first?.seq == 3)
            reopened.close()
            let report = try JournalVerifier.verify(directory: dir.path)
            #expect(report.isIntact && report.records == 3, "cut at \(cut): \(String(describing: report.failure))")
        }
    }

    @Test func damageBeforeTheTailIsRefusedNotTruncated() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path)
        _ = try writer.append([entry(1), entry(2), entry(3)])
        writer.close()
        let path = dir.path + "/0000000000000001.jsonl"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[20] ^= 0x01  // inside record 1
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: JournalError.self) { try JournalWriter(directory: dir.path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == bytes.count)
    }

    @Test func emptyTrailingSegmentIsHarmless() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path, options: .init(segmentBytes: 100))
        _ = try writer.append([entry(1)])
        writer.close()
        // A crash right after creating the next segment, before writing to it.
        _ = FileManager.default.createFile(atPath: dir.path + "/0000000000000002.jsonl", contents: Data())
        let reopened = try JournalWriter(directory: dir.path, options: .init(segmentBytes: 100))
        #expect(reopened.lastSeq == 1)
        _ = try reopened.append([entry(2)])
        reopened.close()
        #expect(try JournalVerifier.verify(directory: dir.path).records == 2)
    }
}
