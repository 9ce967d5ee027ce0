import Foundation

/// A tmpfs of a few kilobytes, mounted for one test: a disk that really
/// fills, with `ENOSPC` from the kernel. Needs root (CI runs the tests as
/// root); unmounted at deinit.
public final class SmallFileSystem {
    public let directory: TestDirectory
    public var path: String { directory.path }

    public init(kilobytes: Int, _ label: String = #function) throws {
        directory = TestDirectory(label)
        // mount(2) itself, not /bin/mount: a child forked beside a test
        // that holds a journal keeps a copy of its lock until it execs,
        // and that test, closing its writer and opening it again at once,
        // found the journal still locked.
        guard mount("tmpfs", directory.path, "tmpfs", 0, "size=\(kilobytes)k,mode=0755") == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "mount tmpfs at \(directory.path): errno \(errno)"])
        }
    }

    deinit { umount2(directory.path, Int32(MNT_DETACH)) }

    /// Writes a file of `bytes` zeros (as much as fits), to leave only a
    /// little room; removing it gives the room back.
    /// Takes all but `kilobytes` of the free space with one file. Others
    /// may be writing to the file system meanwhile (the daemon's store
    /// beside its journal): space is claimed with posix_fallocate and the
    /// free space measured again when another writer took some first.
    public func fill(_ name: String, leaving kilobytes: Int) throws {
        let fd = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        for _ in 0..<10 {
            var info = statvfs()
            guard statvfs(path, &info) == 0 else { throw CocoaError(.fileWriteUnknown) }
            let free = Int(info.f_bavail) * Int(info.f_frsize)
            guard free > kilobytes * 1024 else { return }
            let current = lseek(fd, 0, SEEK_END)
            if posix_fallocate(fd, 0, off_t(Int(current) + free - kilobytes * 1024)) == 0 { return }
        }
        throw CocoaError(.fileWriteOutOfSpace)
    }
}
