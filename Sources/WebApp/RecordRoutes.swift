import Coach
import Domain
import Foundation
import Hummingbird
import Safety
import Storage
import WebViews

/// Worksheets, thought records, the interaction log and the exposure ladder, as pages.
struct RecordRoutes: Sendable {
    let services: AppServices
    var practice: Practice { services.practice }
    var storage: any Storage { services.storage }

    private func id(_ context: AppContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError.notFound }
        return id
    }

    private func state(_ fields: Fields, _ problem: Problem) -> FormState {
        var values = fields.values
        values["csrf_token"] = nil
        return FormState(values: values, errors: (problem.errors ?? []).map { ($0.field, $0.detail) })
    }

    private func feedback(_ safety: SafetyResult, analysis: Analysis?, text: String, user: User) -> Views.SaveFeedback {
        Views.SaveFeedback(help: services.screening.help(for: safety, user: user), urgent: safety.level == .urgent, analysis: analysis,
                           analysedText: text)
    }

    func register(on router: Router<AppContext>) {
        // MARK: Worksheets
        router.get("/worksheets") { request, context -> Response in
            let user = try context.requireUser(request)
            return .html(Views.worksheets(context.chrome("Worksheets", .worksheets), worksheets: services.content.worksheets,
                                          drafts: try await storage.worksheets(userID: user.id)))
        }
        router.get("/worksheets/new/{kind}") { request, context -> Response in
            _ = try context.requireUser(request)
            guard let sheet = services.content.worksheet(context.parameters.get("kind") ?? "") else { throw PageError.notFound }
            return .html(Views.worksheetEditor(context.chrome(sheet.title, .worksheets), worksheet: sheet, draftID: nil, state: FormState(), feedback: nil))
        }
        router.post("/worksheets") { request, context -> Response in try await saveWorksheet(request, context, id: nil) }
        router.get("/worksheets/{id}") { request, context -> Response in
            let user = try context.requireUser(request)
            guard let draft = try await storage.worksheet(userID: user.id, id: try id(context)),
                let sheet = services.content.worksheet(draft.worksheetID)
            else { throw PageError.notFound }
            var values = ["title": draft.title]
            for (key, value) in draft.fields { values["field_\(key)"] = value }
            let text = practice.assembled(draft)
            let analysis = draft.safety.fired || text.isEmpty ? nil : services.screening.coach.analyze(reply: text)
            let help = services.screening.help(for: draft.safety, user: user)
            return .html(Views.worksheetEditor(context.chrome(sheet.title, .worksheets), worksheet: sheet, draftID: draft.id, state: FormState(values),
                                               feedback: Views.SaveFeedback(help: help, urgent: false, analysis: analysis, analysedText: text)))
        }
        router.post("/worksheets/{id}") { request, context -> Response in try await saveWorksheet(request, context, id: try id(context)) }
        router.post("/worksheets/{id}/delete") { request, context -> Response in
            let user = try context.requireUser(request)
            _ = try await Body.form(request, context)
            guard try await storage.deleteWorksheet(userID: user.id, id: try id(context)) else { throw PageError.notFound }
            return .redirect(to: "/worksheets", type: .normal)
        }

        // MARK: Thought records
        router.get("/thoughts") { request, context -> Response in
            let user = try context.requireUser(request)
            return .html(Views.thoughtRecords(context.chrome("Thought records", .thoughts), records: try await storage.thoughtRecords(userID: user.id)))
        }
        router.get("/thoughts/new") { request, context -> Response in
            _ = try context.requireUser(request)
            return .html(Views.thoughtRecord(context.chrome("Thought record", .thoughts), record: nil, step: 1, state: FormState(), feedback: nil))
        }
        router.post("/thoughts") { request, context -> Response in try await saveThought(request, context, id: nil) }
        router.get("/thoughts/{id}") { request, context -> Response in
            let user = try context.requireUser(request)
            guard let record = try await storage.thoughtRecord(userID: user.id, id: try id(context)) else { throw PageError.notFound }
            let step = request.uri.queryParameters.get("step").flatMap { Int($0) }.map { max(2, min(4, $0)) } ?? record.nextStep
            let help = services.screening.help(for: record.safety, user: user)
            return .html(Views.thoughtRecord(context.chrome("Thought record", .thoughts), record: record, step: step,
                                             state: thoughtState(record),
                                             feedback: help.map { Views.SaveFeedback(help: $0, urgent: false, analysis: nil, analysedText: "") }))
        }
        router.post("/thoughts/{id}") { request, context -> Response in try await saveThought(request, context, id: try id(context)) }

        // MARK: Interaction log
        router.get("/log") { request, context -> Response in
            let user = try context.requireUser(request)
            return .html(Views.logs(context.chrome("Interaction log", .log), logs: try await storage.logs(userID: user.id)))
        }
        router.get("/log/new") { request, context -> Response in
            _ = try context.requireUser(request)
            return .html(Views.logForm(context.chrome("Log a conversation", .log), state: FormState(["occurred_at": UI.localInput(Date())])))
        }
        router.post("/log") { request, context -> Response in
            let user = try context.requireUser(request)
            let fields = try await Body.form(request, context)
            switch try await practice.createLog(user: user, fields: fields) {
            case .failure(let problem):
                return .html(Views.logForm(context.chrome("Log a conversation", .log), state: state(fields, problem)), status: .unprocessableContent)
            case .success(let saved):
                // Redirect after saving, so reloading the page never logs the conversation twice.
                return .redirect(to: "/log/\(saved.record.id)?saved=1", type: .normal)
            }
        }
        router.get("/log/{id}") { request, context -> Response in
            let user = try context.requireUser(request)
            guard let log = try await storage.log(userID: user.id, id: try id(context)) else { throw PageError.notFound }
            let justSaved = request.uri.queryParameters.get("saved") == "1"
            let analysis = log.safety.fired ? nil : services.screening.coach.analyze(reply: log.said)
            let help = services.screening.help(for: log.safety, user: user)
            // Just after saving: the confirmation, and a kind word if it went badly.
            let compassion = justSaved && log.outcome == .bad ? Activity.setbackMessage : nil
            return .html(Views.logEntry(context.chrome("Log entry", .log, flash: justSaved ? "Saved." : nil), log: log,
                                        feedback: Views.SaveFeedback(help: help, urgent: log.safety.level == SafetyLevel.urgent.rawValue,
                                                                     analysis: analysis, analysedText: log.said),
                                        compassion: compassion))
        }

        // MARK: Ladder
        router.get("/ladder") { request, context -> Response in
            let user = try context.requireUser(request)
            return .html(Views.ladder(context.chrome("Ladder", .ladder), rungs: try await storage.rungs(userID: user.id),
                                      scenarios: services.content.scenarios.filter { !$0.safety }, state: FormState()))
        }
        router.post("/ladder") { request, context -> Response in
            let user = try context.requireUser(request)
            let fields = try await Body.form(request, context)
            switch try await practice.createRung(user: user, fields: fields) {
            case .failure(let problem):
                return .html(Views.ladder(context.chrome("Ladder", .ladder), rungs: try await storage.rungs(userID: user.id),
                                          scenarios: services.content.scenarios.filter { !$0.safety }, state: state(fields, problem)),
                             status: .unprocessableContent)
            case .success(let saved):
                if saved.safety.isCrisis { return try await rungPage(context, user: user, rung: saved.record, state: FormState(), safety: saved.safety) }
                return .redirect(to: "/ladder", type: .normal)
            }
        }
        router.get("/ladder/{id}") { request, context -> Response in
            let user = try context.requireUser(request)
            guard let rung = try await storage.rung(userID: user.id, id: try id(context)) else { throw PageError.notFound }
            return try await rungPage(context, user: user, rung: rung, state: FormState(), safety: nil)
        }
        router.post("/ladder/{id}/attempts") { request, context -> Response in
            let user = try context.requireUser(request)
            let fields = try await Body.form(request, context)
            switch try await practice.addAttempt(user: user, rungID: try id(context), fields: fields) {
            case nil: throw PageError.notFound
            case .failure(let problem):
                guard let rung = try await storage.rung(userID: user.id, id: try id(context)) else { throw PageError.notFound }
                return try await rungPage(context, user: user, rung: rung, state: state(fields, problem), safety: nil, status: .unprocessableContent)
            case .success(let saved):
                return try await rungPage(context, user: user, rung: saved.record, state: FormState(), safety: saved.safety, flash: "Attempt saved.")
            }
        }
        router.post("/ladder/{id}/climbed") { request, context -> Response in
            let user = try context.requireUser(request)
            let fields = try await Body.form(request, context)
            guard try await storage.setClimbed(userID: user.id, rungID: try id(context), at: fields["climbed"] == "no" ? nil : Date()) else {
                throw PageError.notFound
            }
            return .redirect(to: "/ladder/\(try id(context))", type: .normal)
        }
        router.post("/ladder/{id}/delete") { request, context -> Response in
            let user = try context.requireUser(request)
            _ = try await Body.form(request, context)
            guard try await storage.deleteRung(userID: user.id, id: try id(context)) else { throw PageError.notFound }
            return .redirect(to: "/ladder", type: .normal)
        }
    }

    private func rungPage(_ context: AppContext, user: User, rung: LadderRung, state: FormState, safety: SafetyResult?, flash: String? = nil,
                          status: HTTPResponse.Status = .ok) async throws -> Response {
        let scenario = rung.scenarioID.flatMap(services.content.scenario)
        let feedback = safety.map { self.feedback($0, analysis: nil, text: "", user: user) }
        return .html(Views.rung(context.chrome(rung.title, .ladder, flash: flash), rung: rung, scenario: scenario, state: state, feedback: feedback,
                                suggestClimbed: rung.meetsClimbRule), status: status)
    }

    private func thoughtState(_ record: ThoughtRecord) -> FormState {
        FormState(values: [
            "distortions": record.distortions.map(\.rawValue), "evidence_for": [record.evidenceFor], "evidence_against": [record.evidenceAgainst],
            "balanced_thought": [record.balancedThought], "emotion_after": [record.emotionAfter.map(String.init) ?? ""],
        ])
    }

    private func saveThought(_ request: Request, _ context: AppContext, id: Int64?) async throws -> Response {
        let user = try context.requireUser(request)
        let fields = try await Body.form(request, context)
        let step = id == nil ? 1 : max(2, min(3, Int(fields["step"] ?? "2") ?? 2))
        let chrome = context.chrome("Thought record", .thoughts)
        switch try await practice.saveThought(user: user, id: id, step: step, fields: fields) {
        case nil: throw PageError.notFound
        case .failure(let problem):
            let record = try await id.asyncMap { try await storage.thoughtRecord(userID: user.id, id: $0) } ?? nil
            return .html(Views.thoughtRecord(chrome, record: record, step: step, state: state(fields, problem), feedback: nil), status: .unprocessableContent)
        case .success(let saved):
            let next = saved.record.nextStep
            if saved.safety.isCrisis {
                return .html(Views.thoughtRecord(chrome, record: saved.record, step: next, state: thoughtState(saved.record),
                                                 feedback: feedback(saved.safety, analysis: nil, text: "", user: user)))
            }
            return .redirect(to: "/thoughts/\(saved.record.id)", type: .normal)
        }
    }

    private func saveWorksheet(_ request: Request, _ context: AppContext, id: Int64?) async throws -> Response {
        let user = try context.requireUser(request)
        let fields = try await Body.form(request, context)
        let kind = try await id.asyncMap { try await storage.worksheet(userID: user.id, id: $0)?.worksheetID } ?? fields["worksheet"]
        guard let sheet = kind.flatMap(services.content.worksheet) else { throw PageError.notFound }
        switch try await practice.saveWorksheet(user: user, id: id, fields: fields) {
        case nil: throw PageError.notFound
        case .failure(let problem):
            return .html(Views.worksheetEditor(context.chrome(sheet.title, .worksheets), worksheet: sheet, draftID: id, state: state(fields, problem),
                                               feedback: nil), status: .unprocessableContent)
        case .success(let saved):
            var values = ["title": saved.record.title]
            for (key, value) in saved.record.fields { values["field_\(key)"] = value }
            return .html(Views.worksheetEditor(context.chrome(sheet.title, .worksheets, flash: "Draft saved."), worksheet: sheet, draftID: saved.record.id,
                                               state: FormState(values),
                                               feedback: feedback(saved.safety, analysis: saved.analysis, text: practice.assembled(saved.record), user: user)))
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
