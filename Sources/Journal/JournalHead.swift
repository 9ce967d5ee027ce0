import Posix
#if canImport(Glibc)
import Glibc
#endif

/// The seq and hash of the last acknowledged record, kept in `head` beside
/// the segments.
///
/// The hash chain proves that no record was changed, inserted or removed
/// *between* others, but not that none was cut off the end: a journal
/// truncated at a record boundary, or missing its last segment, verifies
/// as a shorter intact journal, and a writer would hand the cut seqs out
/// again. The head remembers how far the journal reached. It is written in
/// place after every flush is durable, and not flushed itself: after a
/// crash it may be behind the journal (harmless), never ahead of it.
public struct JournalHead: Sendable, Equatable {
    public var seq: UInt64
    public var hash: String

    static let fileName = "head"
    static let size = 128

    static func path(in directory: String) -> String { FileSystem.join(directory, fileName) }

    /// The head of the journal in `directory`; nil when there is none (a
    /// journal from before heads existed) or it cannot be read.
    public static func read(directory: String) -> JournalHead? {
        guard let file = try? FileHandle.open(path(in: directory), O_RDONLY),
              let bytes = try? file.read(upTo: size) else { return nil }
        let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let seq = UInt64(fields[0]), fields[1].count == 64 else { return nil }
        return JournalHead(seq: seq, hash: String(fields[1]))
    }

    /// The fixed-size line written at offset 0.
    var bytes: [UInt8] {
        var line = Array("\(seq) \(hash)\n".utf8)
        line += [UInt8](repeating: UInt8(ascii: " "), count: max(0, Self.size - 1 - line.count)) + [UInt8(ascii: "\n")]
        return line
    }

    func write(to file: FileHandle) throws(SystemError) {
        let line = bytes
        _ = try syscall("pwrite", path: file.path) {
            line.withUnsafeBytes { pwrite(file.fd, $0.baseAddress, $0.count, 0) }
        }
    }
}
