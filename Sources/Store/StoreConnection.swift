/// One open connection to a store's database, whichever backend.
///
/// Statements are written once with `?` placeholders; the PostgreSQL
/// connection numbers them (`$1`, `$2`, ...) as it sends them. Neither the
/// schema nor any statement puts a `?` inside a literal.
public protocol StoreConnection: Sendable {
    var backend: StoreURL.Backend { get }
    func execute(_ sql: String, _ binds: [SQLValue]) async throws
    func rows(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]]
    /// Starts a transaction that takes the write lock at once (SQLite's
    /// `BEGIN IMMEDIATE`): two followers of one journal serialise on it.
    func begin() async throws
    func close() async
}

extension StoreConnection {
    public func execute(_ sql: String) async throws { try await execute(sql, []) }

    /// Runs `body` in a transaction: committed when it returns, rolled
    /// back when it throws (and a rollback that fails too is the
    /// connection's end, which rolls back anyway).
    public func transaction<T>(_ body: () async throws -> T) async throws -> T {
        try await begin()
        do {
            let value = try await body()
            try await execute("COMMIT")
            return value
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }
}
