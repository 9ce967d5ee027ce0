import Dispatch
import Foundation
import Synchronization
import TestSupport
import Testing
@testable import Extraction
@testable import Ingest
@testable import Journal

/// The pipeline's stages, with a real journal and real files.
@Suite struct PipelineTests {
    func pipeline(_ dir: TestDirectory, concurrency: Int = 1, action: SettlePolicy.Action = .leave) throws -> (Pipeline, JournalWriter) {
        let journal = try JournalWriter(directory: dir.sub("journal"))
        let policy = SettlePolicy(action: action, processedDirectory: dir.sub("processed"), failedDirectory: dir.sub("failed"))
        let p = Pipeline(root: dir.sub("inbox"), journal: journal, seen: SeenIndex(),
                         processor: ArticleProcessor(extractor: NewsExtractor(), options: IngestOptions()),
                         options: .init(concurrency: concurrency, maxInFlight: 8, settle: policy),
                         sinks: [], onJournalFailure: { _ in })
        return (p, journal)
    }

    /// Defect 8 of #10: the watchdog's probe skipped the extraction limit
    /// and the settle queue, so it answered while every worker was busy.
    /// Now it waits for a place among the workers and passes every stage:
    /// when it answers, the file that held the only worker is settled.
    @Test func theWatchdogProbeWaitsForABusyWorkerAndPassesEveryStage() throws {
        let dir = TestDirectory()
        try FileManager.default.createDirectory(atPath: dir.sub("inbox"), withIntermediateDirectories: true)
        let sentence = "Peskov told reporters in Moscow on Monday that Russia paid 830 million dollars, officials said. "
        FileManager.default.createFile(atPath: dir.sub("inbox/long.txt"), contents: Data(String(repeating: sentence, count: 20_000).utf8))
        let (p, journal) = try pipeline(dir)
        defer { journal.close() }
        p.submit("long.txt")
        let answered = DispatchSemaphore(value: 0)
        let settledWhenAnswered = Mutex(-1)
        p.probe {
            settledWhenAnswered.withLock { $0 = p.stats.articles }
            answered.signal()
        }
        answered.wait()
        #expect(settledWhenAnswered.withLock { $0 } == 1)
        p.waitUntilIdle()
    }
}
