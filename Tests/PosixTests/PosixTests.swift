import Foundation
import Glibc
import Testing
@testable import Posix

@Suite struct PosixTests {
    @Test func errnoBecomesTypedError() {
        do {
            _ = try FileHandle.open("/nonexistent/byline", O_RDONLY)
            Issue.record("open should fail")
        } catch {
            #expect(error.errno == .noSuchFileOrDirectory)
            #expect(error.description.contains("/nonexistent/byline"))
        }
    }

    @Test func renameNoReplaceNeverOverwrites() throws {
        let dir = NSTemporaryDirectory() + "byline-posix-\(getpid())"
        try FileSystem.makeDirectories(dir + "/a/b")
        _ = FileManager.default.createFile(atPath: dir + "/one", contents: Data("1".utf8))
        _ = FileManager.default.createFile(atPath: dir + "/two", contents: Data("2".utf8))
        let folder = try DirectoryHandle.open(trusted: dir)
        #expect(throws: SystemError.self) { try folder.renameNoReplace("one", to: folder, as: "two") }
        #expect(String(decoding: FileManager.default.contents(atPath: dir + "/two") ?? Data(), as: UTF8.self) == "2")
        try folder.renameNoReplace("one", to: folder, as: "three")
        #expect(try FileSystem.list(dir) == ["a", "three", "two"])
        try? FileManager.default.removeItem(atPath: dir)
    }

    @Test func interruptedCallsAreRetried() throws {
        // A handler without SA_RESTART makes a blocking read fail with EINTR;
        // the wrapper must retry it and still deliver the data.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        action.sa_flags = 0
        sigaction(SIGUSR2, &action, nil)
        var fds: [CInt] = [0, 0]
        #expect(pipe(&fds) == 0)
        let reader = FileHandle(adopting: fds[0], path: "pipe")
        let target = pthread_self()
        let writer = fds[1]
        Thread.detachNewThread {
            usleep(100_000)
            pthread_kill(target, SIGUSR2)
            usleep(100_000)
            _ = "ok".withCString { Glibc.write(writer, $0, 2) }
            Glibc.close(writer)
        }
        let bytes = try reader.read(upTo: 2)
        #expect(bytes == Array("ok".utf8))
    }
}
