import ArgumentParser
import Extraction
import Ingest
import Posix
import Service

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Option(help: "Reject files larger than this many bytes.")
    var maxBytes: Int = IngestOptions().maxBytes

    @Option(help: "Bytes that are not UTF-8: decode as windows-1252, or reject.")
    var encodingFallback: String = IngestOptions.Fallback.windows1252.rawValue

    @Option(help: "Extra lexicon files (LABEL<TAB>Name[<TAB>Canonical] lines).")
    var lexicon: [String] = []

    func validate() throws {
        guard IngestOptions.Fallback(rawValue: encodingFallback) != nil else {
            throw ValidationError("--encoding-fallback must be one of: \(IngestOptions.Fallback.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }

    var ingestOptions: IngestOptions {
        IngestOptions(maxBytes: maxBytes, fallback: IngestOptions.Fallback(rawValue: encodingFallback) ?? .windows1252)
    }

    func extractor() throws -> any Extractor {
        BaselineExtractor(lexicon: try LexiconLoader.load(lexicon))
    }
}
