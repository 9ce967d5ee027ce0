import Foundation
import Posix

/// Where the store lives, as the `[store] url` key and `--store` give it:
///
/// - `sqlite:PATH` (`sqlite:byline-data/byline.sqlite`; `sqlite:///abs/path`)
/// - `postgresql://USER@HOST[:PORT]/DB`, or over a Unix socket
///   `postgresql:///DB?host=/run/postgresql` (`postgres://` too)
///
/// A password never needs to be in the URL (and so in a config file or a
/// process list): when it has none, the one in `$CREDENTIALS_DIRECTORY/
/// store-password` (systemd's `LoadCredential=`) or in the file
/// `BYLINE_STORE_PASSWORD_FILE` names is used.
public enum StoreURL: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(Postgres)

    public enum Backend: String, Sendable { case sqlite, postgres }

    public struct Postgres: Sendable, Equatable {
        public var host: String?
        public var port: Int
        /// The folder holding the server's socket (`.s.PGSQL.PORT`).
        public var socketDirectory: String?
        public var user: String
        public var password: String?
        public var database: String

        public var socketPath: String? { socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } }
    }

    public struct Invalid: Error, CustomStringConvertible {
        public let url: String
        public let reason: String
        public var description: String { "store url \(url): \(reason)" }
    }

    public var backend: Backend {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }

    /// Parses `text`; nil for the empty string (the store turned off).
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Invalid) -> StoreURL? {
        if text.isEmpty { return nil }
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else { throw Invalid(url: text, reason: "no file path after sqlite:") }
            return .sqlite(path: path)
        }
        guard text.hasPrefix("postgresql://") || text.hasPrefix("postgres://"),
              let components = URLComponents(string: text)
        else { throw Invalid(url: text, reason: "expected sqlite:PATH or postgresql://USER@HOST/DB") }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        for key in query.keys where !["host", "port", "user", "password", "dbname"].contains(key) {
            throw Invalid(url: text, reason: "unknown parameter \(key)")
        }
        var host = components.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding ?? $0 }
        var socketDirectory: String?
        if let h = query["host"] {
            if h.hasPrefix("/") { socketDirectory = h } else { host = h }
        }
        if host == nil && socketDirectory == nil { socketDirectory = "/run/postgresql" }
        let portText = query["port"] ?? components.port.map(String.init) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw Invalid(url: text, reason: "bad port \(portText)") }
        let user = query["user"] ?? components.user?.removingPercentEncoding ?? Self.currentUser(environment)
        let pathDatabase = String(components.path.drop(while: { $0 == "/" }))
        let database = query["dbname"] ?? (pathDatabase.isEmpty ? user : pathDatabase)
        var password = query["password"] ?? components.password?.removingPercentEncoding
        if password == nil {
            password = Self.passwordFromFile(environment)
        }
        return .postgres(Postgres(host: socketDirectory == nil ? host : nil, port: port, socketDirectory: socketDirectory,
                                  user: user, password: password, database: database))
    }

    /// The default store: `byline.sqlite` in the folder that holds the
    /// journal folder (`byline-data/journal` -> `byline-data/byline.sqlite`).
    public static func besideJournal(_ journal: String) -> StoreURL {
        .sqlite(path: FileSystem.beside(journal, named: "byline.sqlite"))
    }

    /// The URL without its password, for logs and status lines.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let p):
            if let socket = p.socketDirectory {
                return "postgresql://\(p.user)@/\(p.database)?host=\(socket)" + (p.port == 5432 ? "" : "&port=\(p.port)")
            }
            return "postgresql://\(p.user)@\(p.host ?? "localhost"):\(p.port)/\(p.database)"
        }
    }

    private static func currentUser(_ environment: [String: String]) -> String {
        if let user = environment["USER"], !user.isEmpty { return user }
        return "byline"
    }

    private static func passwordFromFile(_ environment: [String: String]) -> String? {
        var candidates: [String] = []
        if let file = environment["BYLINE_STORE_PASSWORD_FILE"], !file.isEmpty { candidates.append(file) }
        if let dir = environment["CREDENTIALS_DIRECTORY"], !dir.isEmpty { candidates.append(dir + "/store-password") }
        for path in candidates {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                return text.trimmingCharacters(in: .newlines)
            }
        }
        return nil
    }
}
