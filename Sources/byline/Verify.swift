import ArgumentParser
import Journal

/// `byline verify JDIR`: exit 0 on an intact journal, 1 naming the first bad record.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every record's hash and the chain linking them; exit non-zero on any damage.")

    @Argument(help: "Journal folder.") var journal: String

    func run() throws {
        let report = try JournalVerifier.verify(directory: journal)
        if let failure = report.failure {
            Output.error("journal \(journal) is damaged: \(failure)")
            Output.error("\(report.records) records before it are intact")
            throw ExitCode(1)
        }
        Output.print("ok: \(report.records) records in \(report.segments) segments, head \(report.lastHash)")
    }
}
