import Foundation
import Glibc
import Posix

/// A real `NOTIFY_SOCKET`: a datagram socket like the one systemd gives a
/// `Type=notify` service, collecting every message the daemon sends.
final class NotifySocket: Sendable {
    let path: String
    private let fd: CInt
    private final class Box: Sendable {
        let messages = Locked<[String]>([])
        let closing = Locked(false)
    }
    private let box = Box()

    init(in dir: String) {
        path = dir + "/notify.sock"
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        _ = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let socketFD = self.fd
        let box = self.box
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            // The reader owns the descriptor and closes it itself: closing it
            // from deinit could let a new socket reuse the number under us.
            defer { close(socketFD) }
            while !box.closing.withLock({ $0 }) {
                let n = recv(socketFD, &buffer, buffer.count, 0)
                if n > 0 {
                    box.messages.withLock { $0.append(String(decoding: buffer[..<n], as: UTF8.self)) }
                } else if n < 0 && errno != EAGAIN && errno != EINTR {
                    return
                }
            }
        }
    }

    deinit {
        box.closing.withLock { $0 = true }
        unlink(path)
    }

    var all: [String] { box.messages.withLock { $0 } }

    func contains(_ needle: String) -> Bool { all.contains { $0.contains(needle) } }
}
