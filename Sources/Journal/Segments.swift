import Posix

/// Segment files are named by the seq of their first record, zero-padded to
/// 16 digits, so `ls` lists them in journal order: `0000000000000001.jsonl`.
enum Segments {
    static let suffix = ".jsonl"
    static let digits = 16

    static func name(firstSeq: UInt64) -> String {
        let s = String(firstSeq)
        return String(repeating: "0", count: max(0, digits - s.count)) + s + suffix
    }

    /// The first seq a segment name promises, or nil for files that are not
    /// segments (side files of recovered tails, editors' litter).
    static func firstSeq(of name: String) -> UInt64? {
        guard name.hasSuffix(suffix) else { return nil }
        let stem = name.dropLast(suffix.count)
        guard stem.count == digits, stem.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt64(stem)
    }

    /// The segments of `directory` in order, as (first seq, path).
    static func list(_ directory: String) throws(SystemError) -> [(firstSeq: UInt64, path: String)] {
        try FileSystem.list(directory).compactMap { name in
            firstSeq(of: name).map { ($0, FileSystem.join(directory, name)) }
        }
    }

    /// The bytes of all segments of `directory` (files that vanish while
    /// being counted count nothing).
    static func totalBytes(_ directory: String) throws(SystemError) -> Int {
        try list(directory).reduce(0) { sum, segment in sum + ((try? FileSystem.status(segment.path).size) ?? 0) }
    }

    /// Reads a whole segment. Segments are bounded by the rotation size
    /// plus one record, so this is bounded too.
    static func read(_ path: String) throws(SystemError) -> [UInt8] {
        // A writer may append while it is read: that is taken as well.
        try FileHandle.open(path, O_RDONLY).readToEnd()
    }

    /// The complete (newline-terminated) lines of `bytes`, with their offsets;
    /// also where the complete part ends.
    static func lines(_ bytes: [UInt8]) -> (lines: [(offset: Int, line: ArraySlice<UInt8>)], completeEnd: Int) {
        var out: [(Int, ArraySlice<UInt8>)] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                out.append((start, bytes[start..<i]))
                start = i + 1
            }
            i += 1
        }
        return (out, start)
    }
}

#if canImport(Glibc)
import Glibc
#endif
