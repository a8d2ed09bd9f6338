import Benchmark
import Safety

/// A 100-word diary entry of the kind people write after practising, with no risk in it, so the
/// screen has to read all of it.
let entry100 = """
    Today I finally asked my manager about the rota. I had written down what I wanted to say, kept it short, \
    and said that working three closing shifts in a row was leaving me exhausted. She listened, asked a couple \
    of questions, and agreed to swap one of them with Sam next week. I felt shaky afterwards but proud that I \
    did not apologise five times like I usually do. Tomorrow I want to try the same approach with my flatmate \
    about the dishes, because the sink has been full since Sunday and it is starting to get to me. Fingers crossed.
    """

/// The same length with one risk sentence buried in the middle.
let entry100WithRisk = """
    Today I finally asked my manager about the rota. I had written down what I wanted to say, kept it short, \
    and said that working three closing shifts in a row was leaving me exhausted. She listened and agreed to \
    swap one. Honestly though, most nights I lie awake thinking everyone would be better off without me. I felt \
    shaky afterwards but proud that I did not apologise five times like I usually do. Tomorrow I want to try the \
    same approach with my flatmate about the dishes, because the sink has been full since Sunday.
    """

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(5),
        maxIterations: 500_000
    )
    _ = SafetyScreen.check("warm-up")

    Benchmark("SafetyScreen.check, 100-word entry, nothing found") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(SafetyScreen.check(entry100)) }
    }
    Benchmark("SafetyScreen.check, 100-word entry, one risk sentence") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(SafetyScreen.check(entry100WithRisk)) }
    }
}
