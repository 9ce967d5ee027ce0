import Dispatch
import Posix
import Testing
@testable import Extraction
@testable import Ingest

/// The daemon's model, let go after a spell with no article and built
/// again by the next one: the real learned model, real articles.
@Suite struct ReleasableExtractorTests {
    static let text = "Iran said on Monday that talks with the European Union would resume in Vienna, officials told Reuters."
    static let second: UInt64 = 1_000_000_000

    /// Builds the shipped model, counting the builds.
    final class Builds: Sendable {
        let count = Locked(0)
        func make() -> any Extractor {
            count.withLock { $0 += 1 }
            return NewsExtractor(model: NERModel.loadBuiltin(), tables: .loadBuiltin())
        }
    }

    /// As the daemon does: the word index's linked pages go after the
    /// model (`WordTables.releaseLinkedPages`), once per release, and the
    /// model built again reads them back unchanged.
    @Test func letGoWhenIdleAndBuiltAgainTheSame() throws {
        let builds = Builds()
        let releases = Locked(0)
        let model = ReleasableExtractor(build: builds.make, onRelease: {
            releases.withLock { $0 += 1 }
            WordTables.releaseLinkedPages()
        })
        let expected = NewsExtractor(model: NERModel.builtin).extract(Self.text)
        #expect(!expected.entities.isEmpty)
        #expect(model.extract(Self.text) == expected)
        #expect(builds.count.withLock { $0 } == 1 && model.isLoaded)

        let used = monotonicNow()
        // Used a moment ago: not yet, and asked again when the spell would end.
        guard case .checkAgain(let wait) = model.releaseIfIdle(for: 30 * Self.second, now: used) else {
            Issue.record("released while in use lately")
            return
        }
        #expect(wait > 29 * Self.second && wait <= 30 * Self.second)
        #expect(releases.withLock { $0 } == 0)
        #expect(model.releaseIfIdle(for: 30 * Self.second, now: used + 31 * Self.second) == .released)
        #expect(!model.isLoaded)
        #expect(releases.withLock { $0 } == 1)
        #expect(model.releaseIfIdle(for: 30 * Self.second, now: used + 62 * Self.second) == .unloaded)
        #expect(releases.withLock { $0 } == 1)

        // The next article builds it again, and reads the same.
        #expect(model.extract(Self.text) == expected)
        #expect(builds.count.withLock { $0 } == 2 && model.reloads == 1 && model.isLoaded)
    }

    /// Never while an article is being read, however long ago it began.
    @Test func notWhileInUse() {
        let model = ReleasableExtractor(build: Builds().make)
        let extractor = model.begin()
        #expect(model.releaseIfIdle(for: Self.second, now: monotonicNow() + 60 * Self.second) == .checkAgain(in: Self.second))
        #expect(model.isLoaded)
        _ = extractor.extract(Self.text)
        model.end()
        #expect(model.releaseIfIdle(for: Self.second, now: monotonicNow() + 2 * Self.second) == .released)
    }

    /// Workers that find the model gone build it once between them, and
    /// every one reads its article whole while releases are attempted.
    @Test func concurrentArticlesAndReleases() {
        let builds = Builds()
        let model = ReleasableExtractor(build: builds.make)
        let expected = model.extract(Self.text)
        let mismatches = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            for _ in 0..<4 {
                if i % 4 == 0 {
                    _ = model.releaseIfIdle(for: 0)
                } else if model.extract(Self.text) != expected {
                    mismatches.withLock { $0 += 1 }
                }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
        // A release drops the model only between articles: each build
        // followed one, and never two models for one gap.
        #expect(builds.count.withLock { $0 } == 1 + model.reloads)
        #expect(model.reloads <= 8)
    }
}
