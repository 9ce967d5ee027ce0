import Extraction
import Ingest
import Journal
import Posix
import Store

/// Any Byline record but an article, decoded loosely for display.
struct RecordView: Decodable {
    var doc: DocumentInfo?
    var reason: String?
    var detail: String?
    var duplicateOf: UInt64?
    var watch: String?
    var pid: Int?
    var applied: Bool?
    var articles: Int?

    enum CodingKeys: String, CodingKey {
        case doc, reason, detail, watch, pid, applied, articles
        case duplicateOf = "duplicate_of"
    }

    /// Labels of values, not names: left out of an article's top names.
    private static let values = Set(EntityLabel.allCases.filter(\.isNumeric).map(\.rawValue))

    /// One human-readable line for `byline tail`.
    static func summary(_ record: JournalRecord) -> String {
        let head = "#\(record.seq) \(record.time) \(FileName.printable(record.type).padding(9))"
        // Articles through the store's pull reader: Foundation's decoder
        // built a tree of the whole record first, 380 MB for a 15 MB
        // article's.
        if record.type == RecordType.article {
            guard case .article(let article)? = try? ProjectedRecord(record) else { return head }
            var top: [String: Int] = [:]
            for e in article.entities where !values.contains(e.label) {
                top[e.canonical, default: 0] += 1
            }
            let names = top.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5).map(\.key).joined(separator: ", ")
            let title = article.title.map { "\"\(FileName.printable(String($0.prefix(60))))\"" } ?? ""
            return "\(head) \(FileName.printable(article.arrival.name)) \(title) — "
                + "\(counted(article.entities.count, "entity", "entities")), \(counted(article.claims.count, "claim", "claims"))"
                + (names.isEmpty ? "" : " [\(names)]")
        }
        guard let view = try? record.decode(RecordView.self) else { return head }
        // Every field a record got from outside goes to the terminal
        // escaped, as the daemon's log writes it (`RecordMessage`): a
        // rejection's detail can hold a path (`open(/inbox/...): ...`), a
        // reload's the config's words, a start's the watched folder's.
        let name = FileName.printable(view.doc?.name ?? "")
        let reason = view.reason.map(FileName.printable)
        let detail = view.detail.map(FileName.printable)
        switch record.type {
        case RecordType.rejected:
            return "\(head) \(name): \(reason ?? "?") — \(detail ?? "")"
        case RecordType.duplicate:
            return "\(head) \(name) = #\(view.duplicateOf.map(String.init) ?? "?")"
        case RecordType.start:
            return "\(head) pid \(view.pid.map(String.init) ?? "?") watching \(view.watch.map(FileName.printable) ?? "?")"
        case RecordType.stop:
            return "\(head) \(reason ?? "") — \(view.articles ?? 0) articles this run"
        case RecordType.reload:
            return "\(head) \(view.applied == true ? "applied" : "refused")\(detail.map { ": \($0)" } ?? "")"
        default:
            return head
        }
    }
}

/// `1 claim`, `2 claims`.
private func counted(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
