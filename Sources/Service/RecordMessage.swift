import Ingest
import Posix

/// The sentence that says what became of a rejected or duplicate file, the
/// same in the systemd journal's `MESSAGE` (`JournaldRecordSink`) and in
/// the daemon's log (`LogRecordSink`). The log's is on one line whatever
/// the name and the detail hold (`FileName.printable`); journald keeps any
/// bytes in a field, and its message is left as the record has it.
enum RecordMessage {
    static func rejected(_ rejected: RejectedRecord, oneLine: Bool) -> String {
        let name = oneLine ? FileName.printable(rejected.doc.name) : rejected.doc.name
        let detail = oneLine ? FileName.printable(rejected.detail) : rejected.detail
        return "rejected \(name): \(rejected.reason.rawValue): \(detail)"
    }

    static func duplicate(_ doc: DocumentInfo, of seq: UInt64, oneLine: Bool) -> String {
        "duplicate \(oneLine ? FileName.printable(doc.name) : doc.name): same bytes as record \(seq)"
    }
}
