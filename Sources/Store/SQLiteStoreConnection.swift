import Logging
import SQLiteNIO

/// The embedded backend: one SQLite file (WAL mode), through sqlite-nio,
/// which runs each statement on NIO's thread pool.
final class SQLiteStoreConnection: StoreConnection {
    let backend = StoreURL.Backend.sqlite
    private let connection: SQLiteConnection

    private init(connection: SQLiteConnection) { self.connection = connection }

    static func open(path: String) async throws -> SQLiteStoreConnection {
        var logger = Logger(label: "byline.store.sqlite")
        logger.logLevel = .warning
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        let store = SQLiteStoreConnection(connection: connection)
        do {
            try await store.configure()
        } catch {
            // A connection must be closed before it is dropped.
            await store.close()
            throw error
        }
        return store
    }

    private func configure() async throws {
        // WAL: readers (`byline query`) never wait for the follower, and a
        // commit is one append to the log. synchronous=NORMAL: a commit is
        // not fsynced (checkpoints are), so a power cut may take the last
        // batches off the store, but never half of one: rows and cursor go
        // in one transaction and leave together, and the follower projects
        // them again from the journal, the record of truth. What is saved
        // is an fsync per batch on the journal's disk, which the journal's
        // own commits queued behind (arrival-to-record p99 66 ms at 100
        // files a second with FULL).
        // busy_timeout: a second writer waits its turn instead of failing;
        // set first, because switching a new file to WAL takes a lock that
        // another connection opening it at the same instant may hold (the
        // follower's first attempt then failed and backed off).
        try await execute("PRAGMA busy_timeout=10000")
        _ = try await connection.query("PRAGMA journal_mode=WAL")
        try await execute("PRAGMA synchronous=NORMAL")
        try await execute("PRAGMA foreign_keys=ON")
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await connection.query(sql, binds.map(Self.data))
    }

    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
        try await connection.query(sql, binds.map(Self.data)).map { row in
            row.columns.map { column in
                switch column.data {
                case .integer(let i): .integer(Int64(i))
                case .text(let s): .text(s)
                case .float(let d): .integer(Int64(d))
                case .blob, .null: .null
                }
            }
        }
    }

    func begin() async throws { try await execute("BEGIN IMMEDIATE") }

    func close() async { try? await connection.close() }

    private static func data(_ value: SQLValue) -> SQLiteData {
        switch value {
        case .integer(let i): .integer(Int(i))
        case .text(let s): .text(s)
        case .null: .null
        }
    }
}
