import Foundation
import Glibc
import Store
import TestSupport
import Testing

/// A throwaway PostgreSQL cluster made by `scripts/postgres-cluster`
/// (initdb in a temporary folder, a Unix socket only, a non-root owner):
/// the real server, from Debian's packages, for the tests.
final class PostgresCluster: Sendable {
    let directory: String
    let adminURL: String

    private static let script = CLI.root.appendingPathComponent("scripts/postgres-cluster").path

    init() throws {
        directory = NSTemporaryDirectory() + "byline-pg-\(UUID().uuidString.prefix(8))"
        let result = try Self.script(["start", directory])
        guard result.status == 0 else {
            throw Failure("scripts/postgres-cluster start failed (is Debian's postgresql installed? scripts/install-deps --test): \(result.stderr)")
        }
        adminURL = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The server stops at once, as in a crash: no checkpoint, clients cut off.
    func crash() throws {
        _ = try Self.script(["crash", directory])
    }

    func restart() throws {
        let result = try Self.script(["restart", directory])
        guard result.status == 0 else { throw Failure("restart: \(result.stderr)") }
    }

    func stop() {
        _ = try? Self.script(["stop", directory])
    }

    /// A new, empty database on this cluster; its URL.
    func makeDatabase() async throws -> String {
        let name = "byline_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        guard let admin = try StoreURL.parse(adminURL) else { throw Failure("no admin url") }
        let db = try await StoreDatabase.open(admin)
        try await db.execute("CREATE DATABASE \(name)")
        await db.close()
        return adminURL.replacingOccurrences(of: "postgresql:///postgres?", with: "postgresql:///\(name)?")
    }

    /// Runs the script with posix_spawn and waitpid, its output through
    /// files: Foundation's Process did not notice this script's exit (the
    /// `runuser` inside it), and the suite hung in waitUntilExit.
    private static func script(_ args: [String]) throws -> CLI.Result {
        let out = NSTemporaryDirectory() + "byline-pg-script-\(UUID().uuidString.prefix(8))"
        defer {
            try? FileManager.default.removeItem(atPath: out + ".out")
            try? FileManager.default.removeItem(atPath: out + ".err")
        }
        let command = ([script] + args).map { "'" + $0 + "'" }.joined(separator: " ") + " >'\(out).out' 2>'\(out).err' </dev/null"
        let argv = ["/bin/sh", "-c", command]
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &cArgs, environ)
        guard spawned == 0 else { throw Failure("posix_spawn: \(spawned)") }
        var status: CInt = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return CLI.Result(status: (status >> 8) & 0xff, stdout: read(out + ".out"), stderr: read(out + ".err"))
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One cluster for a suite, started before its first test and stopped
/// after its last (so no server outlives the tests).
struct WithPostgres: SuiteTrait, TestScoping {
    @TaskLocal static var cluster: PostgresCluster?

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let cluster = try PostgresCluster()
        defer { cluster.stop() }
        try await Self.$cluster.withValue(cluster) { try await function() }
    }
}

/// The two backends every store test runs against.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A new, empty store for one test.
    func makeStore(in folder: TestDirectory) async throws -> String {
        switch self {
        case .sqlite:
            return "sqlite:" + folder.sub("store-\(UUID().uuidString.prefix(6)).sqlite")
        case .postgres:
            guard let cluster = WithPostgres.cluster else { throw Failure("no PostgreSQL cluster in scope") }
            return try await cluster.makeDatabase()
        }
    }
}
