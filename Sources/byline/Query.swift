import ArgumentParser
import Extraction
import Ingest
import Journal

/// `byline query JDIR --entity NAME | --label L | --source NAME`: matching
/// article records as JSON Lines.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the article records that mention an entity, a label or a claim source (JSON Lines).")

    @Argument(help: "Journal folder.") var journal: String
    @Option(help: "An entity's text or canonical name (case-insensitive).") var entity: String?
    @Option(help: "An entity label such as PERSON or GPE.") var label: String?
    @Option(help: "A claim source's text or canonical name (case-insensitive substring).") var source: String?

    func validate() throws {
        guard entity != nil || label != nil || source != nil else {
            throw ValidationError("give --entity, --label or --source")
        }
        if let label, EntityLabel(rawValue: label.uppercased()) == nil {
            throw ValidationError("unknown label \(label); one of \(EntityLabel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let wantedLabel = label.flatMap { EntityLabel(rawValue: $0.uppercased()) }
        var cursor = JournalCursor(directory: journal)
        while let record = try cursor.next() {
            guard record.type == RecordType.article, let view = try? record.decode(RecordView.self) else { continue }
            let entities = view.entities ?? []
            if let entity {
                let needle = entity.lowercased()
                guard entities.contains(where: { $0.text.lowercased() == needle || $0.canonical.lowercased() == needle }) else { continue }
            }
            if let wantedLabel {
                guard entities.contains(where: { $0.label == wantedLabel }) else { continue }
            }
            if let source {
                let needle = source.lowercased()
                guard (view.claims ?? []).contains(where: {
                    ($0.source?.text.lowercased().contains(needle) ?? false) || ($0.sourceCanonical?.lowercased().contains(needle) ?? false)
                }) else { continue }
            }
            Output.write(record.line)
        }
    }
}
