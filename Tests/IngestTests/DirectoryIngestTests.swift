import Foundation
import TestSupport
import Testing
@testable import Extraction
@testable import Ingest
@testable import Journal

@Suite struct DirectoryIngestTests {
    func ingest(_ inbox: String, _ journal: String) throws -> DirectoryIngest.Summary {
        let writer = try JournalWriter(directory: journal)
        defer { writer.close() }
        var run = DirectoryIngest(processor: ArticleProcessor(extractor: NewsExtractor(), options: IngestOptions()),
                                  journal: writer, seen: try SeenIndex(journal: journal))
        run.batchSize = 3
        return try run.run(directory: inbox)
    }

    func records(_ journal: String) throws -> [JournalRecord] {
        var c = JournalCursor(directory: journal)
        var out: [JournalRecord] = []
        while let r = try c.next() { out.append(r) }
        return out
    }

    @Test func eachFileOnceAndDuplicatesPointAtTheirArticle() throws {
        let dir = TestDirectory()
        let inbox = dir.sub("inbox"), journal = dir.sub("journal")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        for i in 1...7 { _ = FileManager.default.createFile(atPath: "\(inbox)/story\(i).txt", contents: Data("Story \(i): Iran said Russia paid.".utf8)) }
        _ = FileManager.default.createFile(atPath: "\(inbox)/copy.txt", contents: Data("Story 3: Iran said Russia paid.".utf8))
        _ = FileManager.default.createFile(atPath: "\(inbox)/empty.txt", contents: Data())
        _ = FileManager.default.createFile(atPath: "\(inbox)/.hidden.txt", contents: Data("x".utf8))
        _ = FileManager.default.createFile(atPath: "\(inbox)/draft.txt.part", contents: Data("x".utf8))

        let first = try ingest(inbox, journal)
        #expect(first.files == 9 && first.articles == 7 && first.duplicates == 1 && first.rejected == 1)
        let second = try ingest(inbox, journal)
        #expect(second.articles == 0 && second.duplicates == 0 && second.rejected == 0 && second.alreadyJournaled == 9)

        let all = try records(journal)
        #expect(all.count == 9)
        let dup = try #require(all.first { $0.type == RecordType.duplicate })
        let of = try dup.decode(DuplicateRecord.self).duplicateOf
        let original = try #require(all.first { $0.seq == of })
        // Name order: copy.txt comes first and is the article; story3.txt repeats it.
        #expect(try original.decode(ArticleRecord.self).doc.name == "copy.txt")
        #expect(try dup.decode(DuplicateRecord.self).doc.name == "story3.txt")
        #expect(try JournalVerifier.verify(directory: journal).isIntact)
    }

    /// Defect 3 of #10: with `action = "delete"`, `cp -p` of one article to
    /// `story.txt` four times gave two records, not four: `file_id` was
    /// device:inode:mtime, ext4 reuses the freed inode and `-p` keeps the
    /// mtime. Each copy is a new file, born anew.
    @Test func aCopyKeepingTheMtimeIsANewArrival() throws {
        let dir = TestDirectory()
        let inbox = dir.sub("inbox"), journal = dir.sub("journal")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let path = "\(inbox)/story.txt"
        let kept = Date(timeIntervalSince1970: 1_700_000_000)
        var inodes: Set<Int> = []
        for _ in 1...4 {
            // cp -p article.txt story.txt, then the settle action's delete.
            #expect(FileManager.default.createFile(atPath: path, contents: Data("Iran said Russia paid.".utf8)))
            try FileManager.default.setAttributes([.modificationDate: kept], ofItemAtPath: path)
            inodes.insert(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int ?? 0)
            _ = try ingest(inbox, journal)
            try FileManager.default.removeItem(atPath: path)
        }
        let all = try records(journal)
        #expect(all.map(\.type) == [RecordType.article] + Array(repeating: RecordType.duplicate, count: 3))
        struct Envelope: Decodable { let doc: DocumentInfo }
        #expect(Set(try all.map { try $0.decode(Envelope.self).doc.fileID ?? "" }).count == 4)
        print("inodes used by the four copies: \(inodes.count)")
    }

    /// Defect 4 of #10: rejections were keyed by path alone, so two
    /// different symlinks named `link.txt`, one after the other, gave one
    /// `rejected` record. Each link is its own file, with its own outcome;
    /// the same link seen twice is still one.
    @Test func eachSymlinkUnderOneNameGetsItsOwnRejection() throws {
        let dir = TestDirectory()
        let inbox = dir.sub("inbox"), journal = dir.sub("journal")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(inbox)/link.txt", withDestinationPath: "/etc/passwd")
        _ = try ingest(inbox, journal)
        _ = try ingest(inbox, journal)
        try FileManager.default.removeItem(atPath: "\(inbox)/link.txt")
        try FileManager.default.createSymbolicLink(atPath: "\(inbox)/link.txt", withDestinationPath: "/etc/hostname")
        let second = try ingest(inbox, journal)
        #expect(second.rejected == 1)
        #expect(try records(journal).map(\.type) == [RecordType.rejected, RecordType.rejected])
    }

    @Test func articleRecordRoundTrips() throws {
        let dir = TestDirectory()
        let writer = try JournalWriter(directory: dir.path)
        let result = NewsExtractor().extract("“We will respond,” Lavrov said in Moscow on Monday.")
        let record = ArticleRecord(doc: DocumentInfo(path: "/in/a.txt", name: "a.txt", sha256: String(repeating: "ab", count: 32),
                                                     bytes: 10, encoding: "utf-8", title: "t"),
                                   result: result, extractor: "test/1")
        _ = try writer.append([JournalEntry(type: RecordType.article, body: record)])
        writer.close()
        let back = try #require(try records(dir.path).first).decode(ArticleRecord.self)
        #expect(back.doc == record.doc)
        #expect(back.entities == record.entities && back.claims == record.claims && !back.claims.isEmpty)
        // Field names of the published schema.
        let line = try #require(try records(dir.path).first).text
        for key in [#""seq":1"#, #""type":"article""#, #""source_canonical""#, #""sha256""#, #""prev""#, #""hash""#, #""extractor""#] {
            #expect(line.contains(key), "missing \(key)")
        }
    }
}
