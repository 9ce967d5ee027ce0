import Foundation
import TestSupport
import Testing
@testable import Extraction
@testable import Ingest

/// Every class of bad input gets a clear rejection, never a crash.
@Suite struct BadInputTests {
    let processor = ArticleProcessor(extractor: NewsExtractor(), options: IngestOptions(maxBytes: 10_000))

    func write(_ dir: TestDirectory, _ name: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: dir.sub(name), contents: Data(bytes))
    }

    func reason(_ dir: TestDirectory, _ name: String, _ p: ArticleProcessor? = nil) -> RejectionReason? {
        if case .rejected(let r) = (p ?? processor).process(directory: dir.path, name: name) { return r.reason }
        return nil
    }

    @Test func emptyAndWhitespaceOnly() {
        let dir = TestDirectory()
        write(dir, "empty.txt", [])
        write(dir, "blank.txt", Array(" \n\n\t ".utf8))
        #expect(reason(dir, "empty.txt") == .empty)
        #expect(reason(dir, "blank.txt") == .empty)
    }

    @Test func binaryData() {
        let dir = TestDirectory()
        write(dir, "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0x01, count: 100))
        write(dir, "controls.txt", Array(repeating: 0x02, count: 50) + Array("text".utf8))
        #expect(reason(dir, "image.png") == .binary)
        #expect(reason(dir, "controls.txt") == .binary)
    }

    @Test func invalidUTF8FallsBackOrIsRejected() throws {
        let dir = TestDirectory()
        // "Café – 5€" in Windows-1252.
        write(dir, "cp1252.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x35, 0x80])
        guard case .article(let a) = processor.process(directory: dir.path, name: "cp1252.txt") else {
            Issue.record("expected an article")
            return
        }
        #expect(a.doc.encoding == "windows-1252")
        #expect(a.doc.title == "Café – 5€")
        let strict = ArticleProcessor(extractor: NewsExtractor(), options: IngestOptions(fallback: .reject))
        #expect(reason(dir, "cp1252.txt", strict) == .invalidUTF8)
        #expect(TextDecoder.firstInvalidUTF8([0x41, 0xE2, 0x82, 0xAC, 0xE9, 0x41]) == 4)
    }

    /// Defect 8 of #10: an 8 GiB sparse file took 35 s to reject, hashed in
    /// full. Over the limit, the size alone decides: nothing is read.
    @Test func tooLargeIsRejectedWithoutReading() throws {
        let dir = TestDirectory()
        write(dir, "huge.txt", Array(repeating: UInt8(ascii: "a"), count: 20_000))
        guard case .rejected(let r) = processor.process(directory: dir.path, name: "huge.txt") else {
            Issue.record("expected a rejection")
            return
        }
        #expect(r.reason == .tooLarge)
        #expect(r.doc.bytes == 20_000)
        #expect(r.doc.sha256 == nil)
        #expect(r.doc.fileID != nil)
        #expect(r.detail.contains("20000 bytes"))

        write(dir, "sparse.txt", [])
        let handle = try #require(FileHandle(forWritingAtPath: dir.sub("sparse.txt")))
        try handle.truncate(atOffset: 8 << 30)
        try handle.close()
        guard case .rejected(let sparse) = processor.process(directory: dir.path, name: "sparse.txt") else {
            Issue.record("expected a rejection")
            return
        }
        #expect(sparse.reason == .tooLarge && sparse.doc.bytes == 8 << 30 && sparse.doc.sha256 == nil)
    }

    @Test func symlinksAreNeverFollowed() throws {
        let dir = TestDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir.sub("shadow.txt"), withDestinationPath: "/etc/passwd")
        #expect(reason(dir, "shadow.txt") == .symlink)
    }

    @Test func fifoAndDirectoryAreNotRegular() throws {
        let dir = TestDirectory()
        #expect(mkfifo(dir.sub("pipe.txt"), 0o644) == 0)
        try FileManager.default.createDirectory(atPath: dir.sub("folder.txt"), withIntermediateDirectories: false)
        #expect(reason(dir, "pipe.txt") == .notRegular)
        #expect(reason(dir, "folder.txt") == .notRegular)
    }

    @Test func vanishedFile() {
        let dir = TestDirectory()
        #expect(reason(dir, "gone.txt") == .vanished)
    }

    @Test func goodUTF8WithBOMAndCRLFKeepsOffsets() throws {
        let dir = TestDirectory()
        write(dir, "crlf.txt", [0xEF, 0xBB, 0xBF] + Array("Headline\r\nIran said so.\r\n".utf8))
        guard case .article(let a) = processor.process(directory: dir.path, name: "crlf.txt") else {
            Issue.record("expected an article")
            return
        }
        let iran = try #require(a.entities.first { $0.text == "Iran" })
        #expect(iran.start == 11)  // BOM and CR count as code points, as in the gold
        #expect(a.doc.encoding == "utf-8")
    }
}
