import Dispatch

/// Runs Swift tasks on one serial Dispatch queue instead of Swift
/// concurrency's default executor, Dispatch's global concurrent pool.
///
/// Why: on Linux, the first worker thread Dispatch starts for one of its
/// global (non-overcommit) queues, which the default executor,
/// `DispatchQueue.global()`, `concurrentPerform` and concurrent queues of
/// one's own all use, also starts libdispatch's workqueue monitor: a 1 s
/// repeating timer on its manager thread that nothing ever stops
/// (swift-corelibs-libdispatch, `src/event/workqueue.c`). A daemon that ran
/// one task would then wake every second for as long as it lives. Serial
/// queues run on the overcommit pool, which the monitor does not watch.
///
/// Tasks started with `Task(executorPreference: QueueTaskExecutor.shared)`
/// run here, and so do their child tasks, the continuations they resume and
/// the default actors they call. `Task.sleep` still goes through the global
/// pool: code on this executor sleeps with `sleep(for:)`.
public final class QueueTaskExecutor: TaskExecutor {
    /// The daemon's tasks (the store follower and the connections it opens):
    /// they wait on I/O, never on each other, so one thread serves them.
    public static let shared = QueueTaskExecutor(label: "byline.tasks")

    public let queue: DispatchQueue

    public init(label: String) {
        queue = DispatchQueue(label: label)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    /// `Task.sleep` without the global pool: this executor's queue times
    /// the `duration`, and the sleeping task goes on on its own executor.
    /// Not cancellable: callers sleep for short, fixed spells.
    public func sleep(for duration: Duration) async {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = max(0, seconds) * 1_000_000_000 + max(0, attoseconds) / 1_000_000_000
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) { done.resume() }
        }
    }
}
