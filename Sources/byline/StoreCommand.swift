import ArgumentParser
import Foundation
import Journal
import Logging
import Service
import Store

/// `byline store sync|rebuild|status`: the relational projection of a
/// journal, for `byline query --store` and for SQL.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Project a journal into SQLite or PostgreSQL, and keep it caught up.",
        subcommands: [Sync.self, Follow.self, Rebuild.self, Status.self]
    )

    struct Target: ParsableArguments {
        @Argument(help: "Journal folder.") var journal: String
        @Option(help: ArgumentHelp(
            "sqlite:PATH or postgresql://USER@HOST/DB (postgresql:///DB?host=/run/postgresql for a Unix socket).",
            discussion: "Default: $BYLINE_STORE_URL, else sqlite:byline.sqlite beside the journal folder."))
        var url: String?

        /// The journal's follower state (its id read from the journal).
        func sync() throws -> StoreSync {
            StoreSync(journalDirectory: journal, journalID: try StoreSync.journalID(of: journal))
        }

        func storeURL() throws -> StoreURL {
            try StoreLocation.resolve(url, journal: journal) ?? { throw ValidationError("the store url is empty (the store is off)") }()
        }
    }

    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Project the journal's records after the store's cursor (idempotent).")
        @OptionGroup var target: Target

        func run() async throws {
            let url = try target.storeURL()
            let sync = try target.sync()
            let started = Date()
            let progress = try await StoreLocation.with(url) { db in try await sync.run(into: db) }
            let seconds = Date().timeIntervalSince(started)
            let rate = seconds > 0 ? Int(Double(progress.records) / seconds) : 0
            Output.error("\(progress.records) records projected into \(url) in \(String(format: "%.2f", seconds)) s (\(rate) records/s); cursor at seq \(progress.cursor.seq)")
        }
    }

    struct Follow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "follow",
            abstract: "Keep the store caught up as the journal grows (the byline-store.service companion).",
            discussion: "Runs until SIGTERM; reports to systemd (Type=notify). The journal is only read.")
        @OptionGroup var target: Target

        func run() throws {
            Logs.bootstrap()
            let url = try target.storeURL()
            let service = StoreFollowService(url: url, journalDirectory: target.journal,
                                             journalID: try StoreSync.journalID(of: target.journal),
                                             logger: Logger(label: "byline-store"))
            let status = service.run()
            if status != 0 { throw ExitCode(status) }
        }
    }

    struct Rebuild: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Drop the store's tables and project the journal from its first record.")
        @OptionGroup var target: Target

        func run() async throws {
            let url = try target.storeURL()
            let sync = try target.sync()
            let progress = try await StoreLocation.with(url) { db in
                try await Schema.drop(db)
                return try await sync.run(into: db)
            }
            Output.error("store \(url) rebuilt: \(progress.records) records; cursor at seq \(progress.cursor.seq)")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Print how far the store has projected the journal (JSON).")
        @OptionGroup var target: Target

        func run() async throws {
            let url = try target.storeURL()
            let sync = try target.sync()
            let line = try await StoreLocation.with(url) { db in
                try await Schema.migrate(db)
                let cursor = try await sync.cursor(in: db)
                let journalSeq = JournalHead.read(directory: target.journal)?.seq ?? 0
                let articles = try await db.rows("SELECT COUNT(*) FROM articles", []).first?.first?.int ?? 0
                return #"{"store":"\#(url)","journal":"\#(sync.journalID)","cursor":\#(cursor.seq),"journal_seq":\#(journalSeq),"lag":\#(sync.lag(behind: cursor.seq)),"articles":\#(articles)}"#
            }
            Output.print(line)
        }
    }
}

/// Where the CLI finds a store.
enum StoreLocation {
    /// `given`, else `BYLINE_STORE_URL`, else `sqlite:` beside the journal;
    /// nil when the chosen text is empty.
    static func resolve(_ given: String?, journal: String) throws -> StoreURL? {
        guard let text = given ?? ProcessInfo.processInfo.environment["BYLINE_STORE_URL"] else {
            return .besideJournal(journal)
        }
        do {
            return try StoreURL.parse(text)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Runs `body` with the store open, and closes it however `body` ends.
    static func with<T>(_ url: StoreURL, _ body: (any StoreConnection) async throws -> T) async throws -> T {
        let db: any StoreConnection
        do {
            db = try await StoreDatabase.open(url)
        } catch {
            throw CannotOpen(description: "cannot open store \(url): \(error)")
        }
        do {
            let value = try await body(db)
            await db.close()
            return value
        } catch {
            await db.close()
            throw error
        }
    }

    struct CannotOpen: Error, CustomStringConvertible {
        let description: String
    }
}
