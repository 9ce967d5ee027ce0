import Posix

/// Lists the candidate files of a watched folder: names relative to it,
/// ignoring writers' temporary names and the settle folders, descending
/// into sub-folders when recursive.
public struct FolderScanner: Sendable {
    public let root: String
    public let recursive: Bool
    /// Absolute paths never descended into (processed/, failed/).
    public let excluded: Set<String>

    public init(root: String, recursive: Bool, excluded: Set<String>) {
        self.root = root
        self.recursive = recursive
        self.excluded = excluded
    }

    public struct Entry: Sendable {
        public let name: String
        public let status: FileStatus
    }

    /// Files (and symlinks, FIFOs: they get rejected, not ignored) and,
    /// separately, the sub-folders that were walked.
    public func scan() -> (files: [Entry], directories: [String]) {
        var files: [Entry] = []
        var directories: [String] = []
        walk("", &files, &directories)
        return (files, directories)
    }

    private func walk(_ relative: String, _ files: inout [Entry], _ directories: inout [String]) {
        let dir = relative.isEmpty ? root : FileSystem.join(root, relative)
        guard let names = try? FileSystem.list(dir) else { return }
        for name in names where !IgnoredNames.isIgnored(name) {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let path = FileSystem.join(root, rel)
            guard let status = try? FileSystem.status(path) else { continue }
            if status.kind == .directory {
                if recursive && !excluded.contains(path) {
                    directories.append(rel)
                    walk(rel, &files, &directories)
                }
            } else {
                files.append(Entry(name: rel, status: status))
            }
        }
    }
}
