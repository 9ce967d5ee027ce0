import Dispatch
import Posix
#if canImport(Glibc)
import Glibc
#endif

/// The journal's single writer: appends records durably, many callers'
/// records sharing one flush.
///
/// Callers on any thread call ``append(_:completion:)`` (or the blocking
/// ``append(_:)``); entries queue up under a lock, and one drain at a time
/// runs on the writer's serial queue: it takes *everything* queued, writes
/// it, calls `fdatasync` once, and only then completes each caller. While a
/// flush is in progress new arrivals pile up and go together in the next
/// flush: group commit, so throughput grows with load instead of paying one
/// disk flush per record.
public final class JournalWriter: Sendable {
    public struct Options: Sendable {
        /// A segment is closed and a new one begun once it reaches this size.
        public var segmentBytes: Int

        public init(segmentBytes: Int = 64 << 20) {
            self.segmentBytes = segmentBytes
        }
    }

    /// What recovery found when the journal was opened.
    public struct OpenReport: Sendable {
        public let lastSeq: UInt64
        public let tornBytes: Int
        public let sideFile: String?
    }

    public let directory: String
    public let options: Options
    public let openReport: OpenReport

    private typealias Completion = @Sendable (Result<[Committed], JournalError>) -> Void

    /// The intake: what waits for the next flush. A small state machine:
    /// `draining` is true from the moment a drain is scheduled until it has
    /// found the queue empty, so exactly one drain runs at a time.
    private struct Intake {
        var pending: [(entries: [JournalEntry], completion: Completion)] = []
        var draining = false
        var closed = false
    }

    private let intake = Locked(Intake())
    private let queue = DispatchQueue(label: "byline.journal.writer")
    private let tail: Locked<Tail>
    /// The journal directory, held open with an exclusive `flock` for the
    /// writer's life: a second writer is refused before it recovers (and
    /// perhaps truncates) anything.
    private let lock: Locked<FileHandle?>
    /// The journal's stable id (``JournalIdentity``), made on first open.
    public let id: String

    /// Where the next record goes. Only the drain touches it; the mutex is
    /// uncontended and exists to satisfy Sendable honestly.
    private struct Tail {
        var lastSeq: UInt64
        var lastHash: String
        var segment: FileHandle?
        var segmentPath: String?
        var segmentSize: Int
        var failure: String?
        /// `head`, rewritten after every durable flush.
        var head: FileHandle?
    }

    /// Opens (creating if needed) the journal in `directory`, recovering a
    /// torn tail left by a crash.
    public init(directory: String, options: Options = Options()) throws(JournalError) {
        self.directory = directory
        self.options = options
        let lockHandle: FileHandle
        let acquired: Bool
        do {
            try FileSystem.makeDirectories(directory)
            lockHandle = try FileHandle.open(directory, O_RDONLY | O_DIRECTORY)
            acquired = try lockHandle.tryLockExclusive()
        } catch {
            throw .system(error)
        }
        guard acquired else { throw .locked(directory: directory) }
        lock = Locked(lockHandle)
        do {
            id = try JournalIdentity.readOrCreate(directory: directory)
        } catch {
            throw .system(error)
        }
        let point = try Recovery.open(directory: directory)
        // A journal shorter than its head lost records off its end (a cut,
        // a segment removed): appending would hand their seqs out again.
        if let head = JournalHead.read(directory: directory), head.seq > point.lastSeq {
            throw .corrupt(segment: JournalHead.fileName, offset: 0,
                           reason: "the journal ends at seq \(point.lastSeq) but its head says \(head.seq): records after \(point.lastSeq) were cut off")
        }
        let headFile: FileHandle
        do {
            headFile = try FileHandle.open(JournalHead.path(in: directory), O_RDWR | O_CREAT, mode: 0o640)
            try JournalHead(seq: point.lastSeq, hash: point.lastHash).write(to: headFile)
        } catch {
            throw .system(error)
        }
        var segment: FileHandle?
        if let path = point.segmentPath {
            do {
                segment = try FileHandle.open(path, O_WRONLY | O_APPEND)
                // What the last writer wrote may be only in the page cache
                // (it may have died before its flush): make it durable before
                // anything is settled on the strength of it.
                try segment?.sync()
            } catch {
                throw .system(error)
            }
        }
        tail = Locked(Tail(lastSeq: point.lastSeq, lastHash: point.lastHash, segment: segment,
                          segmentPath: point.segmentPath, segmentSize: point.segmentSize, head: headFile))
        openReport = OpenReport(lastSeq: point.lastSeq, tornBytes: point.recoveredTail?.bytes ?? 0,
                                sideFile: point.recoveredTail?.sideFile)
    }

    /// The seq of the last durable record (0 for an empty journal).
    public var lastSeq: UInt64 { tail.withLock { $0.lastSeq } }

    /// The size of the journal's segments on disk (a directory listing and
    /// a stat per segment: for the metrics, not for hot paths).
    public func bytesOnDisk() throws(JournalError) -> Int {
        do {
            return try Segments.totalBytes(directory)
        } catch {
            throw .system(error)
        }
    }

    /// The seq and hash of the last durable record, read together.
    public var last: (seq: UInt64, hash: String) { tail.withLock { ($0.lastSeq, $0.lastHash) } }

    /// Queues `entries` (kept together, in order) and calls `completion`
    /// once they are durable, or with the error that stopped them.
    public func append(_ entries: [JournalEntry], completion: @escaping @Sendable (Result<[Committed], JournalError>) -> Void) {
        let schedule: Bool? = intake.withLock { state in
            if state.closed { return nil }
            state.pending.append((entries, completion))
            if state.draining { return false }
            state.draining = true
            return true
        }
        switch schedule {
        case nil: completion(.failure(.closed))
        case true?: queue.async { self.drain() }
        case false?: break
        }
    }

    /// Appends and blocks until the entries are durable.
    public func append(_ entries: [JournalEntry]) throws(JournalError) -> [Committed] {
        let done = DispatchSemaphore(value: 0)
        let result = Locked<Result<[Committed], JournalError>?>(nil)
        append(entries) { r in
            result.withLock { $0 = r }
            done.signal()
        }
        done.wait()
        return try result.withLock { $0! }.get()
    }

    /// Async form for structured-concurrency callers.
    public func appendAsync(_ entries: [JournalEntry]) async throws(JournalError) -> [Committed] {
        let result = await withCheckedContinuation { (cont: CheckedContinuation<Result<[Committed], JournalError>, Never>) in
            append(entries) { cont.resume(returning: $0) }
        }
        return try result.get()
    }

    /// Stops taking records once everything queued is durable.
    public func close() {
        intake.withLock { $0.closed = true }
        queue.sync {}
        tail.withLock { state in
            if let segment = state.segment.take() { try? segment.close() }
            if let head = state.head.take() { try? head.close() }
        }
        lock.withLock { handle in try? handle.take()?.close() }
    }

    private func drain() {
        while true {
            let batch: [(entries: [JournalEntry], completion: Completion)] = intake.withLock { state in
                let taken = state.pending
                state.pending.removeAll(keepingCapacity: true)
                if taken.isEmpty { state.draining = false }
                return taken
            }
            if batch.isEmpty { return }
            let results = tail.withLock { state in flush(batch.map(\.entries), into: &state) }
            for (item, result) in zip(batch, results) { item.completion(result) }
        }
    }

    /// Lines at least this long are written straight from their own bytes.
    static let directWrite = 1 << 20

    /// Writes one group and flushes it once; each caller's entries get their
    /// own result.
    private func flush(_ groups: [[JournalEntry]], into state: inout Tail) -> [Result<[Committed], JournalError>] {
        if let failure = state.failure {
            return groups.map { _ in .failure(.writerFailed(failure)) }
        }
        let startSeq = state.lastSeq
        let startHash = state.lastHash
        let start = (path: state.segmentPath, size: state.segmentSize)
        var created: [String] = []
        var committed: [[Committed]] = []
        var buffer: [UInt8] = []
        do {
            for group in groups {
                var mine: [Committed] = []
                for entry in group {
                    if let path = try rotateIfNeeded(&state, pending: &buffer) { created.append(path) }
                    let seq = state.lastSeq + 1
                    let time = Timestamp.now()
                    let line = RecordLine.encode(seq: seq, type: entry.type, time: time,
                                                 body: entry.body, prev: state.lastHash)
                    let hash = line.hash
                    if line.count >= Self.directWrite {
                        // A large record goes out from its own bytes, not
                        // joined into a line and copied into the group's
                        // buffer (two more copies of 60 MB for a 15 MB article).
                        try writeOut(&buffer, state: &state)
                        try state.segment?.write(all: line.head)
                        try state.segment?.write(all: line.body)
                        try state.segment?.write(all: line.tail)
                    } else {
                        buffer.append(contentsOf: line.head)
                        buffer.append(contentsOf: line.body)
                        buffer.append(contentsOf: line.tail)
                    }
                    state.segmentSize += line.count
                    state.lastSeq = seq
                    state.lastHash = hash
                    mine.append(Committed(seq: seq, time: time, hash: hash))
                }
                committed.append(mine)
            }
            try writeOut(&buffer, state: &state)
            try state.segment?.dataSync()
            // Best effort: a head that failed to move is only behind.
            if let head = state.head { try? JournalHead(seq: state.lastSeq, hash: state.lastHash).write(to: head) }
            return committed.map { .success($0) }
        } catch {
            // Nothing of this group is acknowledged, so nothing of it may
            // stay: a restarted writer would trust records that, after a
            // failed fdatasync, may be only in the page cache. The journal
            // is cut back to what was acknowledged. When that works and the
            // cause was a full disk, the writer goes on (the caller pauses
            // and retries); otherwise it takes no more records.
            let restored = rollBack(&state, to: start, removing: created)
            state.lastSeq = startSeq
            state.lastHash = startHash
            if restored, error.errno == .noSpace || error.errno == .diskQuotaExceeded {
                return groups.map { _ in .failure(.noSpace("\(error)")) }
            }
            state.failure = "\(error)"
            return groups.map { _ in .failure(.writerFailed("\(error)")) }
        }
    }

    /// Removes segments made by a failed flush and truncates the one it
    /// began in back to its acknowledged size, durably. False if any step
    /// fails (the state on disk is then unknown).
    private func rollBack(_ state: inout Tail, to start: (path: String?, size: Int), removing created: [String]) -> Bool {
        state.segment = nil
        state.segmentPath = nil
        state.segmentSize = 0
        do {
            for path in created.reversed() { try FileSystem.remove(path) }
            if !created.isEmpty { try FileSystem.syncDirectory(directory) }
            if let path = start.path {
                let segment = try FileHandle.open(path, O_WRONLY | O_APPEND)
                try segment.truncate(to: start.size)
                try segment.dataSync()
                state.segment = segment
                state.segmentPath = path
                state.segmentSize = start.size
            }
            return true
        } catch {
            return false
        }
    }

    /// Starts a new segment when the current one is full (or there is
    /// none), returning its path.
    private func rotateIfNeeded(_ state: inout Tail, pending: inout [UInt8]) throws(SystemError) -> String? {
        if state.segment != nil && state.segmentSize < options.segmentBytes { return nil }
        // Flush what belongs to the old segment before switching.
        try writeOut(&pending, state: &state)
        if let old = state.segment.take() {
            try old.dataSync()
            try old.close()
        }
        let path = FileSystem.join(directory, Segments.name(firstSeq: state.lastSeq + 1))
        state.segment = try FileHandle.open(path, O_WRONLY | O_APPEND | O_CREAT, mode: 0o640)
        state.segmentPath = path
        state.segmentSize = 0
        // The new name must survive a power cut, or the records in it would
        // be unreachable.
        try FileSystem.syncDirectory(directory)
        return path
    }

    private func writeOut(_ buffer: inout [UInt8], state: inout Tail) throws(SystemError) {
        guard !buffer.isEmpty else { return }
        try state.segment?.write(all: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
