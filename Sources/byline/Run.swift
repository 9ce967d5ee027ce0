import ArgumentParser
import Logging
import Service
import Settings
import Systemd

/// `byline run`: the daemon.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch a folder and journal every article dropped into it (the service).",
        discussion: """
            With no --config, the embedded default (Config/byline.toml) is used: it watches \
            byline-data/inbox and journals to byline-data/journal. BYLINE_<SECTION>_<KEY> variables \
            and the flags below override the file. SIGHUP reloads, SIGTERM drains and stops.
            """)

    @Option(help: "Configuration file (TOML).") var config: String?
    @Option(help: "Folder to watch (overrides watch.directory).") var watch: String?
    @Option(help: "Journal folder (overrides journal.directory).") var journal: String?
    @Flag(help: "Check the configuration and exit.") var checkConfig = false

    func run() throws {
        Logs.bootstrap()
        let source = ConfigSource(file: config, overrides: ConfigOverrides(watchDirectory: watch, journalDirectory: journal))
        if checkConfig {
            do {
                let c = try source.load()
                Output.print("ok: watching \(c.watchDirectory), journal \(c.journalDirectory)")
                return
            } catch {
                Output.error("\(error)")
                throw ExitCode(78)
            }
        }
        let status = Daemon(source: source, logger: Logger(label: "byline")).run()
        if status != 0 { throw ExitCode(status) }
    }
}

/// Logging for the long-running commands: structured fields straight to
/// journald when stderr is the journal (under systemd), plain lines
/// otherwise.
enum Logs {
    static func bootstrap() {
        LoggingSystem.bootstrap { label in
            if JournaldLogHandler.stderrIsJournal { return JournaldLogHandler(label: label) }
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
    }
}
