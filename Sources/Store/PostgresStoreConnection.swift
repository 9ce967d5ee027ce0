import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The fleet backend: one PostgreSQL connection through postgres-nio, over
/// TCP or a Unix socket, without TLS (a local socket, or a network the
/// companion unit is confined to; see `systemd/byline-store.service`).
final class PostgresStoreConnection: StoreConnection {
    let backend = StoreURL.Backend.postgres
    private let connection: PostgresConnection
    private let logger: Logger

    private init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
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
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger)
        let store = PostgresStoreConnection(connection: connection, logger: logger)
        // Notices (e.g. "relation already exists, skipping") are not news.
        try await store.execute("SET client_min_messages = warning")
        return store
    }

    func execute(_ sql: String, _ binds: [SQLValue]) async throws {
        _ = try await connection.query(Self.query(sql, binds), logger: logger).collect()
    }

    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
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
