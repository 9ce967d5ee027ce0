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
        let process = try StoreFixtures.start(["store", "follow", journal, "--url", url])
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() } }
        #expect(await eventually { try await StoreFixtures.stored(url) == StoreFixtures.expected([journal]) })
        // More records while it runs: 300 synthetic articles appended.
        let more = try CLI.run(["bench", "make-articles", journal, "--records", "300",
                                "--seeds", CLI.root.appendingPathComponent("seeds").path])
        #expect(more.status == 0, "\(more.stderr)")
        #expect(await eventually { try await StoreFixtures.stored(url) == StoreFixtures.expected([journal]) })
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }

    private func eventually(seconds: Double = 20, _ condition: () async throws -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if (try? await condition()) == true { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
