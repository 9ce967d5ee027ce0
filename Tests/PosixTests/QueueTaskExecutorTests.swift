import Dispatch
import Testing
@testable import Posix

/// Tasks that prefer `QueueTaskExecutor` run on its queue, from their first
/// job to the ones after a sleep, a continuation resumed elsewhere or a
/// child task: none of their work goes to Dispatch's global pool.
@Suite struct QueueTaskExecutorTests {
    @Test func everyJobRunsOnTheQueue() async {
        let executor = QueueTaskExecutor(label: "byline.test.tasks")
        // A value set on the queue reads back only on a thread running it.
        let key = DispatchSpecificKey<Int>()
        executor.queue.setSpecific(key: key, value: 1)
        let onQueue = Locked<[Bool]>([])
        @Sendable func note() { onQueue.withLock { $0.append(DispatchQueue.getSpecific(key: key) == 1) } }
        note()  // the test's own thread: not the queue
        await Task(executorPreference: executor) {
            note()
            await executor.sleep(for: .milliseconds(20))
            note()
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                DispatchQueue(label: "byline.test.elsewhere").async { done.resume() }
            }
            note()
            async let child: Void = note()
            await child
        }.value
        #expect(onQueue.withLock { $0 } == [false, true, true, true, true])
    }
}
