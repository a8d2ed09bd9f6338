import Coach
import Domain
import Foundation
import Hummingbird
import RolePlay
import Safety
import Storage

/// The JSON API, v1. Every route is listed in `openapi.yaml` (a test checks it).
struct APIRoutes: Sendable {
    let services: AppServices
    var practice: Practice { services.practice }
    var storage: any Storage { services.storage }

    /// The safety object every free-text answer carries, with the help to show when it fired.
    struct SafetyJSON: Encodable {
        var crisis: Bool
        var level: String
        var categories: [String]
        var spans: [TextSpan]
        var help: HelpJSON?
    }

    struct HelpJSON: Encodable {
        var heading: String
        var body: [String]
        var emergency: String
        var country: String?
        var lines: [CrisisLine]
    }

    func safetyJSON(_ result: SafetyResult, user: User?) -> SafetyJSON {
        let help = services.screening.help(for: result, user: user).map {
            HelpJSON(heading: $0.heading, body: $0.body, emergency: $0.emergency, country: $0.resources.country, lines: $0.resources.lines)
        }
        return SafetyJSON(crisis: result.isCrisis, level: result.level.rawValue, categories: result.categories.map(\.rawValue), spans: result.spans, help: help)
    }

    struct AnalysisJSON: Encodable {
        var style: Style?
        var probabilities: [Style: Double]?
        var components: [String: Bool]?
        var spans: [TextSpan]?
        var tips: [String]?
        var suggestion: String?
        var safety: SafetyJSON
        var help: HelpJSON?
    }

    func analysisJSON(_ analysis: Analysis?, safety: SafetyResult, user: User?) -> AnalysisJSON {
        let s = safetyJSON(safety, user: user)
        return AnalysisJSON(style: analysis?.style, probabilities: analysis?.probabilities,
                            components: analysis.map { Dictionary(uniqueKeysWithValues: $0.components.map { ($0.key.rawValue, $0.value) }) },
                            spans: analysis?.spans, tips: analysis?.tips, suggestion: analysis?.suggestion, safety: s, help: s.help)
    }

    private func user(_ context: AppContext) throws -> User {
        guard let user = context.user else { throw Problem.unauthorized() }
        return user
    }

    private func id(_ context: AppContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw Problem.notFound() }
        return id
    }

    private func fields(_ request: Request) async throws -> Fields { Fields(json: try await Body.json(request)) }

    func register(on api: RouterGroup<AppContext>) {
        // MARK: Session
        api.post("/session") { request, context -> Response in
            let body = Fields(json: try await Body.json(request))
            guard let email = body["email"], let password = body["password"] else {
                throw Problem.invalid([FieldError(field: body["email"] == nil ? "email" : "password", detail: "email and password are required.")])
            }
            switch try await AccountRoutes.signIn(email: email, password: password, ip: context.remoteIP, services: services) {
            case .wrong: throw Problem.unauthorized("That email and password don't match an account.")
            case .limited: throw Problem.tooManyRequests("Too many sign-in attempts. Wait 15 minutes and try again.")
            case .ok(let user):
                let csrf = await AccountRoutes(services: services).startSession(for: user, request, context)
                return .json(["csrf_token": csrf, "email": user.email])
            }
        }
        api.delete("/session") { request, context -> Response in
            _ = try user(context)
            context.sessions.clearSession()
            return Response(status: .noContent)
        }

        // MARK: Stateless checks (nothing is stored; the text is stored when it is submitted)
        api.post("/analyze") { request, context -> Response in
            let user = try user(context)
            var v = Validator(try await fields(request))
            let text = v.text("text", label: "Text", required: true)
            let line = v.text("context", label: "Context", limit: Limits.longText)
            guard v.isValid else { throw Problem.invalid(v.errors) }
            let safety = services.screening.screen(text)
            let analysis = safety.isCrisis ? nil : services.screening.coach.analyze(reply: text, context: line.isEmpty ? nil : line)
            return .json(analysisJSON(analysis, safety: safety, user: user))
        }
        api.post("/safety") { request, context -> Response in
            let user = try user(context)
            var v = Validator(try await fields(request))
            let text = v.text("text", label: "Text", required: true)
            guard v.isValid else { throw Problem.invalid(v.errors) }
            return .json(safetyJSON(services.screening.screen(text), user: user))
        }

        // MARK: Scenarios
        api.get("/scenarios") { _, context -> Response in
            _ = try user(context)
            return .json(services.content.scenarios.map(ScenarioJSON.init))
        }
        api.get("/scenarios/{id}") { _, context -> Response in
            _ = try user(context)
            guard let scenario = services.content.scenario(context.parameters.get("id") ?? "") else { throw Problem.notFound("scenario") }
            return .json(ScenarioJSON(scenario))
        }

        // MARK: Rehearsals
        api.post("/rehearsals") { request, context -> Response in
            let user = try user(context)
            var v = Validator(try await fields(request))
            let scenarioID = v.text("scenario_id", label: "Scenario", required: true, limit: Limits.shortText)
            let rung = v.integer("rung_id", label: "Rung", in: 1...Int.max)
            if !scenarioID.isEmpty && services.content.scenario(scenarioID) == nil { v.fail("scenario_id", "There is no scenario \"\(scenarioID)\".") }
            guard v.isValid else { throw Problem.invalid(v.errors) }
            let record = try await storage.createRehearsal(userID: user.id, scenarioID: scenarioID, rungID: rung.map(Int64.init), at: Date())
            return .json(try await rehearsalJSON(user, record.id, step: nil), status: .created)
        }
        api.get("/rehearsals/{id}") { _, context -> Response in
            .json(try await rehearsalJSON(try user(context), try id(context), step: nil))
        }
        api.post("/rehearsals/{id}/reply") { request, context -> Response in
            let user = try user(context)
            switch try await practice.reply(user: user, rehearsalID: try id(context), fields: try await fields(request)) {
            case nil: throw Problem.notFound("rehearsal")
            case .invalid(let problem): throw problem
            case .finished: throw Problem(title: "Conflict", status: 409, detail: "This rehearsal has finished; start a new one to practise it again.")
            case .replied(_, let step): return .json(try await rehearsalJSON(user, try id(context), step: step))
            }
        }
        api.post("/rehearsals/{id}/retry") { _, context -> Response in
            let user = try user(context)
            switch try await practice.retry(user: user, rehearsalID: try id(context)) {
            case nil: throw Problem.notFound("rehearsal")
            case .nothingToRetry?: throw Problem(title: "Conflict", status: 409, detail: "There is no answered turn to try again yet.")
            case .finished?: throw Problem(title: "Conflict", status: 409, detail: "This rehearsal has finished; start a new one to practise it again.")
            case .rewound?: break
            }
            return .json(try await rehearsalJSON(user, try id(context), step: nil))
        }
        api.post("/rehearsals/{id}/finish") { _, context -> Response in
            let user = try user(context)
            guard try await storage.finishRehearsal(userID: user.id, id: try id(context), at: Date()) else { throw Problem.notFound("rehearsal") }
            return .json(try await rehearsalJSON(user, try id(context), step: nil))
        }

        // MARK: Interaction log
        api.post("/logs") { request, context -> Response in
            let user = try user(context)
            switch try await practice.createLog(user: user, fields: try await fields(request)) {
            case .failure(let problem): throw problem
            case .success(let saved): return .json(LogJSON(saved.record, analysis: analysisJSON(saved.analysis, safety: saved.safety, user: user)), status: .created)
            }
        }
        api.get("/logs") { _, context -> Response in
            let user = try user(context)
            return .json(try await storage.logs(userID: user.id).map { LogJSON($0, analysis: nil) })
        }
        api.get("/logs/{id}") { _, context -> Response in
            let user = try user(context)
            guard let log = try await storage.log(userID: user.id, id: try id(context)) else { throw Problem.notFound("log entry") }
            return .json(LogJSON(log, analysis: nil))
        }

        // MARK: Ladder
        api.get("/ladder") { _, context -> Response in .json(try await storage.rungs(userID: try user(context).id)) }
        api.post("/ladder") { request, context -> Response in
            let user = try user(context)
            switch try await practice.createRung(user: user, fields: try await fields(request)) {
            case .failure(let problem): throw problem
            case .success(let saved): return .json(Saved(record: saved.record, safety: safetyJSON(saved.safety, user: user)), status: .created)
            }
        }
        api.get("/ladder/{id}") { _, context -> Response in
            let user = try user(context)
            guard let rung = try await storage.rung(userID: user.id, id: try id(context)) else { throw Problem.notFound("rung") }
            return .json(rung)
        }
        api.post("/ladder/{id}/attempts") { request, context -> Response in
            let user = try user(context)
            switch try await practice.addAttempt(user: user, rungID: try id(context), fields: try await fields(request)) {
            case nil: throw Problem.notFound("rung")
            case .failure(let problem): throw problem
            case .success(let saved): return .json(Saved(record: saved.record, safety: safetyJSON(saved.safety, user: user)), status: .created)
            }
        }

        // MARK: Thought records
        api.get("/thought-records") { _, context -> Response in .json(try await storage.thoughtRecords(userID: try user(context).id)) }
        api.post("/thought-records") { request, context -> Response in try await saveThought(request, context, id: nil) }
        api.get("/thought-records/{id}") { _, context -> Response in
            let user = try user(context)
            guard let record = try await storage.thoughtRecord(userID: user.id, id: try id(context)) else { throw Problem.notFound("thought record") }
            return .json(record)
        }
        api.put("/thought-records/{id}") { request, context -> Response in try await saveThought(request, context, id: try id(context)) }

        // MARK: Worksheets
        api.get("/worksheets") { _, context -> Response in .json(try await storage.worksheets(userID: try user(context).id)) }
        api.post("/worksheets") { request, context -> Response in try await saveWorksheet(request, context, id: nil) }
        api.get("/worksheets/{id}") { _, context -> Response in
            let user = try user(context)
            guard let draft = try await storage.worksheet(userID: user.id, id: try id(context)) else { throw Problem.notFound("worksheet") }
            return .json(draft)
        }
        api.put("/worksheets/{id}") { request, context -> Response in try await saveWorksheet(request, context, id: try id(context)) }
        api.delete("/worksheets/{id}") { _, context -> Response in
            let user = try user(context)
            guard try await storage.deleteWorksheet(userID: user.id, id: try id(context)) else { throw Problem.notFound("worksheet") }
            return Response(status: .noContent)
        }
    }

    struct Saved<Record: Encodable>: Encodable {
        var record: Record
        var safety: SafetyJSON
    }

    private func saveThought(_ request: Request, _ context: AppContext, id: Int64?) async throws -> Response {
        let user = try user(context)
        let fields = try await fields(request)
        let step = id == nil ? 1 : (Int(fields["step"] ?? "") ?? 2)
        guard (1...3).contains(step), id == nil || step >= 2 else {
            throw Problem.invalid([FieldError(field: "step", detail: "step must be 2 (evidence) or 3 (balanced thought) when updating.")])
        }
        switch try await practice.saveThought(user: user, id: id, step: step, fields: fields) {
        case nil: throw Problem.notFound("thought record")
        case .failure(let problem): throw problem
        case .success(let saved): return .json(Saved(record: saved.record, safety: safetyJSON(saved.safety, user: user)), status: id == nil ? .created : .ok)
        }
    }

    private func saveWorksheet(_ request: Request, _ context: AppContext, id: Int64?) async throws -> Response {
        let user = try user(context)
        var values = try await Body.json(request)
        // `fields: {"feel": "…"}` is accepted as well as flat `field_feel` keys.
        if case .object(let nested)? = values["fields"] {
            for (key, value) in nested { values["field_\(key)"] = value }
            values["fields"] = nil
        }
        switch try await practice.saveWorksheet(user: user, id: id, fields: Fields(json: values)) {
        case nil: throw Problem.notFound("worksheet")
        case .failure(let problem): throw problem
        case .success(let saved):
            return .json(Saved(record: saved.record, safety: safetyJSON(saved.safety, user: user)), status: id == nil ? .created : .ok)
        }
    }

    private func rehearsalJSON(_ user: User, _ id: Int64, step: Rehearsal.Step?) async throws -> RehearsalJSON {
        guard let record = try await storage.rehearsal(userID: user.id, id: id), let rehearsal = practice.replay(record) else {
            throw Problem.notFound("rehearsal")
        }
        let finished = rehearsal.isFinished || record.finishedAt != nil
        return RehearsalJSON(
            id: record.id, scenario_id: record.scenarioID, finished: finished,
            prompt: finished ? nil : rehearsal.currentTurn?.line,
            transcript: rehearsal.transcript.map {
                .init(prompt: $0.prompt, reply: $0.reply, reaction: $0.reaction, style: $0.analysis?.style, superseded: $0.superseded,
                      safety_level: $0.safety.level.rawValue)
            },
            last: step.map { analysisJSON($0.analysis, safety: $0.safety, user: user) },
            reaction: step?.reaction,
            summary: finished ? rehearsal.summary().tryNext : nil)
    }
}

struct ScenarioJSON: Encodable {
    var id: String
    var title: String
    var context: String
    var difficulty: Int
    var skills: [String]
    var counterpart: String
    var setup: String

    init(_ scenario: Scenario) {
        id = scenario.id
        title = scenario.title
        context = scenario.context.rawValue
        difficulty = scenario.difficulty
        skills = scenario.skills.map(\.rawValue)
        counterpart = scenario.counterpart.name
        setup = scenario.setup
    }
}

struct RehearsalJSON: Encodable {
    struct Line: Encodable {
        var prompt: String
        var reply: String
        var reaction: String?
        var style: Style?
        var superseded: Bool
        var safety_level: String
    }
    var id: Int64
    var scenario_id: String
    var finished: Bool
    var prompt: String?
    var transcript: [Line]
    var last: APIRoutes.AnalysisJSON?
    var reaction: String?
    var summary: [String]?
}

/// The interaction log's wire shape (the field names the issue fixes).
struct LogJSON: Encodable {
    var id: Int64
    var occurred_at: Date
    var counterpart: String
    var context: String
    var said: String
    var self_rated_style: Style?
    var suds_before: Int?
    var suds_after: Int?
    var outcome: Outcome?
    var feeling: String
    var coach_style: Style?
    var created_at: Date
    var coach: APIRoutes.AnalysisJSON?
    var safety: ScreenFinding

    init(_ log: InteractionLog, analysis: APIRoutes.AnalysisJSON?) {
        id = log.id
        occurred_at = log.occurredAt
        counterpart = log.counterpart
        context = log.context
        said = log.said
        self_rated_style = log.selfRatedStyle
        suds_before = log.sudsBefore
        suds_after = log.sudsAfter
        outcome = log.outcome
        feeling = log.feeling
        coach_style = log.coachStyle
        created_at = log.createdAt
        coach = analysis
        safety = log.safety
    }
}
