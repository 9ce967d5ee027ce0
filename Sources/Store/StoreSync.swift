import Foundation
import Journal
import Posix

/// Projects one journal into a store, from where the store's cursor for
/// that journal stands to the journal's end: `byline store sync`, and the
/// daemon's follower each time records are committed.
///
/// Idempotent: run twice, the second run finds the cursor at the end and
/// writes nothing. The cursor is checked against the journal before
/// anything is written: a store that followed a different journal under
/// the same id, or a journal rebuilt since, is refused instead of being
/// silently extended.
public struct StoreSync: Sendable {
    public let journalDirectory: String
    public let journalID: String
    /// Records per transaction: large enough that the commit's fsync is
    /// amortised, small enough that a batch's rows stay a few megabytes.
    public var batchRecords = 500
    public var batchBytes = 8 << 20
    /// Threads that decode a batch's JSON: every core for a catch-up on its
    /// own (`byline store sync`), one beside the daemon, so that projecting
    /// never takes more than one core from extraction.
    public var decodeThreads = ProcessInfo.processInfo.activeProcessorCount
    /// Article lines longer than this keep their mentions until the rows
    /// go out (`MentionStream`): a record this size is an article of
    /// about 250 KB, and the batch's other records are decoded as usual.
    public var streamMentionsAbove = 1 << 20
    /// Mention rows sent per statement (and read from a line per chunk).
    public var rowsPerFlush = 10_000
    /// Taken while a batch that may hold a large record is read and
    /// written, shared with the daemon's intake (nil: `byline store sync`
    /// and `follow`, which run on their own).
    public var largeWork: LargeWorkGate?

    public struct Mismatch: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    public struct Progress: Sendable, Equatable {
        public var records: Int = 0
        public var batches: Int = 0
        public var cursor: StoreCursor
    }

    public init(journalDirectory: String, journalID: String) {
        self.journalDirectory = journalDirectory
        self.journalID = journalID
    }

    /// The journal's id, or a refusal that says what to do.
    public static func journalID(of directory: String) throws(Mismatch) -> String {
        guard let id = JournalIdentity.read(directory: directory) else {
            throw Mismatch(reason: "journal \(directory) has no id yet (journals get one when a writer opens them: run `byline ingest` or the daemon on it once)")
        }
        return id
    }

    /// The cursor for this journal, registering the journal at seq 0 the
    /// first time.
    public func cursor(in db: any StoreConnection) async throws -> StoreCursor {
        let conflict = " ON CONFLICT (id) DO NOTHING"
        try await db.execute("INSERT INTO journals (id, seq, hash, updated) VALUES (?, 0, ?, ?)" + conflict,
                             [.text(journalID), .text(JournalRecord.genesisHash), .text(Timestamp.now())])
        let row = try await db.rows("SELECT seq, hash FROM journals WHERE id = ?", [.text(journalID)]).first
        return StoreCursor(seq: UInt64(row?[0].int ?? 0), hash: row?[1].string ?? JournalRecord.genesisHash)
    }

    /// Projects everything after the cursor; `onBatch` hears of each
    /// committed batch (tests crash the process there).
    @discardableResult
    public func run(into db: any StoreConnection, migrate: Bool = true, onBatch: (Progress) -> Void = { _ in }) async throws -> Progress {
        var reader: JournalCursor?
        return try await run(into: db, migrate: migrate, reader: &reader, onBatch: onBatch)
    }

    /// The same, keeping the journal reader between calls: the daemon's
    /// follower runs after every commit, and a new reader would find its
    /// place by reading its segment from the start each time (up to
    /// 64 MiB). A kept reader that is where the store's cursor says goes
    /// on from there; otherwise the cursor is checked against the journal
    /// and a new reader made.
    public func run(into db: any StoreConnection, migrate: Bool = true, reader kept: inout JournalCursor?,
                    onBatch: (Progress) -> Void = { _ in }) async throws -> Progress {
        if migrate { try await Schema.migrate(db) }
        var cursor = try await cursor(in: db)
        var progress = Progress(cursor: cursor)
        var reader: JournalCursor
        if let kept, kept.position == cursor.seq + 1 {
            reader = kept
        } else {
            try check(cursor)
            reader = JournalCursor(directory: journalDirectory, from: cursor.seq + 1)
        }
        defer { kept = reader }
        // Only acknowledged records: a writer that fails a flush cuts the
        // batch off again (a full disk), and its seqs are handed out anew.
        // The head moves only after a flush is durable.
        let acknowledged = JournalHead.read(directory: journalDirectory)?.seq ?? .max
        while true {
            // A large record ahead: wait for the intake to finish any large
            // file of its own, and keep it from starting one meanwhile.
            let gate = largeWork.flatMap { reader.bytesAhead() >= JournalCursor.longLine ? $0 : nil }
            await gate?.enter(polling: .milliseconds(100))
            defer { gate?.leave() }
            var records: [JournalRecord] = []
            var bytes = 0
            var next = cursor
            while records.count < batchRecords && bytes < batchBytes && next.seq < acknowledged, let record = try reader.next() {
                guard record.seq == next.seq + 1, record.previousHash == next.hash, let hash = record.hash else {
                    throw Mismatch(reason: "journal \(journalDirectory): record \(record.seq) does not follow record \(next.seq) (run `byline verify`)")
                }
                records.append(record)
                bytes += record.line.count
                next = StoreCursor(seq: record.seq, hash: hash)
            }
            if records.isEmpty { return progress }
            let batch = try ProjectedRecord.decode(records, threads: decodeThreads, deferringMentionsAbove: streamMentionsAbove)
            let count = records.count
            records = []  // the lines are not needed while the rows go in
            // Should this fail, the kept reader is past the store's cursor,
            // and the next run makes a new one.
            try await BatchWriter(db: db, journalID: journalID, rowsPerFlush: rowsPerFlush).write(batch, from: cursor, to: next)
            cursor = next
            progress.records += count
            progress.batches += 1
            progress.cursor = cursor
            onBatch(progress)
        }
    }

    /// The record the cursor names must be in the journal with that hash.
    private func check(_ cursor: StoreCursor) throws {
        guard cursor.seq > 0 else { return }
        var reader = JournalCursor(directory: journalDirectory, from: cursor.seq)
        guard let record = try reader.next(), record.seq == cursor.seq else {
            throw Mismatch(reason: "the store has journal \(journalID) up to seq \(cursor.seq), but \(journalDirectory) has no record \(cursor.seq): is this the journal the store followed? (`byline store rebuild` starts the store over)")
        }
        guard record.hash == cursor.hash else {
            throw Mismatch(reason: "record \(cursor.seq) of \(journalDirectory) is not the one the store projected (hash differs): the journal was replaced (`byline store rebuild` starts the store over)")
        }
    }

    /// How many records the journal holds beyond the cursor (from its
    /// head file; 0 when it has none).
    public func lag(behind seq: UInt64) -> UInt64 {
        guard let head = JournalHead.read(directory: journalDirectory) else { return 0 }
        return head.seq > seq ? head.seq - seq : 0
    }
}
