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

/// Carries out a ``SettlePolicy``.
enum Settler {
    enum Outcome: Equatable {
        case moved(to: String)
        case deleted
        /// Left in the folder, with its status so scans leave it alone.
        case left(FileStatus?)
        /// It was no longer there (its record is durable all the same).
        case gone
    }

    /// Settles `name` (relative to `root`). Moves never overwrite: on a
    /// name clash the file gets a numbered suffix (`story.1.txt`).
    static func settle(root: String, name: String, failed: Bool, policy: SettlePolicy) throws(SystemError) -> Outcome {
        let source = FileSystem.join(root, name)
        switch policy.action {
        case .leave:
            return .left(try? FileSystem.status(source))
        case .delete:
            do {
                try FileSystem.remove(source)
                return .deleted
            } catch where error.errno == .noSuchFileOrDirectory {
                return .gone
            }
        case .move:
            let base = FileSystem.join(failed ? policy.failedDirectory : policy.processedDirectory, name)
            try FileSystem.makeDirectories(FileSystem.parentDirectory(of: base))
            var target = base
            var n = 0
            while true {
                do {
                    try FileSystem.renameNoReplace(source, to: target)
                    return .moved(to: target)
                } catch where error.errno == .fileExists {
                    n += 1
                    target = suffixed(base, n)
                } catch where error.errno == .noSuchFileOrDirectory {
                    return .gone
                }
            }
        }
    }

    /// `dir/story.txt`, 2 -> `dir/story.2.txt`; `dir/README`, 2 -> `dir/README.2`.
    static func suffixed(_ path: String, _ n: Int) -> String {
        let dir = FileSystem.parentDirectory(of: path)
        let name = FileSystem.baseName(of: path)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return FileSystem.join(dir, "\(name[..<dot]).\(n)\(name[dot...])")
        }
        return FileSystem.join(dir, "\(name).\(n)")
    }
}
