import Coach
import Curriculum
import Domain
import Foundation
import Hummingbird
import RolePlay
import Safety
import Storage
import WebViews

/// Home, help, breathing, lessons, rehearsal and progress pages.
struct PracticeRoutes: Sendable {
    let services: AppServices
    var content: ContentPack { services.content }

    func register(on router: Router<AppContext>) {
        router.get("/") { request, context -> Response in
            guard let user = context.user else { return .html(Views.landing(context.chrome("SpeakUp"))) }
            return .html(Views.home(context.chrome("Home", .home), model: try await home(user)))
        }
        router.get("/help") { request, context -> Response in
            let chosen = request.uri.queryParameters.get("country").map { $0.uppercased() }.flatMap { $0.isEmpty ? nil : $0 }
            let resources = chosen.map { services.screening.directory.resources(userCountry: $0) } ?? services.screening.resources(for: context.user)
            return .html(Views.help(context.chrome("Get help now"), resources: resources, countries: services.screening.directory.countryCodes,
                                    selected: resources.country))
        }
        router.get("/breathe") { request, context -> Response in
            let next = request.uri.queryParameters.get("next").flatMap { $0.isLocalPath ? $0 : nil }
            return .html(Views.breathe(context.chrome("Breathe", .breathe), next: next))
        }
        router.get("/lessons") { request, context -> Response in
            let user = try context.requireUser(request)
            let done = Dictionary(try await services.storage.lessonProgress(userID: user.id).map { ($0.lessonID, $0) }, uniquingKeysWith: { $1 })
            return .html(Views.lessons(context.chrome("Lessons", .lessons), lessons: content.lessons, done: done))
        }
        router.get("/lessons/{id}") { request, context -> Response in try await lesson(request, context, answers: nil) }
        router.post("/lessons/{id}") { request, context -> Response in
            let fields = try await Body.form(request, context)
            var answers: [Int: Int] = [:]
            for (key, values) in fields.values where key.hasPrefix("q") {
                if let index = Int(key.dropFirst()), let value = values.first.flatMap({ Int($0) }) { answers[index] = value }
            }
            return try await lesson(request, context, answers: answers)
        }
        router.get("/rehearse") { request, context -> Response in
            let user = try context.requireUser(request)
            let query = request.uri.queryParameters
            let filter = Views.ScenarioFilter(context: query.get("context").flatMap(Setting.init(rawValue:)),
                                              skill: query.get("skill").flatMap(Skill.init(rawValue:)),
                                              difficulty: query.get("difficulty").flatMap { Int($0) })
            let activity = try await Activity.load(user, storage: services.storage)
            return .html(Views.scenarioPicker(context.chrome("Rehearse", .rehearse), scenarios: content.scenarios, filter: filter,
                                              suggestedDifficulty: activity.suggestedDifficulty, rungID: query.get("rung").flatMap { Int64($0) }))
        }
        router.post("/rehearse") { request, context -> Response in
            let user = try context.requireUser(request)
            let fields = try await Body.form(request, context)
            guard let scenario = fields["scenario"].flatMap(content.scenario) else { throw PageError.notFound }
            let record = try await services.storage.createRehearsal(userID: user.id, scenarioID: scenario.id,
                                                                    rungID: fields["rung"].flatMap { Int64($0) }, at: Date())
            return .redirect(to: "/rehearse/\(record.id)", type: .normal)
        }
        router.get("/rehearse/{id}") { request, context -> Response in
            let user = try context.requireUser(request)
            let (record, rehearsal) = try await load(user, context)
            return .html(rehearsalPage(context, user: user, record: record, rehearsal: rehearsal, draft: FormState(),
                                       showModel: request.uri.queryParameters.get("model") == "1", latest: nil))
        }
        router.post("/rehearse/{id}/reply") { request, context -> Response in
            let user = try context.requireUser(request)
            let fields = try await Body.form(request, context)
            let id = try rehearsalID(context)
            switch try await services.practice.reply(user: user, rehearsalID: id, fields: fields) {
            case nil: throw PageError.notFound
            case .invalid(let problem):
                let (record, rehearsal) = try await load(user, context)
                let state = FormState(values: fields.values, errors: (problem.errors ?? []).map { ($0.field, $0.detail) })
                return .html(rehearsalPage(context, user: user, record: record, rehearsal: rehearsal, draft: state, showModel: false, latest: nil),
                             status: .unprocessableContent)
            case .finished:
                return .redirect(to: "/rehearse/\(id)", type: .normal)
            case .replied(let rehearsal, let step):
                guard let record = try await services.storage.rehearsal(userID: user.id, id: id) else { throw PageError.notFound }
                // A crisis reply keeps the words in the box as well as in the transcript.
                let draft = step.safety.isCrisis ? FormState(["reply": fields["reply"] ?? ""]) : FormState()
                return .html(rehearsalPage(context, user: user, record: record, rehearsal: rehearsal, draft: draft, showModel: false, latest: step))
            }
        }
        router.post("/rehearse/{id}/retry") { request, context -> Response in
            let user = try context.requireUser(request)
            _ = try await Body.form(request, context)
            guard try await services.practice.retry(user: user, rehearsalID: try rehearsalID(context)) != nil else { throw PageError.notFound }
            return .redirect(to: "/rehearse/\(try rehearsalID(context))", type: .normal)
        }
        router.post("/rehearse/{id}/finish") { request, context -> Response in
            let user = try context.requireUser(request)
            _ = try await Body.form(request, context)
            let id = try rehearsalID(context)
            guard try await services.storage.finishRehearsal(userID: user.id, id: id, at: Date()) else { throw PageError.notFound }
            return .redirect(to: "/rehearse/\(id)", type: .normal)
        }
        router.get("/progress") { request, context -> Response in
            let user = try context.requireUser(request)
            let activity = try await Activity.load(user, storage: services.storage)
            let catalog = try await services.measures.catalog()
            let results = try await services.storage.assessments(userID: user.id, instrumentID: nil)
            let measures = catalog.instruments.compactMap { instrument -> (Instrument, [StoredAssessment])? in
                let mine = results.filter { $0.instrumentID == instrument.id }
                return mine.isEmpty ? nil : (instrument, mine)
            }
            let model = Views.ProgressModel(weeks: activity.styleWeeks(), rungs: activity.rungs, days: activity.lastDays(28),
                                            streak: activity.streak(), milestones: activity.milestones, measures: measures)
            return .html(Views.progress(context.chrome("Progress", .progress), model: model))
        }
    }

    private func rehearsalID(_ context: AppContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError.notFound }
        return id
    }

    private func load(_ user: User, _ context: AppContext) async throws -> (RehearsalRecord, Rehearsal) {
        guard let record = try await services.storage.rehearsal(userID: user.id, id: try rehearsalID(context)),
            let rehearsal = services.practice.replay(record)
        else { throw PageError.notFound }
        return (record, rehearsal)
    }

    func rehearsalPage(_ context: AppContext, user: User, record: RehearsalRecord, rehearsal: Rehearsal, draft: FormState, showModel: Bool,
                       latest: Rehearsal.Step?) -> String {
        let lines = rehearsal.transcript.map { entry in
            Views.TranscriptLine(counterpartLine: entry.prompt, reply: entry.reply, reaction: entry.reaction, analysis: entry.analysis,
                                 superseded: entry.superseded, pausedForSafety: entry.safety.isCrisis)
        }
        let help = latest.flatMap { services.screening.help(for: $0.safety, user: user) }
        let ended = rehearsal.isFinished || record.finishedAt != nil
        let summary = ended ? rehearsal.summary() : nil
        let model = Views.RehearsalModel(
            id: record.id, scenario: rehearsal.scenario, lines: lines, prompt: ended ? nil : rehearsal.currentTurn?.line,
            hint: rehearsal.hint, modelAnswer: rehearsal.modelAnswer(), showModel: showModel, help: help,
            urgent: latest?.safety.level == .urgent, draft: draft,
            summary: summary.map { ($0.finished, $0.turns.map(\.style), $0.tryNext, $0.debrief, $0.retries) }, rungID: record.rungID)
        return Views.rehearsal(context.chrome(rehearsal.scenario.title, .rehearse), model: model)
    }

    private func lesson(_ request: Request, _ context: AppContext, answers: [Int: Int]?) async throws -> Response {
        let user = try context.requireUser(request)
        guard let id = context.parameters.get("id"), let lesson = content.lesson(id) else { throw PageError.notFound }
        if let answers, !lesson.questions.isEmpty {
            let correct = lesson.questions.enumerated().filter { answers[$0.offset] == $0.element.answer }.count
            let existing = try await services.storage.lessonProgress(userID: user.id).first { $0.lessonID == id }
            // The first complete try is what counts as "right first time"; later tries don't overwrite it.
            if existing == nil && answers.count == lesson.questions.count {
                try await services.storage.saveLessonProgress(userID: user.id, LessonProgress(lessonID: id, correct: correct,
                                                                                              total: lesson.questions.count, completedAt: Date()))
            }
        }
        let progress = try await services.storage.lessonProgress(userID: user.id).first { $0.lessonID == id }
        let next = content.lessons.first { $0.number == lesson.number + 1 }
        return .html(Views.lesson(context.chrome(lesson.title, .lessons), lesson: lesson, answers: answers, progress: progress, next: next))
    }

    private func home(_ user: User) async throws -> Views.HomeModel {
        let activity = try await Activity.load(user, storage: services.storage)
        let done = Set(activity.lessons.map(\.lessonID))
        let nextLesson = content.lessons.first { !done.contains($0.id) }
        let rehearsed = Set(activity.rehearsals.map(\.scenarioID))
        let difficulty = activity.suggestedDifficulty
        let scenario = content.scenarios.first { !$0.safety && $0.difficulty == difficulty && !rehearsed.contains($0.id) }
            ?? content.scenarios.first { !$0.safety && $0.difficulty == difficulty }
        let today = Activity.calendar.startOfDay(for: Date())
        let rung = activity.rungs.first { $0.climbedAt == nil && !($0.attempts.last.map { $0.createdAt >= today } ?? false) }
        let suggestion: (String, String, String)
        if done.isEmpty, let lesson = nextLesson {
            suggestion = ("Start with a lesson: \(lesson.title)", lesson.summary, "/lessons/\(lesson.id)")
        } else if let rung {
            suggestion = ("Your next rung: \(rung.title)", "Anxiety now: \(rung.currentSUDS) out of 100. Breathe, rehearse it, then give it a go when you're ready.",
                          "/ladder/\(rung.id)")
        } else if let scenario {
            suggestion = ("Rehearse: \(scenario.title)", scenario.setup, "/rehearse?difficulty=\(scenario.difficulty)")
        } else if let lesson = nextLesson {
            suggestion = ("Next lesson: \(lesson.title)", lesson.summary, "/lessons/\(lesson.id)")
        } else {
            suggestion = ("Log a real conversation", "Write up a conversation from this week: what you said, and how it went.", "/log/new")
        }
        let week = activity.lastDays(7).filter(\.practised).count
        return Views.HomeModel(name: user.greetingName, suggestion: suggestion, streak: activity.streak(), practiceDaysThisWeek: week,
                               milestones: activity.milestones, remindersOn: user.remindersOn, compassion: activity.compassion(),
                               dueMeasures: try await services.measures.due(userID: user.id).map { ($0.instrument.id, $0.instrument.title) })
    }
}
