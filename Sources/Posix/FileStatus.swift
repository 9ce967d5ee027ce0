#if canImport(Glibc)
import Glibc
#endif

/// The fields of `struct stat` Byline decides on.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case regular, directory, symlink, other }

    public let kind: Kind
    public let size: Int
    public let modified: timespec
    /// The inode's last status change: set when the file is created,
    /// written, renamed or has its mode changed, and (unlike `modified`) not
    /// settable by `touch` or `cp -p`.
    public let changed: timespec
    public let inode: UInt64
    public let device: UInt64
    /// Hard links to the inode: more than one means the name was made with
    /// link(2), a complete file appearing at once.
    public let links: Int

    init(_ st: stat) {
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        size = Int(st.st_size)
        modified = st.st_mtim
        changed = st.st_ctim
        inode = UInt64(st.st_ino)
        device = UInt64(st.st_dev)
        links = Int(st.st_nlink)
    }

    /// `inode:ctime-ns`: which file this is, as the journal remembers it.
    /// A new copy gets a new ctime even where the file system reuses the
    /// inode and `cp -p` keeps the mtime; the device number is left out
    /// because it can change across reboots.
    public var identity: String {
        "\(inode):\(Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))"
    }

    public static func == (a: FileStatus, b: FileStatus) -> Bool {
        a.kind == b.kind && a.size == b.size && a.inode == b.inode && a.device == b.device
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}
