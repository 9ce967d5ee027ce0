import Foundation
import Glibc
import Store
import TestSupport
import Testing

/// Exactly once under crashes: the follower killed with SIGKILL at random
/// instants, and PostgreSQL stopped dead mid-batch; after catch-up the
/// store holds every row once.
@Suite(WithPostgres()) struct StoreCrashTests {
    @Test(arguments: Backend.allCases)
    func aFollowerKilledAtAnyInstantLosesAndDoublesNothing(_ backend: Backend) async throws {
        let folder = TestDirectory()
        let journal = folder.sub("journal")
        try StoreFixtures.articleJournal(journal, records: 3000)
        let expected = try StoreFixtures.expected([journal])
        let url = try await backend.makeStore(in: folder)
        var generator = SystemRandomNumberGenerator()
        var cutShort = 0
        for _ in 0..<4 {
            let follower = try StoreFixtures.start(["store", "sync", journal, "--url", url])
            usleep(UInt32.random(in: 100_000...1_200_000, using: &generator))
            kill(follower.processIdentifier, SIGKILL)
            follower.waitUntilExit()
            if follower.terminationReason == .uncaughtSignal { cutShort += 1 }
        }
        // The kills landed while there was work left (else this proves nothing).
        #expect(cutShort > 0)
        let finish = try StoreFixtures.sync(journal, url)
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(try await StoreFixtures.stored(url) == expected)
    }

    @Test func aPostgresCrashMidBatchLosesAndDoublesNothing() async throws {
        let folder = TestDirectory()
        let journal = folder.sub("journal")
        try StoreFixtures.articleJournal(journal, records: 3000)
        let expected = try StoreFixtures.expected([journal])
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        let url = try await cluster.makeDatabase()
        let follower = try StoreFixtures.start(["store", "sync", journal, "--url", url])
        usleep(UInt32.random(in: 500_000...1_000_000))
        try cluster.crash()
        // It must notice: a follower left waiting on a dead connection
        // would never catch up (postgres-nio once left it so).
        #expect(wait(seconds: 60) { !follower.isRunning }, "the follower did not notice the server's crash")
        if follower.isRunning { kill(follower.processIdentifier, SIGKILL) }
        follower.waitUntilExit()
        // Cut off mid-projection, the follower says so and fails.
        #expect(follower.terminationStatus != 0)
        try cluster.restart()
        let partial = try await StoreFixtures.stored(url)
        #expect(partial.arrivals < expected.arrivals, "the crash came after the end: \(partial)")
        let finish = try StoreFixtures.sync(journal, url)
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(try await StoreFixtures.stored(url) == expected)
    }
}
