import Benchmark
import Coach
import Foundation

/// The dev split's replies, read once; each benchmark iteration analyses one reply in turn.
let devReplies: [String] = {
    let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/coach/dev.jsonl")
    guard let text = try? String(contentsOf: path, encoding: .utf8),
        let replies = try? LabelledData.parse(text).map(\.text), !replies.isEmpty
    else { fatalError("cannot read \(path.path)") }
    return replies
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(5),
        maxIterations: 200_000
    )

    let coach = Coach()
    _ = coach.analyze(reply: "warm-up: load the weights and the lexicon")

    Benchmark("Coach.analyze, one dev-split reply per iteration") { benchmark in
        var index = 0
        for _ in benchmark.scaledIterations {
            blackHole(coach.analyze(reply: devReplies[index % devReplies.count]))
            index += 1
        }
    }
}
