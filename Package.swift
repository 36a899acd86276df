// swift-tools-version:6.1
// The policy-news knowledge store: Chinese industrial-policy articles in, one SQLite file of facts out.
import PackageDescription

let package = Package(
    name: "PolicyNews",
    products: [
        .executable(name: "importer", targets: ["Importer"]),
        .executable(name: "query", targets: ["Query"]),
        .executable(name: "extract", targets: ["Extract"]),
        .executable(name: "bench-corpus", targets: ["BenchCorpus"]),
        .executable(name: "bench", targets: ["Bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The system's SQLite (Debian libsqlite3-dev), never a vendored copy.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The system's OpenSSL libcrypto (Debian libssl-dev), for SHA-256 with the processor's SHA instructions.
        .systemLibrary(
            name: "CCrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // Domain value types shared by extraction and storage; knows neither Chinese nor SQLite.
        .target(name: "Facts"),
        // Bytes -> article text: decoding, kind detection, chrome removal, script conversion.
        .target(
            name: "Normalization",
            dependencies: ["Facts"],
            resources: [.copy("Resources/HantHans.txt")]
        ),
        // Text -> facts with spans: segmentation and one extractor per kind of fact.
        .target(
            name: "Extraction",
            dependencies: ["Facts"],
            resources: [.copy("Resources/Lexicons")]
        ),
        // Typed SQLite layer, schema, migrations, writes and reads of facts.
        .target(
            name: "Store",
            dependencies: ["CSQLite", "Facts"],
            resources: [.copy("Resources/schema.sql"), .copy("Resources/Queries")]
        ),
        // The import pipeline the `importer` command wires up.
        .target(name: "ImportKit", dependencies: ["CCrypto", "Normalization", "Extraction", "Store", "Facts"]),
        // Predefined queries, output formats, read-only ad-hoc SQL.
        .target(name: "QueryKit", dependencies: ["Store"]),
        .executableTarget(
            name: "Importer",
            dependencies: ["ImportKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "Query",
            dependencies: ["QueryKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Developer tool: articles -> gold-format JSON, for `score.py --pred-dir` without a database.
        .executableTarget(
            name: "Extract",
            dependencies: ["Normalization", "Extraction", "Facts", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // A seeded generator whose sequence is fixed on every toolchain: corpora and random tests repeat.
        .target(name: "SeededRandom"),
        // Benchmark corpus generator: invented articles in the seeds' shapes and forms.
        .executableTarget(
            name: "BenchCorpus",
            dependencies: ["Extraction", "SeededRandom", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            resources: [.copy("Resources/Vocabulary")]
        ),
        // Benchmark: import against the floor, re-imports, memory, database size, query latency.
        .executableTarget(
            name: "Bench",
            dependencies: ["ImportKit", "Store", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization", "Facts"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Facts"]),
        // Deterministic random-input test of normalization + extraction: no crash, no trap, invariants hold.
        .testTarget(name: "FuzzTests", dependencies: ["Normalization", "Extraction", "Facts", "SeededRandom"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Facts", "CSQLite"]),
        .testTarget(name: "ImportKitTests", dependencies: ["ImportKit", "Store", "Facts", "SeededRandom"]),
        .testTarget(name: "BenchTests", dependencies: ["BenchCorpus", "Bench", "SeededRandom"]),
        .testTarget(name: "QueryKitTests", dependencies: ["QueryKit", "ImportKit", "Store"]),
    ],
    swiftLanguageModes: [.v5]
)
