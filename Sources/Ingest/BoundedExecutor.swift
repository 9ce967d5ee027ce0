import Dispatch
import Posix

/// Runs submitted work at most `limit` at a time, in submission order:
/// about one extraction per core, without the thread explosion of
/// dispatching everything at once.
///
/// Each running job has a serial queue of its own (a lane), taken from the
/// free ones, rather than a place on a concurrent queue: a concurrent queue
/// runs on Dispatch's global pool, whose first thread also starts a 1 s
/// timer that never stops (see `QueueTaskExecutor`), and an idle daemon
/// would wake every second after its first article.
final class BoundedExecutor: Sendable {
    private struct State {
        var running = 0
        var limit: Int
        var pending: [@Sendable () -> Void] = []
        var head = 0
        /// Work that takes the next free place ahead of `pending` (probes).
        var urgent: [@Sendable () -> Void] = []
        /// Lanes not running a job; there are never more than the most
        /// jobs that have run at once.
        var freeLanes: [DispatchQueue] = []
        var lanesMade = 0
    }

    private let label: String
    private let state: Locked<State>

    init(label: String, limit: Int) {
        self.label = label
        state = Locked(State(limit: max(1, limit)))
    }

    /// A new limit applies as running work finishes (reload).
    func setLimit(_ limit: Int) {
        state.withLock { $0.limit = max(1, limit) }
        startWhatFits()
    }

    func submit(_ work: @escaping @Sendable () -> Void) {
        state.withLock { $0.pending.append(work) }
        startWhatFits()
    }

    private func startWhatFits() {
        while let (work, lane) = takeIfRoom() {
            lane.async {
                work()
                self.state.withLock { s in
                    s.running -= 1
                    s.freeLanes.append(lane)
                }
                self.startWhatFits()
            }
        }
    }

    private func takeIfRoom() -> (@Sendable () -> Void, DispatchQueue)? {
        state.withLock { s in
            guard s.running < s.limit else { return nil }
            let work: @Sendable () -> Void
            if !s.urgent.isEmpty {
                work = s.urgent.removeFirst()
            } else {
                guard s.head < s.pending.count else { return nil }
                work = s.pending[s.head]
                s.head += 1
                if s.head > 1024 && s.head * 2 > s.pending.count {
                    s.pending.removeFirst(s.head)
                    s.head = 0
                }
            }
            s.running += 1
            if let lane = s.freeLanes.popLast() { return (work, lane) }
            s.lanesMade += 1
            return (work, DispatchQueue(label: label))
        }
    }

    /// Lanes made so far: at most the most jobs run at once.
    var lanesMade: Int { state.withLock { $0.lanesMade } }

    /// Runs `body` in the next place that frees, ahead of queued work: a
    /// watchdog probe waits for one running job to end (bounded by the size
    /// limit), never for the whole backlog, and never answers while every
    /// worker is stuck.
    func probe(_ body: @escaping @Sendable () -> Void) {
        state.withLock { $0.urgent.append(body) }
        startWhatFits()
    }
}
