import ArgumentParser
import Posix
#if canImport(Glibc)
import Glibc
#endif

/// The articles a command reads: files, folders (their files, by name,
/// not their sub-folders), and lists of paths (`--files-from`, one per
/// line, `-` for stdin).
///
/// Why folders and lists: ArgumentParser's cost per positional argument
/// grows with the number before it (each value's origin is merged into a
/// set copied every time), so `byline extract corpus/*.txt` spent 1.5 s
/// parsing 8,000 paths before reading one; a folder or a list is one
/// argument, and the shell's limit on a command line does not apply.
struct ArticlePaths: ParsableArguments {
    @Argument(help: "Article files, or folders of them (their files, by name; not their sub-folders).")
    var files: [String] = []

    @Option(name: .customLong("files-from"), help: ArgumentHelp("Also read the paths in FILE, one per line ('-': stdin).", valueName: "file"))
    var filesFrom: String?

    func validate() throws {
        if files.isEmpty && filesFrom == nil {
            throw ValidationError("Give article files, a folder of them, or --files-from.")
        }
    }

    /// Every article path, folders and lists expanded, in the order given.
    /// A folder's names starting with `.` are left out (the daemon never
    /// reads them either: partial writes and editors' files).
    func resolve() throws -> [String] {
        var paths: [String] = []
        for path in files + (try listed()) {
            guard let status = try? FileSystem.status(path), status.kind == .directory else {
                paths.append(path)  // a file, or what cannot be read: its record says why
                continue
            }
            for name in try FileSystem.list(path) where !name.hasPrefix(".") {
                let inner = FileSystem.join(path, name)
                if (try? FileSystem.status(inner))?.kind != .directory { paths.append(inner) }
            }
        }
        return paths
    }

    /// The paths in `--files-from`, one per line, blank lines skipped.
    private func listed() throws -> [String] {
        guard let filesFrom else { return [] }
        let bytes: [UInt8]
        if filesFrom == "-" {
            let stdin = FileHandle(adopting: 0, path: "stdin")
            defer { stdin.relinquish() }  // stdin stays open
            bytes = try stdin.readToEnd()
        } else {
            bytes = try FileHandle.open(filesFrom, O_RDONLY | O_CLOEXEC).readToEnd()
        }
        return bytes.split(separator: UInt8(ascii: "\n")).map { FileName.decode($0) }.filter { !$0.isEmpty }
    }
}
