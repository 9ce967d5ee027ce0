import Crypto
import Journal
import Posix
#if canImport(Glibc)
import Glibc
#endif

/// The seen index saved beside the journal (`seen-index`), with the seq and
/// hash of the last record it covers, so that start-up reads only the
/// records after it instead of the whole journal (a million records took
/// 15 s and 538 MB to rebuild).
///
/// Never trusted blindly: the file carries its own SHA-256, and the record
/// it names must be in the journal at that seq with that hash. A missing,
/// damaged or stale checkpoint is rebuilt from the journal, and the log
/// says which and why.
///
/// Layout (little-endian): `BYLSEEN1`; UInt64 seq; 64 bytes hex hash; UInt64
/// outcome count, then 16 bytes each; UInt64 article count, then 16 bytes
/// and a UInt64 seq each; the SHA-256 of all of that.
public enum SeenIndexCheckpoint {
    static let fileName = "seen-index"
    static let magic = Array("BYLSEEN1".utf8)

    /// What `open` found.
    public struct Opened: Sendable {
        public let index: SeenIndex
        /// The last record the index covers (0 and the genesis hash: none).
        public let seq: UInt64
        public let hash: String
        /// For the log: loaded, or rebuilt and why.
        public let note: String
    }

    /// The index of the journal in `directory` as it stands: from the
    /// checkpoint and the records after it, or from every record.
    /// `progress` hears the seq reached now and then during a long read.
    public static func open(journal directory: String, progress: (UInt64) -> Void = { _ in }) throws -> Opened {
        // Where reading starts: the checkpoint when it holds, else nothing.
        var start = Saved(index: SeenIndex(), seq: 0, hash: JournalRecord.genesisHash)
        var why: String? = "no checkpoint"
        if let bytes = try? FileHandle.open(FileSystem.join(directory, fileName), O_RDONLY).readToEnd() {
            switch decode(bytes) {
            case .failure(let problem):
                why = "checkpoint unreadable (\(problem))"
            case .success(let saved):
                if let stale = try staleness(of: saved, in: directory) {
                    why = "checkpoint stale (\(stale))"
                } else {
                    start = saved
                    why = nil
                }
            }
        }
        var (seq, hash) = (start.seq, start.hash)
        let index = try SeenIndex(journal: directory, after: start.seq, base: start.index) { record in
            seq = record.seq
            hash = record.hash ?? hash
            if record.seq % 100_000 == 0 { progress(record.seq) }
        }
        let note = why.map { "seen index rebuilt from \(seq) records: \($0)" }
            ?? "seen index loaded at seq \(start.seq), \(seq - start.seq) records read after it"
        return Opened(index: index, seq: seq, hash: hash, note: note)
    }

    /// Writes the checkpoint durably (temporary file, fsync, rename).
    public static func save(_ index: SeenIndex, seq: UInt64, hash: String, journal directory: String) throws(SystemError) {
        var out = magic
        func put(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(seq)
        out.append(contentsOf: Array(hash.utf8.prefix(64)) + [UInt8](repeating: UInt8(ascii: "0"), count: max(0, 64 - hash.utf8.count)))
        put(UInt64(index.outcomes.count))
        out.reserveCapacity(out.count + index.outcomes.count * 16 + index.articles.count * 24 + 40)
        for key in index.outcomes { put(key.high); put(key.low) }
        put(UInt64(index.articles.count))
        for (key, seq) in index.articles { put(key.high); put(key.low); put(seq) }
        out.append(contentsOf: SHA256.hash(data: out))
        try FileSystem.replaceContents(of: FileSystem.join(directory, fileName), with: out, mode: 0o640, durable: true)
    }

    struct Saved {
        var index: SeenIndex
        var seq: UInt64
        var hash: String
    }

    static func decode(_ bytes: [UInt8]) -> Result<Saved, Problem> {
        guard bytes.count >= magic.count + 8 + 64 + 8 + 8 + 32, Array(bytes.prefix(magic.count)) == magic else { return .failure(.init("not a checkpoint")) }
        let body = bytes[..<(bytes.count - 32)]
        guard Array(SHA256.hash(data: body)) == Array(bytes.suffix(32)) else { return .failure(.init("checksum mismatch")) }
        var offset = magic.count
        func u64() -> UInt64? {
            guard offset + 8 <= body.count else { return nil }
            defer { offset += 8 }
            return UInt64(littleEndian: body.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
        }
        guard let seq = u64() else { return .failure(.init("truncated")) }
        let hash = String(decoding: body[offset..<(offset + 64)], as: UTF8.self)
        offset += 64
        guard let outcomeCount = u64(), outcomeCount <= UInt64(body.count / 16) else { return .failure(.init("truncated")) }
        var outcomes = Set<SeenIndex.Key>(minimumCapacity: Int(outcomeCount))
        for _ in 0..<outcomeCount {
            guard let high = u64(), let low = u64() else { return .failure(.init("truncated")) }
            outcomes.insert(SeenIndex.Key(high: high, low: low))
        }
        guard let articleCount = u64(), articleCount <= UInt64(body.count / 24) else { return .failure(.init("truncated")) }
        var articles = [SeenIndex.Key: UInt64](minimumCapacity: Int(articleCount))
        for _ in 0..<articleCount {
            guard let high = u64(), let low = u64(), let at = u64() else { return .failure(.init("truncated")) }
            articles[SeenIndex.Key(high: high, low: low)] = at
        }
        guard offset == body.count else { return .failure(.init("trailing bytes")) }
        return .success(Saved(index: SeenIndex(articles: articles, outcomes: outcomes), seq: seq, hash: hash))
    }

    struct Problem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Why the checkpoint does not describe this journal, or nil when it does.
    static func staleness(of saved: Saved, in directory: String) throws -> String? {
        if saved.seq == 0 { return saved.hash == JournalRecord.genesisHash ? nil : "names no record but is not empty" }
        var cursor = JournalCursor(directory: directory, from: saved.seq)
        guard let record = try cursor.next(), record.seq == saved.seq else {
            return "the journal holds no record \(saved.seq)"
        }
        guard record.hash == saved.hash else { return "record \(saved.seq) in the journal is not the one it covered" }
        return nil
    }
}
