import Domain
import Foundation
import Storage

/// What the home and progress pages show, worked out from the stored records.
struct Activity: Sendable {
    var logs: [InteractionLog]
    var rungs: [LadderRung]
    var rehearsals: [RehearsalRecord]
    var thoughts: [ThoughtRecord]
    var worksheets: [WorksheetDraft]
    var lessons: [LessonProgress]

    static func load(_ user: User, storage: any Storage) async throws -> Activity {
        Activity(logs: try await storage.logs(userID: user.id), rungs: try await storage.rungs(userID: user.id),
                 rehearsals: try await storage.rehearsals(userID: user.id), thoughts: try await storage.thoughtRecords(userID: user.id),
                 worksheets: try await storage.worksheets(userID: user.id), lessons: try await storage.lessonProgress(userID: user.id))
    }

    /// Days are counted in UTC, like the dates the pages show.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Every moment of practice.
    var practiceDates: [Date] {
        logs.map(\.createdAt) + rungs.flatMap { $0.attempts.map(\.createdAt) } + rehearsals.flatMap { $0.events.map(\.createdAt) }
            + thoughts.map(\.updatedAt) + worksheets.map(\.updatedAt) + lessons.map(\.completedAt)
    }

    var practiceDays: Set<Date> { Set(practiceDates.map { Self.calendar.startOfDay(for: $0) }) }

    /// Consecutive days with practice, ending today (or yesterday, so the streak isn't lost before today's practice).
    func streak(now: Date = Date()) -> Int {
        let days = practiceDays
        var day = Self.calendar.startOfDay(for: now)
        if !days.contains(day) { day = Self.calendar.date(byAdding: .day, value: -1, to: day)! }
        var count = 0
        while days.contains(day) {
            count += 1
            day = Self.calendar.date(byAdding: .day, value: -1, to: day)!
        }
        return count
    }

    /// The four milestones, each with the day it was reached.
    var milestones: [(title: String, date: Date)] {
        var found: [(String, Date)] = []
        let replies = rehearsals.flatMap(\.events).filter { $0.kind == .reply }
        if let first = replies.filter({ $0.style == .assertive }).map(\.createdAt).min() { found.append(("First assertive reply", first)) }
        if let first = logs.map(\.createdAt).min() { found.append(("First real-world conversation logged", first)) }
        if let first = rungs.compactMap(\.climbedAt).min() { found.append(("First ladder rung climbed", first)) }
        let days = practiceDays.sorted()
        var run = 0
        for (index, day) in days.enumerated() {
            run = index > 0 && Self.calendar.date(byAdding: .day, value: 1, to: days[index - 1]) == day ? run + 1 : 1
            if run == 7 { found.append(("7-day practice streak", day)); break }
        }
        return found.sorted { $0.1 < $1.1 }
    }

    /// After a setback (a conversation logged as going badly in the last week), a kind word.
    func compassion(now: Date = Date()) -> String? {
        guard let latest = logs.first, latest.outcome == .bad, now.timeIntervalSince(latest.createdAt) < 7 * 86_400 else { return nil }
        return Self.setbackMessage
    }

    static let setbackMessage = """
        That conversation didn't go the way you hoped, and that can sting. It doesn't mean you did it wrong, or that you can't do this. \
        Speaking up is a skill, and every try teaches something, including the hard ones.

        Be as kind to yourself as you'd be to a friend who'd just done something brave. When you're ready, you could rehearse it again, or take a smaller step.
        """

    /// Scored replies per week for the last eight weeks.
    func styleWeeks(now: Date = Date()) -> [(start: Date, counts: [Style: Int])] {
        let calendar = Self.calendar
        let thisWeek = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? calendar.startOfDay(for: now)
        let starts = (0..<8).reversed().compactMap { calendar.date(byAdding: .day, value: -7 * $0, to: thisWeek) }
        let replies = rehearsals.flatMap(\.events).filter { $0.kind == .reply && $0.style != nil }
        return starts.map { start in
            let end = start.addingTimeInterval(7 * 86_400)
            var counts: [Style: Int] = [:]
            for reply in replies where reply.createdAt >= start && reply.createdAt < end { counts[reply.style!, default: 0] += 1 }
            for log in logs where log.coachStyle != nil && log.createdAt >= start && log.createdAt < end { counts[log.coachStyle!, default: 0] += 1 }
            return (start, counts)
        }
    }

    func lastDays(_ count: Int, now: Date = Date()) -> [(date: Date, practised: Bool)] {
        let days = practiceDays
        let today = Self.calendar.startOfDay(for: now)
        return (0..<count).reversed().compactMap { offset in
            Self.calendar.date(byAdding: .day, value: -offset, to: today).map { ($0, days.contains($0)) }
        }
    }

    /// The difficulty that fits: up a level when most recent replies read as assertive.
    var suggestedDifficulty: Int {
        let recent = rehearsals.flatMap(\.events).filter { $0.kind == .reply && $0.style != nil }.suffix(10)
        guard recent.count >= 3 else { return 1 }
        let share = Double(recent.filter { $0.style == .assertive }.count) / Double(recent.count)
        return share >= 0.8 ? 3 : share >= 0.5 ? 2 : 1
    }
}
