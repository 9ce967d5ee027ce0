#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CPosix
import SystemPackage

/// An owned file descriptor. It is closed exactly once, by ``close()`` or at
/// deinit, so no path can leak one (Byline runs for months).
///
/// A class rather than a `~Copyable` struct: Swift 6.3 crashes compiling
/// noncopyable values in some of the error paths used here. It is not
/// `Sendable`; each handle stays with the component that opened it.
public final class FileHandle {
    public private(set) var fd: CInt
    public let path: String

    public init(adopting fd: CInt, path: String) {
        self.fd = fd
        self.path = path
    }

    /// Opens `path` with `flags` (`O_CLOEXEC` is always added).
    public static func open(_ path: String, _ flags: CInt, mode: mode_t = 0o644) throws(SystemError) -> FileHandle {
        let fd = try syscall("open", path: path) { withCPath(path) { Glibc.open($0, flags | O_CLOEXEC, mode) } }
        return FileHandle(adopting: fd, path: path)
    }

    /// Opens `path` relative to the directory `dirfd` (used with `O_NOFOLLOW`
    /// so a symlink in the watched folder is never followed).
    public static func open(at dirfd: CInt, _ name: String, _ flags: CInt, displayPath: String, mode: mode_t = 0o644) throws(SystemError) -> FileHandle {
        let fd = try syscall("openat", path: displayPath) { withCPath(name) { openat(dirfd, $0, flags | O_CLOEXEC, mode) } }
        return FileHandle(adopting: fd, path: displayPath)
    }

    deinit {
        if fd >= 0 { _ = Glibc.close(fd) }
    }

    /// Lets go of the descriptor without closing it (for a handle adopted
    /// around a descriptor someone else owns, such as stdout).
    public func relinquish() { fd = -1 }

    /// Closes now and reports the error, for files whose close can fail
    /// meaningfully (NFS reports write errors at close).
    public func close() throws(SystemError) {
        guard fd >= 0 else { return }
        let fd = self.fd
        self.fd = -1
        if Glibc.close(fd) == -1 {
            let code = Errno(rawValue: currentErrno())
            // EINTR on close on Linux still closes the descriptor: retrying
            // could close a descriptor another thread just opened.
            if code != .interrupted { throw SystemError(call: "close", path: path, errno: code) }
        }
    }

    public func stat() throws(SystemError) -> FileStatus {
        try FileStatus.of(fd, "", flags: byline_at_empty_path, display: path)
    }

    /// Reads up to `count` bytes at the current offset; returns fewer only at
    /// end of file.
    public func read(upTo count: Int) throws(SystemError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try syscall("read", path: path) {
                out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, count - filled) }
            }
            if n == 0 { break }
            filled += n
        }
        out.removeLast(count - filled)
        return out
    }

    /// Reads from the current offset to the end of the file: as many
    /// bytes as `fstat` reports, then whatever a writer appended since.
    public func readToEnd() throws(SystemError) -> [UInt8] {
        var bytes = try read(upTo: max(try stat().size, 0))
        while true {
            let more = try read(upTo: 1 << 16)
            if more.isEmpty { return bytes }
            bytes.append(contentsOf: more)
        }
    }

    /// Writes all of `bytes`, continuing after short writes.
    public func write(all bytes: some Collection<UInt8>) throws(SystemError) {
        let array = Array(bytes)
        var done = 0
        while done < array.count {
            let n = try syscall("write", path: path) {
                array.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, array.count - done) }
            }
            done += n
        }
    }

    /// Data (not metadata such as mtime) reaches the disk before return.
    public func dataSync() throws(SystemError) {
        _ = try syscall("fdatasync", path: path) { fdatasync(fd) }
    }

    /// Data and metadata reach the disk; used on directories so a newly
    /// created or renamed entry survives a power cut.
    public func sync() throws(SystemError) {
        _ = try syscall("fsync", path: path) { fsync(fd) }
    }

    public func truncate(to size: Int) throws(SystemError) {
        _ = try syscall("ftruncate", path: path) { ftruncate(fd, off_t(size)) }
    }

    /// Takes an exclusive `flock` without waiting: false when another open
    /// file description holds it (another process, or another handle in
    /// this one). Released when the descriptor closes, even by a crash.
    public func tryLockExclusive() throws(SystemError) -> Bool {
        do {
            _ = try syscall("flock", path: path) { flock(fd, LOCK_EX | LOCK_NB) }
            return true
        } catch where error.errno == .wouldBlock {
            return false
        }
    }

    @discardableResult
    public func seek(to offset: Int, whence: CInt = SEEK_SET) throws(SystemError) -> Int {
        Int(try syscall("lseek", path: path) { lseek(fd, off_t(offset), whence) })
    }
}
