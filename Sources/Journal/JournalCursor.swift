import Posix
#if canImport(Glibc)
import Glibc
#endif

/// Reads records in order from a given seq, and can be asked again later
/// for records appended since (`byline tail -f`, the daemon's restart).
///
/// Only newline-terminated lines are returned: a record the writer is in
/// the middle of appending is left for the next call. The cursor trusts
/// the journal; ``JournalVerifier`` is the one that checks hashes.
public struct JournalCursor {
    public let directory: String
    private var currentFirstSeq: UInt64?
    private var segment: FileHandle?
    /// Bytes read but not yet returned start at `head`; bytes before
    /// `scanned` are known to hold no newline. Both keep the cursor linear
    /// in what it reads, however long a line: a 16 MiB record used to be
    /// rescanned from its start after every 64 KiB read.
    private var buffer: [UInt8] = []
    private var head = 0
    private var scanned = 0
    private var nextWanted: UInt64

    /// The seq the next call to ``next()`` looks for.
    public var position: UInt64 { nextWanted }

    public init(directory: String, from seq: UInt64 = 1) {
        self.directory = directory
        self.nextWanted = max(seq, 1)
    }

    /// The next record, or nil when the journal has no more (yet).
    public mutating func next() throws(SystemError) -> JournalRecord? {
        while true {
            if segment == nil {
                guard FileSystem.exists(directory) else { return nil }
                let segments = try Segments.list(directory)
                // Start in the segment that holds nextWanted.
                guard let start = segments.last(where: { $0.firstSeq <= nextWanted }) ?? segments.first
                else { return nil }
                try open(start)
            }
            if let record = try nextLine() { return record }
            // At the end of this segment. Only when a later segment exists is
            // this one finished (the writer completes a segment before it
            // creates the next), and then one more read drains it.
            guard let current = currentFirstSeq,
                  let following = try Segments.list(directory).first(where: { $0.firstSeq > current })
            else { return nil }
            if let record = try nextLine() { return record }
            try open(following)
        }
    }

    private mutating func open(_ chosen: (firstSeq: UInt64, path: String)) throws(SystemError) {
        segment = try FileHandle.open(chosen.path, O_RDONLY)
        currentFirstSeq = chosen.firstSeq
        buffer.removeAll()
        head = 0
        scanned = 0
    }

    /// The next wanted record in the open segment, or nil at its end.
    private mutating func nextLine() throws(SystemError) -> JournalRecord? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = takeLine(endingAt: newline)
                guard let record = Self.envelope(line), record.seq >= nextWanted else { continue }
                nextWanted = record.seq + 1
                return record
            }
            scanned = buffer.count
            // A long line that the next read might not fit: room for the
            // rest of the segment, once (the syscalls are not repeated for
            // every read while the room lasts).
            if buffer.count - head >= Self.longLine, buffer.capacity - buffer.count < Self.readSize { try roomForTheRest() }
            guard let chunk = try segment?.read(upTo: Self.readSize), !chunk.isEmpty else { return nil }
            // Drop what was returned once it is most of the buffer: each
            // byte is moved a bounded number of times.
            if head > 0 && head >= buffer.count - head {
                buffer.removeSubrange(..<head)
                scanned -= head
                head = 0
            }
            buffer.append(contentsOf: chunk)
        }
    }

    /// Bytes not yet returned, from where the cursor stands to the end of
    /// the journal's last segment (0 when there is no journal). Records
    /// this far ahead may be one large one: the store's follower asks
    /// before it reads, to take its turn for large work.
    public func bytesAhead() -> Int {
        guard let segments = try? Segments.list(directory), let first = segments.first else { return 0 }
        // The segment the cursor is in, or the one it will open.
        let from = currentFirstSeq ?? segments.last(where: { $0.firstSeq <= nextWanted })?.firstSeq ?? first.firstSeq
        var ahead = 0
        for s in segments where s.firstSeq >= from {
            ahead += (try? FileSystem.status(s.path).size) ?? 0
        }
        // Less what the open segment has given already.
        if let segment, let offset = try? segment.seek(to: 0, whence: SEEK_CUR) { ahead -= offset - (buffer.count - head) }
        return max(0, ahead)
    }

    static let readSize = 1 << 16

    /// A line this long (a large article's record) is read into room
    /// reserved once and handed over without a copy.
    public static let longLine = 1 << 20

    /// Reserves room for the rest of the segment: a long line then grows
    /// in place instead of doubling, which held the old buffer and the new
    /// at once (a 60 MB record took 96 MB of buffers, then 58 MB more for
    /// its copy). Reserved memory that is never written costs no RSS.
    private mutating func roomForTheRest() throws(SystemError) {
        guard let segment else { return }
        let left = try segment.stat().size - (try segment.seek(to: 0, whence: SEEK_CUR))
        if left > 0 { buffer.reserveCapacity(buffer.count + left) }
    }

    /// The bytes from `head` up to the newline at `newline`; the cursor
    /// moves past it. A long line takes the buffer itself (what follows
    /// the line goes to a new one): no second copy of a large record, and
    /// no large buffer kept by a cursor that is kept between calls.
    private mutating func takeLine(endingAt newline: Int) -> [UInt8] {
        defer { scanned = head }
        guard newline - head >= Self.longLine else {
            defer { head = newline + 1 }
            return Array(buffer[head..<newline])
        }
        var line = buffer
        buffer = Array(buffer[(newline + 1)...])
        line.removeSubrange(newline...)
        line.removeSubrange(..<head)
        head = 0
        return line
    }

    static func envelope(_ line: [UInt8]) -> JournalRecord? {
        guard let header = try? RecordLine.parseHeader(line[...]) else { return nil }
        return JournalRecord(seq: header.seq, type: header.type, time: header.time, line: line)
    }
}
