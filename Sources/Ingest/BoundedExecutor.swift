import Dispatch
import Posix

/// Runs submitted work on a concurrent queue, at most `limit` at a time,
/// in submission order: about one extraction per core, without the thread
/// explosion of dispatching everything at once.
final class BoundedExecutor: Sendable {
    private struct State {
        var running = 0
        var limit: Int
        var pending: [@Sendable () -> Void] = []
        var head = 0
        /// Work that takes the next free place ahead of `pending` (probes).
        var urgent: [@Sendable () -> Void] = []
    }

    private let queue: DispatchQueue
    private let state: Locked<State>

    init(label: String, limit: Int) {
        queue = DispatchQueue(label: label, attributes: .concurrent)
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
        while let work = takeIfRoom() {
            queue.async {
                work()
                self.state.withLock { $0.running -= 1 }
                self.startWhatFits()
            }
        }
    }

    private func takeIfRoom() -> (@Sendable () -> Void)? {
        state.withLock { s in
            guard s.running < s.limit else { return nil }
            if !s.urgent.isEmpty {
                s.running += 1
                return s.urgent.removeFirst()
            }
            guard s.head < s.pending.count else { return nil }
            let work = s.pending[s.head]
            s.head += 1
            if s.head > 1024 && s.head * 2 > s.pending.count {
                s.pending.removeFirst(s.head)
                s.head = 0
            }
            s.running += 1
            return work
        }
    }

    /// Runs `body` in the next place that frees, ahead of queued work: a
    /// watchdog probe waits for one running job to end (bounded by the size
    /// limit), never for the whole backlog, and never answers while every
    /// worker is stuck.
    func probe(_ body: @escaping @Sendable () -> Void) {
        state.withLock { $0.urgent.append(body) }
        startWhatFits()
    }
}
