import Posix
#if canImport(Glibc)
import Glibc
#endif

/// A journal's stable id: 32 hex digits of randomness in the file `id`
/// beside the segments, made once, when a writer first opens the journal.
///
/// Several hosts project their journals into one database, and a journal's
/// seqs are only unique within it: the store keys arrivals and its cursor
/// by this id. Paths are no good for that (every host has
/// `/var/lib/byline/journal`), and neither is the first record's hash (two
/// journals may start alike).
public enum JournalIdentity {
    static let fileName = "id"

    /// The id of the journal in `directory`, or nil when it has none yet
    /// (a journal from before ids, never reopened by a writer since).
    public static func read(directory: String) -> String? {
        guard let file = try? FileHandle.open(FileSystem.join(directory, fileName), O_RDONLY),
              let bytes = try? file.read(upTo: 64) else { return nil }
        try? file.close()
        let id = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard id.count == 32, id.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return id
    }

    /// The id, made first when there is none. Only a holder of the
    /// journal's lock calls this, so no two ids race for one journal; the
    /// file is written whole and renamed into place, so a crash leaves
    /// either no id or a complete one.
    static func readOrCreate(directory: String) throws(SystemError) -> String {
        if let id = read(directory: directory) { return id }
        var generator = SystemRandomNumberGenerator()
        let id = Hex.encode((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try FileSystem.replaceContents(of: FileSystem.join(directory, fileName), with: Array((id + "\n").utf8), mode: 0o644, durable: true)
        return id
    }
}
