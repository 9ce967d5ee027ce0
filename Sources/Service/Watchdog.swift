import Dispatch
import Ingest
import Posix
import Systemd

/// Pings systemd's watchdog at half its interval, but only after a probe
/// has passed through the pipeline's own queues: an idle pipeline answers
/// at once, a wedged one (a stage stuck on I/O, a deadlock) never does, so
/// the pings stop and systemd restarts the service.
final class Watchdog {
    private let timer: any DispatchSourceTimer

    init?(notifier: Notifier, pipeline: Pipeline, queue: DispatchQueue) {
        guard let usec = notifier.watchdogMicroseconds, usec > 0 else { return nil }
        let half = DispatchTimeInterval.microseconds(Int(min(usec / 2, UInt64(Int.max))))
        let outstanding = Locked(false)
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now(), repeating: half)
        timer.setEventHandler { @Sendable in
            // One probe at a time: a stuck probe must not be masked by a newer one.
            let busy = outstanding.withLock { o -> Bool in
                if o { return true }
                o = true
                return false
            }
            if busy { return }
            pipeline.probe {
                outstanding.withLock { $0 = false }
                notifier.watchdog()
            }
        }
        timer.activate()
    }

    func stop() { timer.cancel() }
}
