#if canImport(Glibc)
import Glibc
#endif
import CPosix
import SystemPackage

/// Path-level operations, each through ``syscall(_:path:_:)``.
public enum FileSystem {
    /// `lstat`: a symlink is reported as a symlink, never followed.
    public static func status(_ path: String) throws(SystemError) -> FileStatus {
        try FileStatus.of(AT_FDCWD, path, flags: AT_SYMLINK_NOFOLLOW, display: path)
    }

    public static func exists(_ path: String) -> Bool {
        (try? status(path)) != nil
    }

    /// Creates `path` and any missing parents; an existing directory is fine.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(SystemError) {
        if path.isEmpty || path == "/" { return }
        if let st = try? status(path), st.kind == .directory { return }
        let parent = parentDirectory(of: path)
        if parent != path { try makeDirectories(parent, mode: mode) }
        do {
            _ = try syscall("mkdir", path: path) { withCPath(path) { mkdir($0, mode) } }
        } catch where error.errno == .fileExists {
            return
        }
    }

    /// Names in a directory, without `.` and `..`, sorted bytewise so every
    /// listing is deterministic.
    public static func list(_ path: String) throws(SystemError) -> [String] {
        let dir = try syscallPointer("opendir", path: path) { withCPath(path) { opendir($0) } }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = FileName.decode(Self.name(of: entry))
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The name in a `readdir` entry, read through a pointer up to its NUL.
    /// Not `entry.pointee.d_name`: that copies the whole 256-byte array,
    /// and an entry is only as long as its name, so for the last entry of
    /// the directory buffer the copy reads past the allocation
    /// (AddressSanitizer found it with 10,000 files).
    static func name(of entry: UnsafeMutablePointer<dirent>) -> UnsafeBufferPointer<UInt8> {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
        let start = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: UInt8.self)
        return UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)))
    }

    public static func rename(_ from: String, to: String) throws(SystemError) {
        _ = try syscall("rename", path: from) { withCPath(from) { f in withCPath(to) { Glibc.rename(f, $0) } } }
    }

    public static func remove(_ path: String) throws(SystemError) {
        _ = try syscall("unlink", path: path) { withCPath(path) { unlink($0) } }
    }

    /// Replaces the file at `path` whole: written to `path.tmp`, then renamed
    /// over it, so a reader sees the old file or the new one, never half of
    /// one. `durable` also syncs the data before the rename and the folder
    /// after it (a crash then leaves one of the two on disk as well).
    public static func replaceContents(of path: String, with bytes: [UInt8], mode: mode_t, durable: Bool) throws(SystemError) {
        let temporary = path + ".tmp"
        let file = try FileHandle.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode: mode)
        do {
            try file.write(all: bytes)
            if durable { try file.dataSync() }
            try file.close()
        } catch {
            try? file.close()
            throw error
        }
        try rename(temporary, to: path)
        if durable { try syncDirectory(parentDirectory(of: path)) }
    }

    /// fsyncs a directory so entries created or renamed in it are durable.
    public static func syncDirectory(_ path: String) throws(SystemError) {
        let dir = try FileHandle.open(path, O_RDONLY | O_DIRECTORY)
        try dir.sync()
        try dir.close()
    }

    /// `name` in the folder that holds `folder` (`a/journal/` -> `a/name`):
    /// where the store and the metrics go by default, beside the journal.
    public static func beside(_ folder: String, named name: String) -> String {
        var path = folder
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return join(parentDirectory(of: path), name)
    }

    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    public static func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    /// An absolute form of `path` against the working directory (no symlink
    /// resolution: the record keeps the path the user gave, made absolute).
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX))
        guard getcwd(&buf, buf.count) != nil else { return path }
        let cwd = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var rel = Substring(path)
        while rel.hasPrefix("./") { rel = rel.dropFirst(2) }
        return rel.isEmpty || rel == "." ? cwd : join(cwd, String(rel))
    }
}

extension FileSystem {
    /// File systems where inotify sees only local changes: files written by
    /// other machines never raise events there, so watching must poll.
    public static func isNetworkFileSystem(_ path: String) -> Bool {
        var info = statfs()
        guard (try? syscall("statfs", path: path, { withCPath(path) { statfs($0, &info) } })) != nil else { return false }
        let networked: Set<Int64> = [
            0x6969,        // NFS
            0xFF53_4D42,   // CIFS
            0xFE53_4D42,   // SMB2
            0x517B,        // SMB
            0x6573_5546,   // FUSE (sshfs and friends)
        ]
        return networked.contains(Int64(info.f_type))
    }
}
