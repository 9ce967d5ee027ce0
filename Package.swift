// swift-tools-version:6.1
import Foundation
import PackageDescription

/// Byline's modules follow the data flow: the folder (Ingest) feeds the pure
/// extractor (Extraction), whose results land in the durable journal
/// (Journal) and, under systemd, in journald (Systemd). `Posix` is the one
/// place where syscalls are made; the `byline` executable only parses
/// command lines.
let package = Package(
    name: "Byline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(name: "CPosix"),
        .target(
            name: "Posix",
            dependencies: ["CPosix", .product(name: "SystemPackage", package: "swift-system")]
        ),
        // The trained entity model, linked in as bytes (see scripts/train-model).
        .target(name: "CModelData"),
        // Optimised in debug builds too: every daemon and CLI process the
        // tests start reads the model and word tables first, 0.69 s of CPU
        // unoptimised and 0.27 s optimised, and the suite starts hundreds
        // (341 s of CPU in all, 187 s with this). The fuzzers, built in
        // debug, run that much faster as well.
        .target(
            name: "Extraction",
            dependencies: ["CModelData"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .target(
            name: "Journal",
            dependencies: ["Posix", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "Ingest",
            dependencies: [
                "Posix", "Extraction", "Journal",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ]
        ),
        .target(name: "Systemd", dependencies: ["CSystemd", "Posix", .product(name: "Logging", package: "swift-log")]),
        .target(name: "Settings", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
        // The relational projection of the journal (SQLite or PostgreSQL).
        .target(
            name: "Store",
            dependencies: [
                "Journal", "Posix",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Service",
            dependencies: [
                "Extraction", "Journal", "Ingest", "Systemd", "Settings", "Posix", "Store",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "Extraction", "Journal", "Ingest", "Systemd", "Settings", "Service", "Store", "Posix",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // libFuzzer targets (scripts/hunt/fuzz builds them with -D FUZZING
        // -sanitize=fuzzer); built plainly they replay saved inputs.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzExtraction", dependencies: ["FuzzSupport", "Extraction", "Ingest"]),
        .executableTarget(name: "FuzzJournal", dependencies: ["FuzzSupport", "Journal", "Posix"]),
        .executableTarget(name: "FuzzConfig", dependencies: ["FuzzSupport", "Settings"]),
        // Helpers shared by the test targets (temporary folders).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PosixTests", dependencies: ["Posix"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"], exclude: ["Fixtures"]),
        .testTarget(name: "JournalTests", dependencies: ["TestSupport", "Journal", "Posix"]),
        .testTarget(
            name: "IngestTests",
            dependencies: ["TestSupport", "Ingest", "Journal", "Extraction", .product(name: "MetricsTestKit", package: "swift-metrics")]
        ),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd"]),
        .testTarget(name: "SettingsTests", dependencies: ["Settings"]),
        .testTarget(name: "ServiceTests", dependencies: ["TestSupport", "Service", "Ingest", "Journal", "Systemd"]),
        .testTarget(name: "BylineCLITests", dependencies: ["TestSupport", "Journal"]),
        .testTarget(name: "StoreTests", dependencies: ["TestSupport", "Store", "Journal", "Posix"]),
    ],
    swiftLanguageModes: [.v6]
)

/// `BYLINE_PACKAGE_SUBSET=core`: only the modules below the service (no
/// store, daemon or command line, so no SwiftNIO, SQLite or PostgreSQL
/// driver). CI's short sanitizer runs test only those modules, and building
/// the drivers under ASan and TSan cost most of their time
/// (scripts/hunt/sanitize).
if ProcessInfo.processInfo.environment["BYLINE_PACKAGE_SUBSET"] == "core" {
    let service: Set<String> = [
        "Store", "Service", "byline", "StoreTests", "ServiceTests", "BylineCLITests",
    ]
    package.targets.removeAll { service.contains($0.name) }
    package.products.removeAll { $0.name == "byline" }
}
