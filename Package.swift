// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SpeakUp",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "speakup", targets: ["speakup"]),
        .library(name: "Domain", targets: ["Domain"]),
        .library(name: "Coach", targets: ["Coach"]),
        .library(name: "Safety", targets: ["Safety"]),
        .library(name: "Curriculum", targets: ["Curriculum"]),
        .library(name: "RolePlay", targets: ["RolePlay"]),
        .library(name: "Measures", targets: ["Measures"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // Core: Foundation only, no I/O, no server packages.
        .target(name: "Domain"),
        .target(name: "Coach", dependencies: ["Domain"], resources: [.copy("Resources/coach-model.tsv")]),
        // Position-aware YAML reading shared by the content packs and the questionnaire files.
        .target(name: "YAMLReading", dependencies: ["Domain", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Curriculum",
            dependencies: ["Domain", "YAMLReading", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/content")]
        ),
        .target(name: "RolePlay", dependencies: ["Domain", "Coach", "Curriculum", "Safety"]),
        .target(
            name: "Measures",
            dependencies: ["Domain", "YAMLReading", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/instruments")]
        ),

        // Storage: the interface, and its one implementation on SQLKit.
        .target(name: "Storage", dependencies: ["Domain"]),
        .target(
            name: "StorageSQL",
            dependencies: [
                "Storage", "Domain",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Safety",
            dependencies: ["Domain", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/crisis-resources.yaml"), .copy("Resources/safety-model.tsv")]
        ),

        // Edges.
        .target(
            name: "WebViews",
            dependencies: ["Domain", "Coach", "Safety", .product(name: "Plot", package: "Plot")]
        ),
        .target(
            name: "WebApp",
            dependencies: [
                "Domain", "Coach", "Safety", "Curriculum", "RolePlay", "Measures", "Storage", "WebViews",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources/static"), .copy("Resources/openapi.yaml")]
        ),
        .target(
            name: "CLI",
            dependencies: [
                "Domain", "Coach", "Safety", "Curriculum", "RolePlay", "Measures", "Storage", "StorageSQL", "WebApp",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "speakup",
            dependencies: ["CLI"]
        ),

        .target(name: "TestSupport", dependencies: ["Domain", "Safety"], path: "Tests/TestSupport"),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "CoachTests", dependencies: ["Coach", "Domain", "TestSupport"]),
        .testTarget(name: "SafetyTests", dependencies: ["Safety", "Domain", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["CLI", "Coach", "Safety", "Measures", "Storage", "StorageSQL", "TestSupport"]),
        .testTarget(name: "MeasuresTests", dependencies: ["Measures", "Domain"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CurriculumTests", dependencies: ["Curriculum", "Domain", "Coach", "TestSupport"]),
        .testTarget(name: "RolePlayTests", dependencies: ["RolePlay", "Curriculum", "Domain", "Coach", "TestSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "StorageSQL", "Domain"]),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "WebViews", "Storage", "StorageSQL", "Domain", "Safety", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Recorded HTML snapshots, read from the source tree by path (see SnapshotTests).
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
