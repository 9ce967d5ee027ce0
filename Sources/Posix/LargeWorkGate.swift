import Dispatch

/// One at a time for work whose memory grows with an article's size: the
/// intake's extraction of a large file (from its read until it is
/// settled) and the store's projection of a large record. Either alone
/// stays near 200 MB for a 15 MB article; the two side by side took the
/// daemon past 300 MB (`scripts/bench/big-articles`).
///
/// The intake's workers are dispatch threads and block in `enter()`; the
/// store's follower is a task and polls (`enter(polling:)`), so it never
/// holds a thread of the cooperative pool while it waits, and it yields to
/// the intake: while large files keep arriving the store lags, and it
/// catches up when they stop.
public final class LargeWorkGate: Sendable {
    /// Held or free, and the threads blocked in `enter()`, first come
    /// first served: `leave()` hands the gate straight to the first.
    /// (A `DispatchSemaphore` as the gate itself traps when it is freed
    /// while held, as a test's or a reloaded pipeline's may be.)
    private struct State {
        var held = false
        var blocked: [DispatchSemaphore] = []
    }

    private let state = Locked(State())

    public init() {}

    /// Blocks the calling thread until the gate is free, then holds it.
    public func enter() {
        let wake = state.withLock { s -> DispatchSemaphore? in
            guard s.held else {
                s.held = true
                return nil
            }
            let wake = DispatchSemaphore(value: 0)
            s.blocked.append(wake)
            return wake
        }
        wake?.wait()
    }

    /// Holds the gate if it is free now.
    public func tryEnter() -> Bool {
        state.withLock { s in
            guard !s.held else { return false }
            s.held = true
            return true
        }
    }

    /// Waits, polling every `interval`, until the gate is free, then holds
    /// it. It sleeps on `QueueTaskExecutor`'s timer, not `Task.sleep`'s,
    /// which would start Dispatch's global pool and its endless 1 s timer
    /// in the daemon.
    public func enter(polling interval: Duration) async {
        while !tryEnter() { await QueueTaskExecutor.shared.sleep(for: interval) }
    }

    /// Frees the gate, or hands it to the first blocked thread.
    public func leave() {
        let next = state.withLock { s -> DispatchSemaphore? in
            guard !s.blocked.isEmpty else {
                s.held = false
                return nil
            }
            return s.blocked.removeFirst()
        }
        next?.signal()
    }
}
