import Dispatch
import Foundation
import Testing
@testable import Posix

/// The intake's large files and the store's large records take turns.
@Suite struct LargeWorkGateTests {
    @Test func oneHolderAtATimeBlockingOrPolling() async throws {
        let gate = LargeWorkGate()
        #expect(gate.tryEnter())
        #expect(!gate.tryEnter())
        // A task polls while the gate is held, and gets it once it is left.
        let entered = Locked(false)
        let waiter = Task {
            await gate.enter(polling: .milliseconds(10))
            entered.withLock { $0 = true }
        }
        try await Task.sleep(for: .milliseconds(200))
        #expect(!entered.withLock { $0 })
        gate.leave()
        await waiter.value
        #expect(entered.withLock { $0 })
        // A blocked thread gets it when the task leaves.
        let threadEntered = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            gate.enter()
            threadEntered.signal()
        }
        #expect(threadEntered.wait(timeout: .now() + .milliseconds(200)) == .timedOut)
        gate.leave()
        #expect(threadEntered.wait(timeout: .now() + .seconds(60)) == .success)
        #expect(!gate.tryEnter())
        gate.leave()
        #expect(gate.tryEnter())
    }
}
