import ArgumentParser
import Extraction
import Ingest
import Posix
import Service
import Foundation

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Option(help: "Reject files larger than this many bytes.")
    var maxBytes: Int = IngestOptions().maxBytes

    @Option(help: "Bytes that are not UTF-8: decode as windows-1252, or reject.")
    var encodingFallback: String = IngestOptions.Fallback.windows1252.rawValue

    @Option(help: "Extra lexicon files (LABEL<TAB>Name[<TAB>Canonical] lines).")
    var lexicon: [String] = []

    @Option(help: "Where names come from: learned or rules.")
    var recognizer: String = "learned"

    @Option(help: "Entity model weights (what `byline train` writes) instead of the built-in model.")
    var model: String?

    @Option(help: "Tag sequences the learned recogniser keeps open (1: greedy).")
    var beamWidth: Int = NERTagger.defaultWidth

    @Option(help: "Tag sequences this far below the best are dropped from the beam.")
    var beamMargin: Float = NERTagger.defaultMargin

    func validate() throws {
        guard IngestOptions.Fallback(rawValue: encodingFallback) != nil else {
            throw ValidationError("--encoding-fallback must be one of: \(IngestOptions.Fallback.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        guard recognizer == "rules" || recognizer == "learned" else { throw ValidationError("--recognizer must be rules or learned") }
        guard beamWidth >= 1 else { throw ValidationError("--beam-width must be at least 1") }
        guard beamMargin.isFinite, beamMargin >= 0 else { throw ValidationError("--beam-margin must be a number, 0 or more") }
    }

    var ingestOptions: IngestOptions {
        IngestOptions(maxBytes: maxBytes, fallback: IngestOptions.Fallback(rawValue: encodingFallback) ?? .windows1252)
    }

    func extractor() throws -> any Extractor {
        NewsExtractor(lexicon: try LexiconLoader.load(lexicon), model: recognizer == "learned" ? try loadModel() : nil,
                      beamWidth: beamWidth, beamMargin: beamMargin)
    }

    /// The extractor with its lazily parsed tables (lexicon, word facts)
    /// loaded, for the commands that time extraction: the figure is
    /// throughput, start-up is apart.
    func warmedExtractor() throws -> any Extractor {
        let extractor = try extractor()
        _ = extractor.extract("Warm-up: Anna Berg said in Oslo that the plan works.")
        return extractor
    }

    /// Words as the speed figures count them (and `wc -w` nearly).
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    }

    private func loadModel() throws -> NERModel? {
        guard let model else { return NERModel.builtin }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: model))
        do {
            return try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        } catch {
            throw ValidationError("--model \(model): not a Byline entity model (\(error))")
        }
    }
}
