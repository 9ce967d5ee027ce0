import Extraction
import Ingest
import Journal

/// Any Byline record, decoded loosely for display and filtering.
struct RecordView: Decodable {
    var doc: DocumentInfo?
    var entities: [Entity]?
    var claims: [Claim]?
    var reason: String?
    var detail: String?
    var duplicateOf: UInt64?
    var watch: String?
    var pid: Int?
    var applied: Bool?
    var articles: Int?

    enum CodingKeys: String, CodingKey {
        case doc, entities, claims, reason, detail, watch, pid, applied, articles
        case duplicateOf = "duplicate_of"
    }

    /// One human-readable line for `byline tail`.
    static func summary(_ record: JournalRecord) -> String {
        let head = "#\(record.seq) \(record.time) \(record.type.padding(9))"
        guard let view = try? record.decode(RecordView.self) else { return head }
        let name = view.doc?.name ?? ""
        switch record.type {
        case RecordType.article:
            let entities = view.entities ?? []
            var top: [String: Int] = [:]
            for e in entities where ![.date, .time, .cardinal, .ordinal, .money, .percent, .quantity].contains(e.label) {
                top[e.canonical, default: 0] += 1
            }
            let names = top.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5).map(\.key).joined(separator: ", ")
            let title = view.doc?.title.map { "\"\($0.prefix(60))\"" } ?? ""
            return "\(head) \(name) \(title) — \(entities.count) entities, \(view.claims?.count ?? 0) claims" + (names.isEmpty ? "" : " [\(names)]")
        case RecordType.rejected:
            return "\(head) \(name): \(view.reason ?? "?") — \(view.detail ?? "")"
        case RecordType.duplicate:
            return "\(head) \(name) = #\(view.duplicateOf.map(String.init) ?? "?")"
        case RecordType.start:
            return "\(head) pid \(view.pid.map(String.init) ?? "?") watching \(view.watch ?? "?")"
        case RecordType.stop:
            return "\(head) \(view.reason ?? "") — \(view.articles ?? 0) articles this run"
        case RecordType.reload:
            return "\(head) \(view.applied == true ? "applied" : "refused")\(view.detail.map { ": \($0)" } ?? "")"
        default:
            return head
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
