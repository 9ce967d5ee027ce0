import ArgumentParser
import Ingest
import Journal
import Posix

/// `byline ingest DIR --journal JDIR`: every file in DIR into the journal, once.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Journal every regular file in a folder once (re-running appends nothing new).")

    @Argument(help: "Folder of article files.") var directory: String
    @Option(help: "Journal folder (created if missing).") var journal: String
    @Option(help: "Start a new journal segment after this many bytes.") var segmentBytes: Int = JournalWriter.Options().segmentBytes
    @OptionGroup var input: InputOptions

    func run() throws {
        let writer = try JournalWriter(directory: journal, options: .init(segmentBytes: segmentBytes))
        defer { writer.close() }
        if writer.openReport.tornBytes > 0 {
            Output.error("recovered a torn record: \(writer.openReport.tornBytes) bytes kept in \(writer.openReport.sideFile ?? "?")")
        }
        // As the daemon's: an article that took an earlier run down three
        // times (a trap in the extractor) is rejected, not read again.
        let ledger = ExtractionLedger(directory: journal) { Output.error($0) }
        var ingest = DirectoryIngest(
            processor: ArticleProcessor(extractor: try input.extractor(), options: input.ingestOptions, ledger: ledger),
            journal: writer, seen: try SeenIndexCheckpoint.open(journal: journal).index)
        let bar = ProgressBar()
        let summary = try ingest.run(directory: directory) { done, total in bar.update(done, total) }
        bar.finish()
        // The next run (or the daemon) reads only what comes after this.
        let last = writer.last
        try? SeenIndexCheckpoint.save(ingest.seen, seq: last.seq, hash: last.hash, journal: journal)
        Output.error("\(summary.files) files: \(summary.articles) articles, \(summary.duplicates) duplicates, "
            + "\(summary.rejected) rejected, \(summary.alreadyJournaled) already journaled; journal at seq \(writer.lastSeq)")
        if summary.deferred > 0 {
            Output.error("\(summary.deferred) files could not be read now (too many open files, no memory or an I/O error) and have no outcome yet: run again")
            throw ExitCode(75)  // EX_TEMPFAIL
        }
    }
}
