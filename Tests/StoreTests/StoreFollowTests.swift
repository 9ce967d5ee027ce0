import Foundation
import Glibc
import Store
import TestSupport
import Testing

/// `byline store follow`, the companion unit's command: woken by the
/// journal's changes, stopped by SIGTERM after a last catch-up.
@Suite(WithPostgres()) struct StoreFollowTests {
    @Test(arguments: Backend.allCases)
    func theFollowerProjectsWhatIsAppendedAndStopsOnSIGTERM(_ backend: Backend) async throws {
        let (folder, journal, url) = try await StoreFixtures.seeded(backend)
        defer { withExtendedLifetime(folder) {} }  // the folder goes when it does
        let log = folder.sub("follow.log")
        let process = try StoreFixtures.start(["store", "follow", journal, "--url", url], log: log)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
        try await caughtUp(url, journal, log)
        // More records while it runs: 300 synthetic articles appended.
        let more = try CLI.run(["bench", "make-articles", journal, "--records", "300",
                                "--seeds", CLI.root.appendingPathComponent("seeds").path])
        #expect(more.status == 0, "\(more.stderr)")
        try await caughtUp(url, journal, log)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }

    /// Waits until the store holds what the journal does. The deadline only
    /// stops a follower that never catches up from hanging the suite: the
    /// whole suite shares two cores, and a debug build projecting 300
    /// articles beside it has taken more than 20 s. On failure, what the
    /// store held and the follower's log say why.
    private func caughtUp(_ url: String, _ journal: String, _ log: String,
                          sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let expected = try StoreFixtures.expected([journal])
        let deadline = Date().addingTimeInterval(120)
        var stored: StoreFixtures.Counts?
        while Date() < deadline {
            stored = try? await StoreFixtures.stored(url)
            if stored == expected { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        Issue.record("store holds \(stored.map(String.init(describing:)) ?? "nothing"), journal \(expected); follower said:\n\(said)",
                     sourceLocation: sourceLocation)
    }
}
