import Logging
import NIOCore
import NIOPosix
import Posix
import PostgresNIO

/// The fleet backend: one PostgreSQL connection through postgres-nio, over
/// TCP or a Unix socket, without TLS (a local socket, or a network the
/// companion unit is confined to; see `systemd/byline-store.service`).
final class PostgresStoreConnection: StoreConnection {
    let backend = StoreURL.Backend.postgres
    private let connection: PostgresConnection
    private let logger: Logger

    /// Statements under way, each with what fails it; the connection's
    /// close fails them all (one handler per connection, not one per
    /// statement, which would pile up on the close future).
    private struct InFlight {
        var next = 0
        var failers: [Int: @Sendable () -> Void] = [:]
    }

    private let inFlight = Locked(InFlight())

    private init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
        connection.closeFuture.whenComplete { [inFlight] _ in
            let failers = inFlight.withLock { state -> [Int: @Sendable () -> Void] in
                defer { state.failers = [:] }
                return state.failers
            }
            for fail in failers.values { fail() }
        }
    }

    static func open(_ url: StoreURL.Postgres) async throws -> PostgresStoreConnection {
        var logger = Logger(label: "byline.store.postgres")
        logger.logLevel = .warning
        let configuration: PostgresConnection.Configuration
        if let socket = url.socketPath {
            configuration = .init(unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
        } else {
            configuration = .init(host: url.host ?? "localhost", port: url.port, username: url.user,
                                  password: url.password, database: url.database, tls: .disable)
        }
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger)
        } catch let error as PSQLError {
            throw PostgresFailure(error)
        }
        let store = PostgresStoreConnection(connection: connection, logger: logger)
        do {
            // Notices (e.g. "relation already exists, skipping") are not news.
            try await store.execute("SET client_min_messages = warning")
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// The server went away (a crash, a restart, a cut network).
    struct ConnectionLost: Error, CustomStringConvertible {
        var description: String { "the connection to PostgreSQL was closed" }
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await guarded { [connection, logger] in
            try await connection.query(Self.query(sql, binds), logger: logger).collect().count
        }
    }

    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
        try await guarded { [self] in try await collect(sql, binds) }
    }

    /// Runs one statement, failing it as soon as the connection closes.
    ///
    /// postgres-nio hands a statement to a channel that has just closed
    /// without ever failing it (a server stopped dead mid-batch left the
    /// follower waiting forever, with no socket left). The statement races
    /// the channel's close here; should it lose, its task is abandoned
    /// (it can never finish) and the caller reconnects.
    private func guarded<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        if connection.isClosed { throw ConnectionLost() }
        let id = inFlight.withLock { state -> Int in
            state.next += 1
            return state.next
        }
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let resumed = Locked(false)
            let finish: @Sendable (Result<T, any Error>) -> Void = { [inFlight] result in
                let first = resumed.withLock { done -> Bool in
                    defer { done = true }
                    return !done
                }
                guard first else { return }
                inFlight.withLock { _ = $0.failers.removeValue(forKey: id) }
                continuation.resume(with: result)
            }
            inFlight.withLock { $0.failers[id] = { finish(.failure(ConnectionLost())) } }
            // Closed before the registration: the close's handler has run.
            if connection.isClosed { finish(.failure(ConnectionLost())) }
            Task(executorPreference: QueueTaskExecutor.shared) {
                do {
                    finish(.success(try await operation()))
                } catch let error as PSQLError {
                    finish(.failure(PostgresFailure(error)))
                } catch {
                    finish(.failure(error))
                }
            }
        }
    }

    private func collect(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
        var result: [[SQLValue]] = []
        for try await row in try await connection.query(Self.query(sql, binds), logger: logger) {
            var values: [SQLValue] = []
            for cell in row {
                if cell.bytes == nil {
                    values.append(.null)
                } else if cell.dataType == .int8 || cell.dataType == .int4 || cell.dataType == .int2 {
                    values.append(.integer(try cell.decode(Int64.self)))
                } else {
                    values.append(.text(try cell.decode(String.self)))
                }
            }
            result.append(values)
        }
        return result
    }

    func begin() async throws { try await execute("BEGIN") }

    func close() async { try? await connection.close() }

    /// `?` placeholders numbered the PostgreSQL way.
    private static func query(_ sql: String, _ binds: [SQLValue]) -> PostgresQuery {
        var text = ""
        text.reserveCapacity(sql.utf8.count + binds.count * 3)
        var n = 0
        for ch in sql {
            if ch == "?" {
                n += 1
                text += "$\(n)"
            } else {
                text.append(ch)
            }
        }
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            switch value {
            case .integer(let i): bindings.append(i)
            case .text(let s): bindings.append(s)
            case .null: bindings.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: text, binds: bindings)
    }
}

/// A PostgreSQL error as operators need it: postgres-nio's own description
/// hides everything ("Generic description to prevent accidental leakage")
/// and its reflection includes the statement's values. This keeps the
/// server's message, SQLSTATE and hint, or the kind of failure.
struct PostgresFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: PSQLError) {
        if let info = error.serverInfo, let message = info[.message] {
            let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            let hint = info[.hint].map { "; hint: \($0)" } ?? ""
            description = "PostgreSQL: \(message)\(state)\(hint)"
        } else if let underlying = error.underlying {
            description = "PostgreSQL \(error.code): \(underlying)"
        } else {
            description = "PostgreSQL: \(error.code)"
        }
    }
}
