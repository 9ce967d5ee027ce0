/// Opens the backend a ``StoreURL`` names.
public enum StoreDatabase {
    public static func open(_ url: StoreURL) async throws -> any StoreConnection {
        switch url {
        case .sqlite(let path): try await SQLiteStoreConnection.open(path: path)
        case .postgres(let config): try await PostgresStoreConnection.open(config)
        }
    }
}
