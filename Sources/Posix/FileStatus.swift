#if canImport(Glibc)
import Glibc
#endif
import CPosix

/// The fields of `statx` Byline decides on.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case regular, directory, symlink, other }

    public let kind: Kind
    public let size: Int
    public let modified: timespec
    /// The inode's last status change: set when the file is created,
    /// written, renamed, linked or has its mode changed, and (unlike
    /// `modified`) not settable by `touch` or `cp -p`.
    public let changed: timespec
    /// When the inode was made, where the file system records it (ext4,
    /// XFS, btrfs, tmpfs): unlike `changed`, untouched by renaming the
    /// file or linking it elsewhere.
    public let born: timespec?
    public let inode: UInt64
    public let device: UInt64
    /// Hard links to the inode: more than one means the name was made with
    /// link(2), a complete file appearing at once.
    public let links: Int

    init(_ st: byline_stat) {
        switch st.mode & UInt32(S_IFMT) {
        case UInt32(S_IFREG): kind = .regular
        case UInt32(S_IFDIR): kind = .directory
        case UInt32(S_IFLNK): kind = .symlink
        default: kind = .other
        }
        size = Int(st.size)
        modified = timespec(tv_sec: Int(st.mtime_sec), tv_nsec: Int(st.mtime_nsec))
        changed = timespec(tv_sec: Int(st.ctime_sec), tv_nsec: Int(st.ctime_nsec))
        born = st.has_birth != 0 ? timespec(tv_sec: Int(st.btime_sec), tv_nsec: Int(st.btime_nsec)) : nil
        inode = st.inode
        device = st.device
        links = Int(st.links)
    }

    /// `statx` of `path` relative to `dirfd` (`AT_FDCWD` for the working
    /// directory; "" with `AT_EMPTY_PATH` for the descriptor itself).
    static func of(_ dirfd: CInt, _ path: String, flags: CInt, display: String) throws(SystemError) -> FileStatus {
        var st = byline_stat()
        _ = try syscall("statx", path: display) { withCPath(path) { byline_statx(dirfd, $0, flags, &st) } }
        return FileStatus(st)
    }

    /// Which file this is, as the journal remembers it: `inode:birth-ns`,
    /// or `inode:cctime-ns` where the file system keeps no birth time. A
    /// new copy is born anew even where the file system reuses the inode
    /// and `cp -p` keeps the mtime; renaming the file or a hard link to it
    /// (which moves the ctime) leaves it the same file. The device number
    /// is left out: it can change across reboots.
    public var identity: String {
        func ns(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }
        if let born { return "\(inode):\(ns(born))" }
        return "\(inode):c\(ns(changed))"
    }

    public static func == (a: FileStatus, b: FileStatus) -> Bool {
        a.kind == b.kind && a.size == b.size && a.inode == b.inode && a.device == b.device
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}
