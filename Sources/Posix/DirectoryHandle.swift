#if canImport(Glibc)
import Glibc
#endif
import CPosix
import SystemPackage

/// An open directory, and the operations Byline makes relative to it.
///
/// Settling a file by full path follows whatever symlinks the path holds
/// at that instant: `processed/` swapped for a link to the journal folder
/// would send the file there. Relative to a descriptor opened
/// `O_DIRECTORY | O_NOFOLLOW`, one component at a time, a link anywhere
/// below the trusted starting point fails with `ELOOP` instead.
public final class DirectoryHandle {
    public let handle: FileHandle
    public var path: String { handle.path }

    init(_ handle: FileHandle) { self.handle = handle }

    /// Opens `path` itself, following symlinks: for paths the administrator
    /// configured, above anything a writer to the inbox can change.
    public static func open(trusted path: String) throws(SystemError) -> DirectoryHandle {
        DirectoryHandle(try FileHandle.open(path, O_RDONLY | O_DIRECTORY))
    }

    /// Opens the sub-directory `relative` (`a/b`) beneath this one, never
    /// following a symlink; missing ones are made when `create` is set.
    public func open(beneath relative: String, create: Bool) throws(SystemError) -> DirectoryHandle {
        var current = self
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            let name = String(component)
            guard name != "..", name != "." else {
                throw SystemError(call: "openat", path: FileSystem.join(current.path, name), errno: .invalidArgument)
            }
            current = try current.child(name, create: create)
        }
        return current
    }

    private func child(_ name: String, create: Bool) throws(SystemError) -> DirectoryHandle {
        let display = FileSystem.join(path, name)
        let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW
        do {
            return DirectoryHandle(try FileHandle.open(at: handle.fd, name, flags, displayPath: display))
        } catch where create && error.errno == .noSuchFileOrDirectory {
            do {
                _ = try syscall("mkdirat", path: display) { withCPath(name) { mkdirat(handle.fd, $0, 0o755) } }
            } catch where error.errno == .fileExists {
                // Made meanwhile by someone else: open whatever is there (without following it).
            }
            return DirectoryHandle(try FileHandle.open(at: handle.fd, name, flags, displayPath: display))
        }
    }

    /// `fstatat(AT_SYMLINK_NOFOLLOW)`: the entry itself, never a link's target.
    public func status(of name: String) throws(SystemError) -> FileStatus {
        try FileStatus.of(handle.fd, name, flags: AT_SYMLINK_NOFOLLOW, display: FileSystem.join(path, name))
    }

    /// Moves `name` here to `target` in `directory`; fails with `EEXIST`
    /// rather than replace a file there.
    public func renameNoReplace(_ name: String, to directory: DirectoryHandle, as target: String) throws(SystemError) {
        _ = try syscall("renameat2", path: FileSystem.join(path, name)) {
            withCPath(name) { from in withCPath(target) { byline_renameat_noreplace(handle.fd, from, directory.handle.fd, $0) } }
        }
    }

    public func remove(_ name: String) throws(SystemError) {
        _ = try syscall("unlinkat", path: FileSystem.join(path, name)) { withCPath(name) { unlinkat(handle.fd, $0, 0) } }
    }

    /// Makes entries created or renamed here durable.
    public func sync() throws(SystemError) { try handle.sync() }
}
