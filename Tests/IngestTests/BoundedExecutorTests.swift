import Dispatch
import Glibc
import Posix
import Testing
@testable import Ingest

/// The intake's extraction workers: at most `limit` jobs at once, each on
/// a lane (a serial queue) that is used again, never one per job.
@Suite struct BoundedExecutorTests {
    @Test func atMostTheLimitAtOnceOnLanesUsedAgain() {
        let executor = BoundedExecutor(label: "byline.test.bounded", limit: 2)
        let state = Locked((running: 0, most: 0, ran: Set<Int>()))
        let done = DispatchGroup()
        for i in 0..<40 {
            done.enter()
            executor.submit {
                state.withLock { s in
                    s.running += 1
                    s.most = max(s.most, s.running)
                    s.ran.insert(i)
                }
                usleep(2_000)
                state.withLock { $0.running -= 1 }
                done.leave()
            }
        }
        #expect(done.wait(timeout: .now() + 60) == .success)
        let s = state.withLock { $0 }
        #expect(s.ran == Set(0..<40))
        #expect(s.most == 2)
        #expect(executor.lanesMade == 2)
    }

    /// A probe takes the next free place, ahead of the queued work.
    @Test func aProbeGoesAheadOfTheQueue() {
        let executor = BoundedExecutor(label: "byline.test.probe", limit: 1)
        let order = Locked<[String]>([])
        let release = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        done.enter()
        executor.submit {
            release.wait()
            order.withLock { $0.append("first") }
            done.leave()
        }
        done.enter()
        executor.submit {
            order.withLock { $0.append("queued") }
            done.leave()
        }
        done.enter()
        executor.probe {
            order.withLock { $0.append("probe") }
            done.leave()
        }
        release.signal()
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(order.withLock { $0 } == ["first", "probe", "queued"])
        #expect(executor.lanesMade == 1)
    }
}
