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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Core: Foundation only, no I/O, no server packages.
        .target(name: "Domain"),
        .target(name: "Coach", dependencies: ["Domain"], resources: [.copy("Resources/coach-model.tsv")]),
        .target(
            name: "Curriculum",
            dependencies: ["Domain", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/content")]
        ),
        .target(name: "RolePlay", dependencies: ["Domain", "Coach", "Curriculum", "Safety"]),
        .target(
            name: "Safety",
            dependencies: ["Domain", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/crisis-resources.yaml"), .copy("Resources/safety-model.tsv")]
        ),

        // Edges.
        .target(
            name: "CLI",
            dependencies: [
                "Domain", "Coach", "Safety", "Curriculum", "RolePlay",
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
        .testTarget(name: "CLITests", dependencies: ["CLI", "Coach", "Safety", "TestSupport"]),
        .testTarget(name: "CurriculumTests", dependencies: ["Curriculum", "Domain", "Coach", "TestSupport"]),
        .testTarget(name: "RolePlayTests", dependencies: ["RolePlay", "Curriculum", "Domain", "Coach", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
