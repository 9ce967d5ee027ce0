import Foundation
import TestSupport
import Glibc
import Testing

/// An article on which extraction takes the daemon down (a trap in the
/// extractor: FuzzExtraction found one at stop 37) was read again at every
/// start and took it down again, until systemd gave up restarting it. Here
/// the daemon is killed (`kill -9`) while it extracts one long article,
/// three times: at the fourth start the article is rejected unread, and the
/// daemon goes on.
@Suite(.serialized) struct ExtractorCrashTests {
    @Test func anArticleInExtractionAtThreeDeathsIsRejectedAndTheDaemonGoesOn() throws {
        let h = DaemonHarness()
        try FileManager.default.createDirectory(atPath: h.inbox, withIntermediateDirectories: true)
        // Some 4 MB of news: long enough in extraction to be caught there.
        let seed = try String(contentsOfFile: DaemonHarness.root.appendingPathComponent("seeds/000_75a039d5df770be9.txt").path, encoding: .utf8)
        let long = String(repeating: seed + "\n", count: 4_000_000 / seed.utf8.count)
        _ = FileManager.default.createFile(atPath: h.inbox + "/long.txt", contents: Data(long.utf8))
        let ledger = h.journal + "/extracting"
        func inExtraction() -> String? {
            guard let text = try? String(contentsOfFile: ledger, encoding: .utf8), !text.isEmpty else { return nil }
            return text
        }
        var sha: String?
        for death in 0..<3 {
            try h.start()
            // The ledger names the article, with the deaths before this try.
            #expect(wait(seconds: 60) { inExtraction()?.hasPrefix("\(death) ") ?? false }, "death \(death): \(inExtraction() ?? "nothing in extraction")")
            sha = inExtraction()?.split(separator: " ").last.map { $0.trimmingCharacters(in: .newlines) }
            h.kill9()
        }
        #expect(h.records(ofType: "article").isEmpty && h.records(ofType: "rejected").isEmpty)
        try h.start()
        #expect(h.waitReady())
        #expect(wait(seconds: 60) { h.records(ofType: "rejected").count == 1 })
        let rejected = try #require(h.records(ofType: "rejected").first)
        #expect(rejected["reason"] as? String == "extractor-failed")
        #expect(docName(rejected) == "long.txt" && docSHA(rejected) == sha)
        #expect((rejected["detail"] as? String)?.contains("stopped 3 times") ?? false)
        // The daemon goes on with the next article.
        h.drop("short.txt", "Iran and Russia met in Tehran, Reuters said.")
        #expect(wait(seconds: 60) { h.records(ofType: "article").count == 1 })
        #expect(h.stop() == 0)
        #expect(h.stderrText.contains("(3 of 3 times)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.inbox + "/failed") == ["long.txt"])
        #expect(inExtraction() == nil)
    }
}
