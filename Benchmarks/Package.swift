// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the main build and CI stay fast.
// Run from this folder: swift package benchmark
let package = Package(
    name: "SpeakUpBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "SpeakUp", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CoachBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Coach", package: "SpeakUp"),
            ],
            path: "Benchmarks/CoachBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SafetyBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Safety", package: "SpeakUp"),
            ],
            path: "Benchmarks/SafetyBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
