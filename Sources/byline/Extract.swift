import ArgumentParser
import Extraction
import Ingest
import Journal
import Posix

/// `byline extract FILE...`: one JSON record per file on stdout, no journal.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article record of each file as JSON Lines (no journal involved).")

    @OptionGroup var paths: ArticlePaths
    @OptionGroup var input: InputOptions

    func run() throws {
        let processor = ArticleProcessor(extractor: try input.extractor(), options: input.ingestOptions)
        var failures = 0
        for file in try paths.resolve() {
            let result = processor.process(directory: FileSystem.parentDirectory(of: file), name: FileSystem.baseName(of: file))
            switch result {
            case .article(let record):
                Output.line(JournalEntry(type: RecordType.article, jsonObject: record.jsonObject()))
            case .rejected(let record):
                failures += 1
                try Output.line(type: RecordType.rejected, body: record)
                Output.error("\(file): rejected (\(record.reason.rawValue)): \(record.detail)")
            case .deferred(let record):
                failures += 1
                Output.error("\(file): not readable now (\(record.detail)); try again")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
