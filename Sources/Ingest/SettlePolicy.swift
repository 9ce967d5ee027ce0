import Posix

/// What happens to an input file once its outcome is durable in the journal.
public struct SettlePolicy: Sendable, Equatable {
    public enum Action: String, Sendable, Equatable { case move, delete, leave }

    public var action: Action
    /// Where extracted (and duplicate) files go, with `move`.
    public var processedDirectory: String
    /// Where rejected files go, with `move`.
    public var failedDirectory: String

    public init(action: Action, processedDirectory: String, failedDirectory: String) {
        self.action = action
        self.processedDirectory = processedDirectory
        self.failedDirectory = failedDirectory
    }
}

/// Carries out a ``SettlePolicy``, relative to directory descriptors: the
/// watched folder is opened by its configured path, and every folder below
/// it (the file's sub-folder, `processed/`, `failed/`) one component at a
/// time without following symlinks, so a link swapped in while a file is
/// in flight fails the settle (`ELOOP`) instead of sending the file, or
/// the journal, somewhere else. A destination outside the watched folder
/// is opened by its configured parent, its last component not followed.
enum Settler {
    enum Outcome: Equatable {
        case moved(to: String)
        case deleted
        /// Left in the folder, with its status so scans leave it alone.
        case left(FileStatus)
        /// It was no longer there (its record is durable all the same).
        case gone
        /// Another file now has the name (replaced while in the pipeline):
        /// it is not the one the record describes, so it stays, to be
        /// looked at as a new arrival.
        case replaced(FileStatus)
    }

    /// Settles `name` (relative to `root`) if it is still the file that was
    /// read (`identity`, `FileStatus.identity`; nil when nothing could be
    /// read, as for a file that vanished). Moves never overwrite: on a name
    /// clash the file gets a numbered suffix (`story.1.txt`).
    static func settle(root: String, name: String, identity: String?, failed: Bool, policy: SettlePolicy) throws(SystemError) -> Outcome {
        let rootDirectory = try DirectoryHandle.open(trusted: root)
        let parent = FileSystem.parentDirectory(of: name)
        let base = FileSystem.baseName(of: name)
        let source: DirectoryHandle
        let status: FileStatus
        do {
            source = parent == "." ? rootDirectory : try rootDirectory.open(beneath: parent, create: false)
            status = try source.status(of: base)
        } catch where error.errno == .noSuchFileOrDirectory {
            return .gone
        }
        if let identity, status.identity != identity { return .replaced(status) }
        switch policy.action {
        case .leave:
            return .left(status)
        case .delete:
            do {
                try source.remove(base)
                return .deleted
            } catch where error.errno == .noSuchFileOrDirectory {
                return .gone
            }
        case .move:
            let destination = failed ? policy.failedDirectory : policy.processedDirectory
            var target = try directory(destination, root: rootDirectory)
            if parent != "." { target = try target.open(beneath: parent, create: true) }
            var targetName = base
            var n = 0
            while true {
                do {
                    try source.renameNoReplace(base, to: target, as: targetName)
                    return .moved(to: FileSystem.join(target.path, targetName))
                } catch where error.errno == .fileExists {
                    n += 1
                    targetName = suffixed(base, n)
                } catch where error.errno == .noSuchFileOrDirectory {
                    return .gone
                }
            }
        }
    }

    /// `path` opened beneath the watched folder when it lies inside it, or
    /// by its configured parent otherwise; made if missing.
    static func directory(_ path: String, root: DirectoryHandle) throws(SystemError) -> DirectoryHandle {
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        if path.hasPrefix(prefix) {
            return try root.open(beneath: String(path.dropFirst(prefix.count)), create: true)
        }
        let parentPath = FileSystem.parentDirectory(of: path)
        try FileSystem.makeDirectories(parentPath)
        return try DirectoryHandle.open(trusted: parentPath).open(beneath: FileSystem.baseName(of: path), create: true)
    }

    /// `story.txt`, 2 -> `story.2.txt`; `README`, 2 -> `README.2`.
    static func suffixed(_ name: String, _ n: Int) -> String {
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return "\(name[..<dot]).\(n)\(name[dot...])"
        }
        return "\(name).\(n)"
    }
}
