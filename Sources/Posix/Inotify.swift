#if canImport(Glibc)
import Glibc
#endif
import CPosix

/// An inotify instance: the kernel tells us when names in watched folders
/// are created, written and closed, or moved in.
public final class Inotify: Sendable {
    public struct Event: Sendable, Equatable {
        public let watch: CInt
        public let mask: UInt32
        public let name: String

        public var isOverflow: Bool { mask & UInt32(IN_Q_OVERFLOW) != 0 }
    }

    public let fd: CInt

    /// `nonBlocking` for use with a dispatch read source; blocking for a
    /// simple follower such as `byline tail -f`.
    public init(nonBlocking: Bool) throws(SystemError) {
        fd = try syscall("inotify_init1") { inotify_init1(CInt(IN_CLOEXEC) | (nonBlocking ? CInt(IN_NONBLOCK) : 0)) }
    }

    deinit { _ = Glibc.close(fd) }

    @discardableResult
    public func watch(_ path: String, mask: UInt32) throws(SystemError) -> CInt {
        try syscall("inotify_add_watch", path: path) { withCPath(path) { inotify_add_watch(fd, $0, mask) } }
    }

    /// Reads the events queued now. Returns none when a non-blocking
    /// instance has nothing to report.
    public func read() throws(SystemError) -> [Event] {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let n: Int
        do {
            n = try syscall("read") { buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) } }
        } catch where error.errno == .wouldBlock || error.errno == .resourceTemporarilyUnavailable {
            return []
        }
        var events: [Event] = []
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= n {
            let (wd, mask, len) = buffer.withUnsafeBytes { raw -> (CInt, UInt32, Int) in
                let e = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (e.wd, e.mask, Int(e.len))
            }
            let nameBytes = buffer[(offset + header)..<min(n, offset + header + len)]
            let name = FileName.decode(nameBytes.prefix(while: { $0 != 0 }))
            events.append(Event(watch: wd, mask: mask, name: name))
            offset += header + len
        }
        return events
    }
}
