import Extraction
import Ingest
import Systemd

/// Sends every journaled record to the systemd journal as structured
/// fields, so `journalctl -u byline BYLINE_ENTITY=Iran` or
/// `BYLINE_SOURCE=Reuters` finds the articles. A secondary sink: the Byline
/// journal is the record of truth, and a send that fails is only counted.
///
/// Fields (repeated where there are many values):
/// `BYLINE_TYPE`, `BYLINE_SEQ`, `BYLINE_DOC` (file name), `BYLINE_PATH`,
/// `BYLINE_SHA256`, `BYLINE_TITLE`, `BYLINE_ENTITY` (every distinct entity
/// text and canonical name), `BYLINE_<LABEL>` (the same per label, e.g.
/// `BYLINE_PERSON`, `BYLINE_GPE`), `BYLINE_SOURCE` (claim source texts and
/// canonical names), `BYLINE_ENTITIES` and `BYLINE_CLAIMS` (counts),
/// `BYLINE_REASON`/`BYLINE_DETAIL` (rejected), `BYLINE_DUPLICATE_OF`.
/// `MESSAGE_ID` is fixed per record type (see ``messageIDs``).
struct JournaldRecordSink: RecordSink {
    static let messageIDs: [String: String] = [
        "article": "6b1e0c4f9a5d4d8e8f2b7a3c1d0e9f01",
        "rejected": "6b1e0c4f9a5d4d8e8f2b7a3c1d0e9f02",
        "duplicate": "6b1e0c4f9a5d4d8e8f2b7a3c1d0e9f03",
        "start": "6b1e0c4f9a5d4d8e8f2b7a3c1d0e9f04",
        "stop": "6b1e0c4f9a5d4d8e8f2b7a3c1d0e9f05",
        "reload": "6b1e0c4f9a5d4d8e8f2b7a3c1d0e9f06",
    ]

    let journald = Journald()

    func accept(_ record: CommittedRecord) {
        journald.send(Self.fields(for: record))
    }

    static func fields(for record: CommittedRecord) -> [JournaldField] {
        var fields: [JournaldField] = []
        func add(_ name: String, _ value: String?) {
            if let value, let f = JournaldField(name, value) { fields.append(f) }
        }
        add("MESSAGE_ID", messageIDs[record.type])
        add("SYSLOG_IDENTIFIER", "byline")
        add("BYLINE_TYPE", record.type)
        add("BYLINE_SEQ", String(record.seq))
        let doc = record.result?.doc
        add("BYLINE_DOC", doc?.name)
        add("BYLINE_PATH", doc?.path)
        add("BYLINE_SHA256", doc?.sha256)
        switch record.result {
        case .article(let article)?:
            add("BYLINE_TITLE", doc?.title)
            if let of = record.duplicateOf {
                add("PRIORITY", "6")
                add("BYLINE_DUPLICATE_OF", String(of))
                add("MESSAGE", RecordMessage.duplicate(article.doc, of: of, oneLine: false))
                break
            }
            add("PRIORITY", "6")
            var seen = Set<String>()
            for e in article.entities {
                for value in [e.text, e.canonical] where seen.insert("\(e.label.rawValue)|\(value)").inserted {
                    add("BYLINE_" + e.label.rawValue, value)
                    if seen.insert("*|\(value)").inserted { add("BYLINE_ENTITY", value) }
                }
            }
            var sources = Set<String>()
            for c in article.claims {
                for value in [c.source?.text, c.sourceCanonical].compactMap({ $0 }) where sources.insert(value).inserted {
                    add("BYLINE_SOURCE", value)
                }
            }
            add("BYLINE_ENTITIES", String(article.entities.count))
            add("BYLINE_CLAIMS", String(article.claims.count))
            add("MESSAGE", "article \(doc?.name ?? ""): \(article.entities.count) entities, \(article.claims.count) claims")
        case .rejected(let rejected)?:
            add("PRIORITY", "4")
            add("BYLINE_REASON", rejected.reason.rawValue)
            add("BYLINE_DETAIL", rejected.detail)
            add("MESSAGE", RecordMessage.rejected(rejected, oneLine: false))
        case .deferred?, nil:
            add("PRIORITY", "6")
            add("MESSAGE", "\(record.type) (record \(record.seq))")
        }
        return fields
    }
}
