import ArgumentParser
import Foundation
import Posix
import Service
import Settings

/// `byline stats`: the daemon's live figures, read from the metrics file it
/// writes (the same one node_exporter's textfile collector reads).
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print the running daemon's metrics (files, records, latency, queue, journal, store lag).",
        discussion: """
            Reads the file named by [metrics] textfile in the configuration (byline.prom beside \
            the journal folder unless set), which the daemon rewrites after work and at stop. \
            Histograms are summed up as count, mean, and the bucket bounds the median and the 99th \
            percentile fall under; --raw prints the file as it is.
            """)

    @Option(help: "Configuration file (TOML), as given to byline run.") var config: String?
    @Option(help: "Journal folder (overrides journal.directory), as given to byline run.") var journal: String?
    @Option(help: "The metrics file itself (overrides the configuration).") var file: String?
    @Flag(help: "Print the file in Prometheus' text format, unchanged.") var raw = false

    func run() throws {
        let path = try metricsPath()
        guard let data = FileManager.default.contents(atPath: path) else {
            Output.error("no metrics at \(path): is the daemon running with this configuration, and [metrics] textfile not \"\"?")
            throw ExitCode(1)
        }
        let text = String(decoding: data, as: UTF8.self)
        if raw {
            Output.write(Array(text.utf8.dropLast(text.hasSuffix("\n") ? 1 : 0)))
            return
        }
        let metrics = MetricsText(text)
        Output.print("\(metrics.header ?? "metrics") (\(path))")
        for line in metrics.report() { Output.print(line) }
    }

    private func metricsPath() throws -> String {
        if let file { return file }
        let source = ConfigSource(file: config, overrides: ConfigOverrides(journalDirectory: journal))
        let c: BylineConfig
        do {
            c = try source.load()
        } catch {
            Output.error("\(error)")
            throw ExitCode(78)
        }
        guard let path = MetricsLocation.path(c) else {
            Output.error("metrics are turned off ([metrics] textfile is \"\")")
            throw ExitCode(1)
        }
        return path
    }
}
