import Dispatch
import Foundation
import Journal
import Logging
import Posix
import Store
import Systemd
#if canImport(Glibc)
import Glibc
#endif

/// `byline store follow`: the store's follower on its own, for
/// `byline-store.service`. The ingest unit has no network; this one
/// reaches a PostgreSQL elsewhere, reads the journal (read-only) and
/// projects what the daemon appends.
///
/// It is woken by inotify on the journal folder (the daemon rewrites
/// `head` after every durable flush), so it is as idle as the daemon when
/// nothing arrives. SIGTERM: one last catch-up, then exit 0.
public final class StoreFollowService: Sendable {
    private let follower: StoreFollower
    private let journalDirectory: String
    private let logger: Logger
    private let notifier = Notifier()
    private let stopped = DispatchSemaphore(value: 0)

    public init(url: StoreURL, journalDirectory: String, journalID: String, logger: Logger) {
        self.journalDirectory = journalDirectory
        self.logger = logger
        let notifier = self.notifier
        follower = StoreFollower(url: url, journalDirectory: journalDirectory, journalID: journalID, logger: logger,
                                 onStatus: { notifier.status($0) })
    }

    /// Runs until SIGTERM or SIGINT; the exit status.
    public func run() -> Int32 {
        let control = DispatchQueue(label: "byline.store.control")
        let signals = SignalWatcher(queue: control, handlers: [
            SIGTERM: { [self] in stopped.signal() },
            SIGINT: { [self] in stopped.signal() },
        ])
        signals.start()
        let inotify: Inotify
        do {
            inotify = try Inotify(nonBlocking: false)
            _ = try inotify.watch(journalDirectory, mask: UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO))
        } catch {
            logger.critical("cannot watch journal \(journalDirectory): \(error)")
            return 1
        }
        follower.start()
        notifier.ready(status: "following \(journalDirectory) into \(follower.url)")
        logger.info("following \(journalDirectory) into \(follower.url)")
        let follower = self.follower
        let logger = self.logger
        // Its own thread: the read blocks until the journal changes.
        Thread.detachNewThread {
            while true {
                do {
                    if try !inotify.read().isEmpty { follower.poke() }
                } catch {
                    logger.error("watching the journal failed: \(error); stopping")
                    return
                }
            }
        }
        stopped.wait()
        notifier.stopping()
        follower.stop(waitingAtMost: 30)
        logger.info("stopped: \(follower.statusText)")
        return 0
    }
}
