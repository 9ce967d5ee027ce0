import Posix
#if canImport(Glibc)
import Glibc
#endif

/// Where appending resumes, found by ``Recovery/open(directory:)``.
struct ResumePoint {
    var lastSeq: UInt64
    var lastHash: String
    /// The segment appends go to, and its size after recovery.
    var segmentPath: String?
    var segmentSize: Int
    /// Torn bytes that were cut from the tail, and where they were kept.
    var recoveredTail: (bytes: Int, sideFile: String)?
}

/// Opening a journal after any kind of stop, clean or not.
///
/// A crash mid-append leaves at most one torn record at the very end of the
/// last segment (appends are sequential and each batch is flushed before
/// the next begins). Recovery keeps every valid record, moves the torn
/// bytes to a side file `SEGMENT.torn-OFFSET` (never silently dropped),
/// and truncates the segment so appending continues cleanly. Damage
/// *before* the last valid record is not a torn write, and recovery
/// refuses rather than cut good data.
enum Recovery {
    static func open(directory: String) throws(JournalError) -> ResumePoint {
        do {
            try FileSystem.makeDirectories(directory)
            let segments = try Segments.list(directory)
            guard let last = segments.last else {
                return ResumePoint(lastSeq: 0, lastHash: RecordLine.genesis, segmentPath: nil, segmentSize: 0)
            }
            var point = try recoverTail(of: last.path)
            if point.lastSeq == 0 {
                // The last segment holds no complete record: resume from the
                // one before it, and append into this (empty) segment.
                if segments.count >= 2 {
                    let prior = try Segments.read(segments[segments.count - 2].path)
                    if let (_, line) = Segments.lines(prior).lines.last {
                        if let parsed = try? RecordLine.parse(line) {
                            point.lastSeq = parsed.seq
                            point.lastHash = parsed.hash
                        }
                    }
                }
                if last.firstSeq != point.lastSeq + 1 {
                    // An empty segment whose name no longer fits: remove it so
                    // the next append creates the right one.
                    try FileSystem.remove(last.path)
                    try FileSystem.syncDirectory(directory)
                    point.segmentPath = nil
                    point.segmentSize = 0
                }
            }
            return point
        } catch let error as JournalError {
            throw error
        } catch let error as SystemError {
            throw .system(error)
        } catch {
            throw .writerFailed("\(error)")
        }
    }

    private static func recoverTail(of path: String) throws -> ResumePoint {
        let bytes = try Segments.read(path)
        let lines = Segments.lines(bytes).lines
        var lastValidEnd = 0
        var lastSeq: UInt64 = 0
        var lastHash = RecordLine.genesis
        var firstBad: (offset: Int, reason: String)?
        for (offset, line) in lines {
            do {
                let parsed = try RecordLine.parse(line)
                if let bad = firstBad {
                    // A valid record after a damaged one: mid-file damage.
                    throw JournalError.corrupt(segment: FileSystem.baseName(of: path), offset: bad.offset, reason: bad.reason)
                }
                lastValidEnd = offset + line.count + 1
                lastSeq = parsed.seq
                lastHash = parsed.hash
            } catch let problem as RecordLine.Problem {
                if firstBad == nil { firstBad = (offset, problem.description) }
            }
        }
        var recovered: (Int, String)?
        if lastValidEnd < bytes.count {
            let side = try keepSideFile(base: "\(path).torn-\(lastValidEnd)", bytes: bytes[lastValidEnd...])
            let segment = try FileHandle.open(path, O_WRONLY)
            try segment.truncate(to: lastValidEnd)
            try segment.sync()
            try segment.close()
            try FileSystem.syncDirectory(FileSystem.parentDirectory(of: path))
            recovered = (bytes.count - lastValidEnd, side)
        }
        return ResumePoint(lastSeq: lastSeq, lastHash: lastHash, segmentPath: path,
                           segmentSize: lastValidEnd, recoveredTail: recovered)
    }

    /// A new side file; an earlier recovery's file of the same name is never
    /// overwritten (a journal can tear at the same offset twice).
    private static func keepSideFile(base: String, bytes: ArraySlice<UInt8>) throws(SystemError) -> String {
        var name = base
        var n = 1
        while FileSystem.exists(name) {
            n += 1
            name = "\(base).\(n)"
        }
        let file = try FileHandle.open(name, O_WRONLY | O_CREAT | O_EXCL, mode: 0o640)
        try file.write(all: bytes)
        try file.sync()
        try file.close()
        return name
    }
}
