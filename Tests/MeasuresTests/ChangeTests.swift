import Domain
import Measures
import Testing

@Suite("Change since baseline: direction, reliable change, recovery")
struct ChangeTests {
    /// A 10-item 0-4 scale with both a points criterion and SD and r, or only SD and r.
    static func rciScale(points: String? = nil, better: String = "lower") -> String {
        """
        id: rci-scale
        title: RCI scale
        licence: test
        stem: How often?
        options: [{value: 0, label: never}, {value: 1, label: rarely}, {value: 2, label: sometimes}, {value: 3, label: often}, {value: 4, label: always}]
        items: [\((1...10).map { "{n: \($0), text: item \($0)}" }.joined(separator: ", "))]
        total: {min: 0, max: 40}
        better: \(better)
        reliable_change: {\(points.map { "points: \($0), " } ?? "")sd: 5, r: 0.8, source: "test sample"}
        caseness: {at_least: 20}

        """
    }

    @Test("PHQ-9: 6 points or more is reliable (NHS Talking Therapies), with recovery below 10")
    func phq9() throws {
        let phq9 = try bundled("phq9")
        let improved = phq9.change(from: 15, to: 9)
        #expect(improved.difference == -6)
        #expect(improved.direction == .improved)
        #expect(improved.reliable == true)
        #expect(improved.criterion == .points)
        #expect(improved.recovered == true)
        #expect(improved.reliableImprovement)
        #expect(improved.reliableRecovery)

        let notQuite = phq9.change(from: 15, to: 10)
        #expect(notQuite.reliable == false)
        #expect(notQuite.direction == .improved)
        #expect(notQuite.recovered == false)
        #expect(!notQuite.reliableRecovery)

        // Below caseness but by fewer than 6 points: recovered, not reliably.
        let smallDrop = phq9.change(from: 11, to: 8)
        #expect(smallDrop.recovered == true)
        #expect(smallDrop.reliable == false)
        #expect(!smallDrop.reliableRecovery)

        let worse = phq9.change(from: 5, to: 11)
        #expect(worse.direction == .worse)
        #expect(worse.reliableDeterioration)
        #expect(worse.recovered == nil, "not a case at baseline, so recovery does not apply")

        #expect(phq9.change(from: 12, to: 12).direction == .unchanged)
    }

    @Test("GAD-7: 4 points or more is reliable, caseness from 8")
    func gad7() throws {
        let gad7 = try bundled("gad7")
        let change = gad7.change(from: 10, to: 6)
        #expect(change.reliable == true)
        #expect(change.recovered == true)
        let three = gad7.change(from: 10, to: 7)
        #expect(three.reliable == false)
        #expect(three.recovered == true)
        #expect(gad7.change(from: 3, to: 7).reliableDeterioration)
    }

    @Test("RSES and IPIP: higher is better, and without a criterion reliability is unknown")
    func higherIsBetter() throws {
        let rses = try bundled("rses")
        let change = rses.change(from: 14, to: 20)
        #expect(change.direction == .improved)
        #expect(change.reliable == nil)
        #expect(change.criterion == nil)
        #expect(change.recovered == nil)
        #expect(try bundled("ipip-assertiveness").change(from: 30, to: 25).direction == .worse)
        #expect(try bundled("ipip-cooperation").change(from: 25, to: 30).direction == .improved)
    }

    @Test("Jacobson-Truax: RCI = (x2 − x1) / (√2 · SD · √(1 − r)), reliable beyond 1.96")
    func rci() throws {
        // √2 · 5 · √0.2 = 3.16227766…
        #expect(abs(Instrument.reliableChangeIndex(baseline: 20, current: 26, sd: 5, r: 0.8) - 1.8973666) < 1e-6)
        #expect(abs(Instrument.reliableChangeIndex(baseline: 20, current: 27, sd: 5, r: 0.8) - 2.2135944) < 1e-6)
        #expect(abs(Instrument.reliableChangeIndex(baseline: 27, current: 20, sd: 5, r: 0.8) + 2.2135944) < 1e-6)

        let scale = try parse(Self.rciScale())
        let six = scale.change(from: 20, to: 26)
        #expect(six.criterion == .rci)
        #expect(six.reliable == false)
        #expect(six.direction == .worse)
        let seven = scale.change(from: 27, to: 20)
        #expect(seven.reliable == true)
        #expect(seven.direction == .improved)
        #expect(seven.recovered == false, "20 is still at caseness (at least 20)")
        #expect(abs((seven.rci ?? 0) + 2.2135944) < 1e-6)
        let eight = scale.change(from: 27, to: 19)
        #expect(eight.reliableRecovery)
    }

    @Test("when a file gives points and SD and r, the points decide and the RCI is reported")
    func pointsFirst() throws {
        let scale = try parse(Self.rciScale(points: "8"))
        let change = scale.change(from: 20, to: 27)
        #expect(change.criterion == .points)
        #expect(change.reliable == false, "7 points is below the 8-point criterion even though |RCI| > 1.96")
        #expect(change.rci != nil)
    }

    @Test("change between two scored sheets uses their totals")
    func fromResults() throws {
        let phq9 = try bundled("phq9")
        let before = try phq9.score(Answers(inOrder: [2, 2, 2, 2, 2, 2, 2, 1, 0]))
        let after = try phq9.score(Answers(inOrder: [1, 1, 1, 1, 1, 1, 1, 0, 0]))
        let change = phq9.change(from: before, to: after)
        #expect(change.baseline == 15)
        #expect(change.current == 7)
        #expect(change.reliableRecovery)
    }
}
