import Posix

/// Checks a whole journal: every record's own hash, the chain between
/// records and across segments, consecutive seqs, segment names, and that
/// nothing follows the last newline.
///
/// Any single changed, inserted, deleted or reordered byte makes it fail
/// and name the first record that does not check out.
public enum JournalVerifier {
    public struct Report: Sendable {
        public var records: UInt64 = 0
        public var segments = 0
        public var lastHash = RecordLine.genesis
        /// What `head` says the journal reaches (nil: no head).
        public var head: JournalHead?
        /// The first problem found; nil when the journal is intact.
        public var failure: Failure?

        public var isIntact: Bool { failure == nil }
    }

    public struct Failure: Sendable, CustomStringConvertible {
        public let segment: String
        public let line: Int
        public let offset: Int
        /// The seq the bad record should have had.
        public let expectedSeq: UInt64
        public let reason: String

        public var description: String {
            "\(segment) line \(line) (byte \(offset)), expected seq \(expectedSeq): \(reason)"
        }
    }

    public static func verify(directory: String) throws(SystemError) -> Report {
        var report = Report()
        report.head = JournalHead.read(directory: directory)
        var expectedSeq: UInt64 = 1
        var headHash: String?
        for (firstSeq, path) in try Segments.list(directory) {
            report.segments += 1
            let name = FileSystem.baseName(of: path)
            func fail(_ line: Int, _ offset: Int, _ reason: String) -> Report {
                report.failure = Failure(segment: name, line: line, offset: offset, expectedSeq: expectedSeq, reason: reason)
                return report
            }
            if firstSeq != expectedSeq {
                return fail(1, 0, "segment name promises seq \(firstSeq)")
            }
            let bytes = try Segments.read(path)
            let (lines, completeEnd) = Segments.lines(bytes)
            for (index, (offset, line)) in lines.enumerated() {
                let parsed: RecordLine.Parsed
                do {
                    parsed = try RecordLine.parse(line)
                } catch {
                    return fail(index + 1, offset, error.description)
                }
                if parsed.seq != expectedSeq {
                    return fail(index + 1, offset, "record has seq \(parsed.seq)")
                }
                if parsed.prev != report.lastHash {
                    return fail(index + 1, offset, "chain broken: prev does not match the previous record's hash")
                }
                report.lastHash = parsed.hash
                if parsed.seq == report.head?.seq { headHash = parsed.hash }
                report.records += 1
                expectedSeq += 1
            }
            if completeEnd < bytes.count {
                return fail(lines.count + 1, completeEnd,
                            "\(bytes.count - completeEnd) bytes after the last complete record (torn write: opening the journal recovers it)")
            }
        }
        if let head = report.head, head.seq > 0 {
            let fail = { (reason: String) -> Report in
                report.failure = Failure(segment: JournalHead.fileName, line: 1, offset: 0, expectedSeq: expectedSeq, reason: reason)
                return report
            }
            if head.seq > report.records {
                return fail("the journal ends at seq \(report.records) but its head says \(head.seq): records after \(report.records) were cut off")
            }
            if headHash != head.hash {
                return fail("record \(head.seq) is not the one the head names (hash \(head.hash))")
            }
        }
        return report
    }
}
