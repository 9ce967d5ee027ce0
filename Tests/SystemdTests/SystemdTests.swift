import Foundation
import Glibc
import Testing
@testable import Systemd

@Suite(.serialized) struct SystemdTests {
    @Test func fieldNamesJournaldWouldDropAreRefused() {
        #expect(JournaldField("BYLINE_ENTITY", "Iran") != nil)
        #expect(JournaldField("byline_entity", "Iran") == nil)
        #expect(JournaldField("_PID", "1") == nil)
        #expect(JournaldField("1ABC", "x") == nil)
        #expect(JournaldField(String(repeating: "A", count: 65), "x") == nil)
    }

    /// sd_notify against a real datagram socket, as systemd provides it.
    @Test func notifyReachesTheSocket() throws {
        let path = NSTemporaryDirectory() + "byline-notify-\(getpid()).sock"
        unlink(path)
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd); unlink(path) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        setenv("NOTIFY_SOCKET", path, 1)
        defer { unsetenv("NOTIFY_SOCKET") }
        let notifier = Notifier()
        #expect(notifier.isActive)
        notifier.ready(status: "watching /inbox")
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = recv(fd, &buffer, buffer.count, 0)
        #expect(String(decoding: buffer[..<max(n, 0)], as: UTF8.self) == "READY=1\nSTATUS=watching /inbox")
    }

    @Test func notifyWithoutManagerIsANoOp() {
        unsetenv("NOTIFY_SOCKET")
        #expect(!Notifier().isActive)
        #expect(!Notifier().notify("READY=1"))
    }
}
