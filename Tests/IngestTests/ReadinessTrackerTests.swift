import Foundation
import TestSupport
import Testing
@testable import Ingest
@testable import Posix

@Suite struct ReadinessTrackerTests {
    let ms: UInt64 = 1_000_000

    func status(_ path: String) -> FileStatus { try! FileSystem.status(path) }

    @Test func openFileIsNeverReadyWhateverThePause() throws {
        let dir = TestDirectory()
        _ = FileManager.default.createFile(atPath: dir.sub("a.txt"), contents: Data("x".utf8))
        var t = ReadinessTracker(settleNanoseconds: 100 * ms)
        t.observe(.created, name: "a.txt", status: nil, now: 0)
        t.observe(.modified, name: "a.txt", status: nil, now: 1 * ms)
        // Scans do not override what inotify knows.
        t.observeScan(name: "a.txt", status: status(dir.sub("a.txt")), now: 2 * ms)
        #expect(t.admit(limit: 10, now: 3_600_000 * ms) { _ in self.status(dir.sub("a.txt")) }.isEmpty)
        t.observe(.closedAfterWrite, name: "a.txt", status: status(dir.sub("a.txt")), now: 3_600_000 * ms)
        #expect(t.admit(limit: 10, now: 3_600_050 * ms) { _ in self.status(dir.sub("a.txt")) }.isEmpty)
        #expect(t.admit(limit: 10, now: 3_600_100 * ms) { _ in self.status(dir.sub("a.txt")) } == ["a.txt"])
    }

    /// Defect 5 of #10: a file tracked as being written whose close event
    /// never came (a queue overflow, `O_TMPFILE`) was never taken, however
    /// many rescans passed. Two scans that find it unchanged, with no event
    /// between, send it on to settle; an event in between keeps it waiting.
    @Test func aFileWhoseCloseEventWasLostIsTakenAfterTwoQuietScans() throws {
        let dir = TestDirectory()
        let path = dir.sub("a.txt")
        _ = FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
        var t = ReadinessTracker(settleNanoseconds: 100 * ms)
        t.observe(.created, name: "a.txt", status: nil, now: 0)
        t.observeScan(name: "a.txt", status: status(path), now: 60_000 * ms)
        t.observe(.modified, name: "a.txt", status: nil, now: 61_000 * ms)
        t.observeScan(name: "a.txt", status: status(path), now: 120_000 * ms)
        #expect(t.admit(limit: 10, now: 130_000 * ms) { _ in self.status(path) }.isEmpty)
        t.observeScan(name: "a.txt", status: status(path), now: 180_000 * ms)
        #expect(t.admit(limit: 10, now: 180_050 * ms) { _ in self.status(path) }.isEmpty)
        #expect(t.admit(limit: 10, now: 180_100 * ms) { _ in self.status(path) } == ["a.txt"])
    }

    @Test func movedInIsReadyAtOnceAndAdmissionIsBounded() {
        var t = ReadinessTracker(settleNanoseconds: 100 * ms)
        for i in 0..<5 { t.observe(.movedIn, name: "f\(i)", status: nil, now: 0) }
        #expect(t.admit(limit: 2, now: 0) { _ in nil } == ["f0", "f1"])
        #expect(t.waiting == 3)
        #expect(t.admit(limit: 0, now: 0) { _ in nil }.isEmpty)
        #expect(t.admit(limit: 10, now: 0) { _ in nil } == ["f2", "f3", "f4"])
        // Admitted files are not admitted twice.
        t.observe(.movedIn, name: "f0", status: nil, now: 0)
        #expect(t.admit(limit: 10, now: 0) { _ in nil }.isEmpty)
    }

    @Test func changeDuringSettleRestartsTheClock() throws {
        let dir = TestDirectory()
        let path = dir.sub("b.txt")
        _ = FileManager.default.createFile(atPath: path, contents: Data("one".utf8))
        var t = ReadinessTracker(settleNanoseconds: 100 * ms)
        t.observeScan(name: "b.txt", status: status(path), now: 0)
        usleep(10_000)
        _ = FileManager.default.createFile(atPath: path, contents: Data("longer text".utf8))
        #expect(t.admit(limit: 10, now: 150 * ms) { _ in self.status(path) }.isEmpty)  // changed: restarted at 150ms
        #expect(t.admit(limit: 10, now: 200 * ms) { _ in self.status(path) }.isEmpty)
        #expect(t.admit(limit: 10, now: 260 * ms) { _ in self.status(path) } == ["b.txt"])
    }

    @Test func leftInPlaceFilesAreNotTakenAgainUntilChanged() throws {
        let dir = TestDirectory()
        let path = dir.sub("c.txt")
        _ = FileManager.default.createFile(atPath: path, contents: Data("one".utf8))
        var t = ReadinessTracker(settleNanoseconds: 0)
        t.observe(.movedIn, name: "c.txt", status: nil, now: 0)
        #expect(t.admit(limit: 10, now: 0) { _ in self.status(path) } == ["c.txt"])
        t.finished("c.txt", .left(status(path)), now: 0)
        t.observeScan(name: "c.txt", status: status(path), now: 1)
        #expect(t.admit(limit: 10, now: 2) { _ in self.status(path) }.isEmpty)
        usleep(10_000)
        _ = FileManager.default.createFile(atPath: path, contents: Data("two, changed".utf8))
        t.observeScan(name: "c.txt", status: status(path), now: 3)
        #expect(t.admit(limit: 10, now: 4) { _ in self.status(path) } == ["c.txt"])
    }

    @Test func vanishedWhileSettlingIsForgotten() {
        var t = ReadinessTracker(settleNanoseconds: 0)
        t.observe(.closedAfterWrite, name: "gone.txt", status: try? FileSystem.status("/etc/hostname"), now: 0)
        #expect(t.admit(limit: 10, now: 1) { _ in nil }.isEmpty)
        #expect(t.waiting == 0)
    }
}
