import Foundation

/// A tmpfs of a few kilobytes, mounted for one test: a disk that really
/// fills, with `ENOSPC` from the kernel. Needs root (CI runs the tests as
/// root); unmounted at deinit.
public final class SmallFileSystem {
    public let directory: TestDirectory
    public var path: String { directory.path }

    public init(kilobytes: Int, _ label: String = #function) throws {
        directory = TestDirectory(label)
        try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", directory.path])
    }

    deinit { try? Self.run("/bin/umount", ["-l", directory.path]) }

    /// Writes a file of `bytes` zeros (as much as fits), to leave only a
    /// little room; removing it gives the room back.
    public func fill(_ name: String, leaving kilobytes: Int) throws {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { throw CocoaError(.fileWriteUnknown) }
        let free = Int(info.f_bavail) * Int(info.f_frsize)
        let size = max(0, free - kilobytes * 1024)
        FileManager.default.createFile(atPath: path + "/" + name, contents: Data(count: size))
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments) exited \(p.terminationStatus)"])
        }
    }
}
