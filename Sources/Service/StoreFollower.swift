import Dispatch
import Journal
import Logging
import Posix
import Store

/// Keeps the store caught up with the journal, beside the intake and never
/// in its way: the pipeline journals and settles files whether the store is
/// up or not, and pokes the follower when records are committed.
///
/// One task does all the work, woken by pokes (coalesced: a burst of files
/// is one wake-up) and, only while the store is failing, by its own retry
/// timer, backing off from 1 s to 60 s. An idle daemon with a healthy store
/// has no timer at all.
public final class StoreFollower: Sendable {
    /// What the follower is doing; the status line and `byline stats`
    /// report it.
    enum Phase: Equatable, Sendable {
        case starting
        case caughtUp
        /// The last attempt failed with this; a retry is scheduled.
        case failing(String)
        case stopped
    }

    struct Status: Sendable, Equatable {
        var phase = Phase.starting
        var cursor: UInt64 = 0
        /// Journal records not yet in the store.
        var lag: UInt64 = 0
        var failures = 0
    }

    let url: StoreURL
    private let sync: StoreSync
    private let logger: Logger
    private let state = Locked(Status())
    private let stream: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    private let finished = DispatchSemaphore(value: 0)
    /// Hears the status text after each attempt (`byline store follow`
    /// passes it to systemd's status line).
    private let onStatus: @Sendable (String) -> Void

    /// After a run that projected records, the follower rests this long
    /// before the next: while files pour in, it then projects them in
    /// batches of up to a second's worth, one transaction (and one fsync)
    /// each, instead of one per commit of the daemon's (at 500 files a
    /// second that took the cores extraction needed: arrival-to-record p50
    /// 6 ms without the store, 330 ms with it). Idle, nothing runs.
    static let rest = Duration.seconds(1)
    /// Whether intake has files in hand: while it does, the follower waits
    /// (up to `longestDeferral`) before projecting more, so that a burst
    /// of files gets the cores and the store catches up after it (a burst
    /// of 10,000 went in at 772 files a second beside the store, 1,160
    /// without it).
    private let intakeBusy: @Sendable () -> Bool
    static let longestDeferral = Duration.seconds(30)
    private let stopping = Locked(false)

    /// `largeWork`: the intake's gate for large files, taken before a
    /// batch that may hold a large record (nil when there is no intake).
    init(url: StoreURL, journalDirectory: String, journalID: String, logger: Logger,
         largeWork: LargeWorkGate? = nil,
         intakeBusy: @escaping @Sendable () -> Bool = { false },
         onStatus: @escaping @Sendable (String) -> Void = { _ in }) {
        self.onStatus = onStatus
        self.url = url
        self.intakeBusy = intakeBusy
        // One decoding thread: projecting never takes more than one core
        // from extraction.
        var sync = StoreSync(journalDirectory: journalDirectory, journalID: journalID)
        sync.decodeThreads = 1
        sync.largeWork = largeWork
        self.sync = sync
        self.logger = logger
        (stream, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    var status: Status { state.withLock { $0 } }

    /// "store caught up at seq N" / "store N behind (...)", for the status line.
    var statusText: String {
        let s = status
        switch s.phase {
        case .starting: return "store starting"
        case .caughtUp: return "store caught up"
        case .failing(let why): return "store \(s.lag) behind (\(why))"
        case .stopped: return "store stopped"
        }
    }

    func start() {
        // Off Dispatch's global pool, which would start a timer waking the
        // daemon every second for good (see QueueTaskExecutor).
        Task(executorPreference: QueueTaskExecutor.shared) { [self] in
            await follow()
            finished.signal()
        }
        poke()
    }

    /// Records were committed: catch up.
    func poke() { wake.yield() }

    /// One last catch-up (the stop record included), waited for at most
    /// `seconds`: a store that is down then catches up at the next start.
    func stop(waitingAtMost seconds: Int) {
        stopping.withLock { $0 = true }
        wake.yield()
        wake.finish()
        if finished.wait(timeout: .now() + .seconds(seconds)) == .timedOut {
            logger.warning("store \(url): not caught up at stop (\(statusText)); it catches up at the next start")
        }
    }

    private func follow() async {
        var db: (any StoreConnection)?
        var migrated = false
        var reader: JournalCursor?
        var retry: DispatchWorkItem?
        for await _ in stream {
            retry?.cancel()
            retry = nil
            do {
                let connection: any StoreConnection
                if let db {
                    connection = db
                } else {
                    connection = try await StoreDatabase.open(url)
                    db = connection
                }
                let progress = try await sync.run(into: connection, migrate: !migrated, reader: &reader)
                migrated = true
                let lag = sync.lag(behind: progress.cursor.seq)
                let now = Status(phase: .caughtUp, cursor: progress.cursor.seq, lag: lag, failures: 0)
                let before = state.withLock { s -> Status in
                    defer { s = now }
                    return s
                }
                if before.failures > 0 {
                    logger.notice("store \(url) is back: caught up at seq \(progress.cursor.seq)")
                }
                // Only news: a run that found nothing new (the last poke of
                // a burst) rewrites no status line and no metrics file.
                if now != before { onStatus("\(statusText) at seq \(progress.cursor.seq)") }
                if progress.records > 0 { await pause() }
            } catch {
                await db?.close()
                db = nil
                migrated = false
                reader = nil
                let failures = state.withLock { s -> Int in
                    s.failures += 1
                    s.lag = sync.lag(behind: s.cursor)
                    s.phase = .failing(Self.short(error))
                    return s.failures
                }
                // The first failure and then every tenth: a store down for
                // an hour is a few lines, not thousands.
                if failures == 1 || failures % 10 == 0 {
                    logger.error("store \(url): \(error); files are still journaled, the store catches up when it can (attempt \(failures))")
                }
                onStatus(statusText)
                let delay = min(60, 1 << min(failures - 1, 6))
                let again = DispatchWorkItem { [wake] in wake.yield() }
                QueueTaskExecutor.shared.queue.asyncAfter(deadline: .now() + .seconds(delay), execute: again)
                retry = again
            }
        }
        retry?.cancel()
        await db?.close()
        state.withLock { $0.phase = .stopped }
    }

    /// The rest after a run, longer while intake is busy (never past
    /// `longestDeferral`, never once stopping).
    private func pause() async {
        await QueueTaskExecutor.shared.sleep(for: Self.rest)
        var waited = Self.rest
        while waited < Self.longestDeferral, intakeBusy(), !stopping.withLock({ $0 }) {
            await QueueTaskExecutor.shared.sleep(for: .milliseconds(250))
            waited += .milliseconds(250)
        }
    }

    private static func short(_ error: any Error) -> String {
        let text = "\(error)"
        return text.count > 120 ? String(text.prefix(117)) + "..." : text
    }
}
