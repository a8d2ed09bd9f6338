import Domain
import Foundation

extension Instrument {
    /// How the total moved from a baseline sheet to a later one, and whether the move is reliable.
    public func change(from baseline: AssessmentResult, to current: AssessmentResult) -> ScoreChange {
        change(from: baseline.total.value, to: current.total.value)
    }

    /// How a total moved, judged by this instrument's direction, reliable-change criterion and caseness.
    ///
    /// - `reliable`: with `points`, a change of at least that many points; otherwise, with `sd` and `r`,
    ///   |RCI| > 1.96; `nil` when the instrument has neither.
    /// - `recovered`: the baseline was a case and the current total is not; `nil` when the instrument has
    ///   no caseness or the baseline was not a case.
    public func change(from baseline: Double, to current: Double) -> ScoreChange {
        let difference = current - baseline
        let direction: ChangeDirection
        if abs(difference) < 1e-9 {
            direction = .unchanged
        } else {
            direction = (difference > 0) == (better == .higher) ? .improved : .worse
        }
        var rci: Double?
        if let criterion = reliableChange, let sd = criterion.sd, let r = criterion.r {
            rci = Self.reliableChangeIndex(baseline: baseline, current: current, sd: sd, r: r)
        }
        var reliable: Bool?
        var decidedBy: ReliabilityCriterion?
        if let points = reliableChange?.points {
            reliable = abs(difference) >= points - 1e-9
            decidedBy = .points
        } else if let rci {
            reliable = abs(rci) > Self.reliableChangeThreshold
            decidedBy = .rci
        }
        var recovered: Bool?
        if let caseness, caseness.isCase(baseline) { recovered = !caseness.isCase(current) }
        return ScoreChange(
            baseline: baseline, current: current, difference: difference, direction: direction,
            reliable: reliable, criterion: decidedBy, rci: rci, recovered: recovered)
    }

    /// |RCI| above this is reliable change (the two-tailed 5% point of the normal distribution).
    public static let reliableChangeThreshold = 1.96

    /// The Jacobson-Truax reliable change index: (x2 − x1) / (√2 · SD · √(1 − r)).
    public static func reliableChangeIndex(baseline: Double, current: Double, sd: Double, r: Double) -> Double {
        let standardErrorOfDifference = (2.0).squareRoot() * sd * (1 - r).squareRoot()
        return (current - baseline) / standardErrorOfDifference
    }
}
