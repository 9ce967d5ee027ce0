#if canImport(Glibc)
import Glibc
#endif
import FuzzSupport
import Journal
import Posix

/// Journal recovery and reading on arbitrary segment bytes: verify and the
/// cursor must return (damage is a report, never a crash), and where the
/// writer agrees to open the journal (recovering a torn tail), what it
/// leaves after one more append must verify intact.
let directory: String = {
    var template = Array("/tmp/byline-fuzz-journal-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
    return String(cString: made)
}()

func fuzzOne(_ bytes: [UInt8]) {
    // A fresh journal folder holding these bytes as its only segment.
    for name in (try? FileSystem.list(directory)) ?? [] { try? FileSystem.remove(FileSystem.join(directory, name)) }
    guard let file = fopen(directory + "/0000000000000001.jsonl", "wb") else { fatalError("cannot write the segment") }
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)

    _ = try? JournalVerifier.verify(directory: directory)
    var cursor = JournalCursor(directory: directory)
    while let record = try? cursor.next() { _ = record.seq }

    guard let writer = try? JournalWriter(directory: directory) else { return }
    let appended = try? writer.append([JournalEntry(type: "fuzz", jsonObject: Array("{\"n\":1}".utf8))])
    writer.close()
    if appended != nil {
        let report = try? JournalVerifier.verify(directory: directory)
        precondition(report?.isIntact == true, "recovered journal does not verify: \(String(describing: report?.failure))")
    }
}

@main enum Main {
    static func main() { Fuzz.main(fuzzOne) }
}
