// swift-tools-version:6.0
import PackageDescription

// The AddressSanitizer run (scripts/sanitize) sets GONGKAI_WITHOUT_SERVER: it checks the code that
// touches C memory (libzip, libxlsxwriter, FreeXL) and the domain, and leaves out the web server,
// whose dependencies (SwiftNIO, BoringSSL, SQLite) would more than double CI's time under ASan.
let withServer = Context.environment["GONGKAI_WITHOUT_SERVER"] == nil

var targets: [Target] = [
    // System C libraries, found through pkg-config.
    .systemLibrary(
        name: "CZip", path: "Sources/CZip", pkgConfig: "libzip",
        providers: [.apt(["libzip-dev"])]),
    .systemLibrary(
        name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
        providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
        name: "CDeflate", path: "Sources/CDeflate", pkgConfig: "libdeflate",
        providers: [.apt(["libdeflate-dev"])]),
    .systemLibrary(
        name: "CXlsxWriter", path: "Sources/CXlsxWriter", pkgConfig: "xlsxwriter",
        providers: [.apt(["libxlsxwriter-dev"])]),
    .systemLibrary(
        name: "CFreeXL", path: "Sources/CFreeXL", pkgConfig: "freexl",
        providers: [.apt(["libfreexl-dev"])]),

    // Format layer: XLSX reading and writing, legacy .xls reading, no knowledge of final accounts.
    .target(name: "XLSX", dependencies: ["CZip", "CZlib", "CDeflate", "CXlsxWriter", "CFreeXL"]),

    // Domain: canonical final accounts, templates, mapping, validation.
    .target(name: "Gongkai", dependencies: ["XLSX"]),

    // Thin command-line front end.
    .executableTarget(
        name: "gongkai",
        dependencies: [
            "XLSX", "Gongkai",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ] + (withServer ? ["GongkaiServer"] : [])),

    // Benchmark: the writer's speed beside libxlsxwriter called from C (Benchmarks/README.md).
    .executableTarget(name: "gongkai-writer-benchmark", dependencies: ["XLSX"], path: "Benchmarks/WriterBenchmark"),

    // Tests: one target per layer.
    .testTarget(name: "XLSXTests", dependencies: ["XLSX", "CZip"], resources: [.copy("Fixtures")]),
    .testTarget(name: "GongkaiTests", dependencies: ["Gongkai", "XLSX"], exclude: ["Layouts", "Reference", "Submissions", "XLS"]),
]

if withServer {
    targets += [
        // The local web app (`gongkai serve`): HTTP API and page over the application layer, and its SQLite ledger.
        .target(
            name: "GongkaiServer",
            dependencies: [
                "XLSX", "Gongkai",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "GongkaiServerTests",
            dependencies: ["GongkaiServer", "Gongkai", .product(name: "HummingbirdTesting", package: "hummingbird")]),
    ]
}

let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "XLSX", targets: ["XLSX"]),
        .library(name: "Gongkai", targets: ["Gongkai"]),
        .executable(name: "gongkai", targets: ["gongkai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ] + (withServer ? [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ] : []),
    targets: targets
)
