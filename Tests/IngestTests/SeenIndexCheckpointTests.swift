import Foundation
import TestSupport
import Testing
@testable import Extraction
@testable import Ingest
@testable import Journal

/// #11: start-up reads the journal only after the seen index's checkpoint,
/// which is never trusted blindly.
@Suite struct SeenIndexCheckpointTests {
    func ingest(_ inbox: String, _ journal: String, files: Range<Int>) throws {
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        for i in files {
            // Every fifth repeats an earlier text (a duplicate), every seventh is empty.
            let text = i % 7 == 6 ? "" : "Story \(i % 5 == 4 ? 0 : i): Iran said Russia paid."
            _ = FileManager.default.createFile(atPath: "\(inbox)/s\(i).txt", contents: Data(text.utf8))
        }
        let writer = try JournalWriter(directory: journal)
        defer { writer.close() }
        var run = DirectoryIngest(processor: ArticleProcessor(extractor: NewsExtractor(), options: IngestOptions()),
                                  journal: writer, seen: try SeenIndexCheckpoint.open(journal: journal).index)
        _ = try run.run(directory: inbox)
        let last = writer.last
        try SeenIndexCheckpoint.save(run.seen, seq: last.seq, hash: last.hash, journal: journal)
    }

    @Test func aCheckpointIsLoadedAndOnlyLaterRecordsAreRead() throws {
        let dir = TestDirectory()
        let journal = dir.sub("journal")
        try ingest(dir.sub("a"), journal, files: 0..<40)
        let first = try SeenIndexCheckpoint.open(journal: journal)
        #expect(first.note == "seen index loaded at seq 40, 0 records read after it")
        #expect(first.index == (try SeenIndex(journal: journal)))
        #expect(first.index.count == 40)

        // Records appended after the checkpoint (no new one saved) are read.
        let writer = try JournalWriter(directory: journal)
        _ = try writer.append([try JournalEntry(type: RecordType.rejected, body: RejectedRecord(
            doc: DocumentInfo(path: "/in/late.txt", name: "late.txt"), reason: .empty, detail: "x"))])
        writer.close()
        let second = try SeenIndexCheckpoint.open(journal: journal)
        #expect(second.note == "seen index loaded at seq 40, 1 records read after it")
        #expect(second.index == (try SeenIndex(journal: journal)))
        #expect(second.seq == 41)
    }

    @Test func aDamagedOrForeignCheckpointIsRebuiltAndSaysWhy() throws {
        let dir = TestDirectory()
        let journal = dir.sub("journal"), other = dir.sub("other")
        try ingest(dir.sub("a"), journal, files: 0..<20)
        let path = journal + "/" + SeenIndexCheckpoint.fileName
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let damaged = try SeenIndexCheckpoint.open(journal: journal)
        #expect(damaged.note == "seen index rebuilt from 20 records: checkpoint unreadable (checksum mismatch)")
        #expect(damaged.index == (try SeenIndex(journal: journal)))

        // Another journal's checkpoint, at a seq this one also has.
        try ingest(dir.sub("b"), other, files: 100..<130)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: other + "/" + SeenIndexCheckpoint.fileName, toPath: path)
        let foreign = try SeenIndexCheckpoint.open(journal: journal)
        #expect(foreign.note.hasPrefix("seen index rebuilt from 20 records: checkpoint stale"))
        #expect(foreign.index == (try SeenIndex(journal: journal)))

        try FileManager.default.removeItem(atPath: path)
        #expect(try SeenIndexCheckpoint.open(journal: journal).note == "seen index rebuilt from 20 records: no checkpoint")
    }
}
