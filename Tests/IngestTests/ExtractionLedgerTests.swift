import Foundation
import TestSupport
import Testing
@testable import Extraction
@testable import Ingest

/// The ledger of articles in extraction, read as a new process reads it: a
/// ledger left with an article in extraction is what a process that died
/// then leaves behind.
@Suite struct ExtractionLedgerTests {
    func ledgerText(_ dir: TestDirectory) -> String {
        (try? String(contentsOfFile: dir.sub(ExtractionLedger.fileName), encoding: .utf8)) ?? "?"
    }

    @Test func anArticleInExtractionWhenTheProcessDiesCountsOneDeathEachTime() {
        let dir = TestDirectory()
        let first = ExtractionLedger(directory: dir.path)
        first.begin("aa")
        first.begin("bb")
        first.end("bb")
        #expect(ledgerText(dir) == "0 aa\n")
        // The process dies here, `aa` in extraction.
        let second = ExtractionLedger(directory: dir.path)
        #expect(second.deaths("aa") == 1 && second.deaths("bb") == 0)
        #expect(ledgerText(dir) == "", "nothing in extraction at start")
        second.begin("aa")
        #expect(ledgerText(dir) == "1 aa\n")
        // Dies again with it.
        let third = ExtractionLedger(directory: dir.path)
        #expect(third.deaths("aa") == 2)
        // The third process stops with nothing in extraction: a count
        // carries on only while the article is in extraction at each death.
        let fourth = ExtractionLedger(directory: dir.path)
        #expect(fourth.deaths("aa") == 0)
    }

    @Test func anArticleThatComesOutOfExtractionIsNoSuspect() {
        let dir = TestDirectory()
        ExtractionLedger(directory: dir.path).begin("aa")
        let next = ExtractionLedger(directory: dir.path)
        #expect(next.deaths("aa") == 1)
        next.begin("aa")
        next.end("aa")
        #expect(next.deaths("aa") == 0 && ledgerText(dir) == "")
        #expect(ExtractionLedger(directory: dir.path).deaths("aa") == 0)
    }

    /// Two files with the same bytes, extracted by two workers at once: the
    /// article stays in extraction until both end, so a death during the
    /// second counts although the first ended.
    @Test func twoCopiesInExtractionKeepTheArticleListedUntilBothEnd() {
        let dir = TestDirectory()
        let first = ExtractionLedger(directory: dir.path)
        first.begin("aa")
        first.begin("aa")
        first.end("aa")
        #expect(ledgerText(dir) == "0 aa\n")
        // The process dies here, the second copy in extraction.
        let second = ExtractionLedger(directory: dir.path)
        #expect(second.deaths("aa") == 1)
        second.begin("aa")
        second.end("aa")
        #expect(ledgerText(dir) == "" && second.deaths("aa") == 0)
    }

    /// After `maxDeaths` the article is rejected unread, with the reason;
    /// other articles are extracted, and leave the ledger empty.
    @Test func theProcessorRejectsAnArticleThatTookTheProcessDownMaxDeathsTimes() throws {
        let dir = TestDirectory()
        let text = "Iran and Russia met in Tehran, Reuters said."
        _ = FileManager.default.createFile(atPath: dir.sub("story.txt"), contents: Data(text.utf8))
        _ = FileManager.default.createFile(atPath: dir.sub("other.txt"), contents: Data("Peskov told reporters in Moscow.".utf8))
        let state = TestDirectory()
        let sha = try #require(ArticleProcessor(extractor: NewsExtractor(), options: IngestOptions()).process(directory: dir.path, name: "story.txt").doc.sha256)
        for _ in 0..<ExtractionLedger.maxDeaths {
            let ledger = ExtractionLedger(directory: state.path)
            ledger.begin(sha)  // and the process dies
        }
        let ledger = ExtractionLedger(directory: state.path)
        #expect(ledger.deaths(sha) == ExtractionLedger.maxDeaths)
        let processor = ArticleProcessor(extractor: NewsExtractor(), options: IngestOptions(), ledger: ledger)
        guard case .rejected(let r) = processor.process(directory: dir.path, name: "story.txt") else {
            Issue.record("expected a rejection")
            return
        }
        #expect(r.reason == .extractorFailed && r.doc.sha256 == sha && r.detail.contains("3 times"))
        guard case .article = processor.process(directory: dir.path, name: "other.txt") else {
            Issue.record("expected an article")
            return
        }
        #expect((try? String(contentsOfFile: state.sub(ExtractionLedger.fileName), encoding: .utf8)) == "")
    }
}
