#if canImport(Glibc)
import Glibc
#endif

/// The fields of `struct stat` Byline decides on.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case regular, directory, symlink, other }

    public let kind: Kind
    public let size: Int
    public let modified: timespec
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
        inode = UInt64(st.st_ino)
        device = UInt64(st.st_dev)
        links = Int(st.st_nlink)
    }

    /// `device:inode:mtime-ns`: changes when the file is replaced or rewritten.
    public var identity: String {
        "\(device):\(inode):\(Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec))"
    }

    public static func == (a: FileStatus, b: FileStatus) -> Bool {
        a.kind == b.kind && a.size == b.size && a.inode == b.inode && a.device == b.device
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
    }
}
