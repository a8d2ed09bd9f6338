import Domain
import Foundation
import Hummingbird
import Logging
import Measures
import Safety
import Storage
import WebViews

/// Questionnaires: the instruments a person can take (bundled plus clinic-imported), scoring,
/// results with change since baseline, schedules, and the FHIR and CSV exports.
struct MeasureService: Sendable {
    let storage: any Storage
    let screening: Screening
    let logger: Logger

    func catalog() async throws -> InstrumentCatalog { try await MeasureRecords.catalog(storage: storage, logger: logger) }

    /// Reads answers from a form: `q1`… `qN`. Blank means unanswered; anything that is not one of
    /// the item's options is a field error. Unanswered scored items are field errors unless the
    /// instrument allows that many to be left blank.
    func answers(_ fields: Fields, instrument: Instrument) -> (answers: Answers, errors: [(field: String, message: String)]) {
        var answers = Answers()
        var errors: [(field: String, message: String)] = []
        for item in instrument.allItems {
            let name = "q\(item.number)"
            guard let raw = fields[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { continue }
            let values = instrument.options(for: item).map(\.value)
            guard let value = Int(raw), values.contains(value) else {
                errors.append((name, "Question \(item.number): choose one of the answers."))
                continue
            }
            answers[item.number] = value
        }
        let missing = instrument.items.map(\.number).filter { answers[$0] == nil && !errors.map(\.field).contains("q\($0)") }
        let allowed: Int = switch instrument.missingAnswers {
        case .refuse: 0
        case .prorate(let most): most
        }
        if missing.count > allowed {
            errors += missing.map { ("q\($0)", "Question \($0) needs an answer.") }
        }
        return (answers, errors)
    }

    /// The help shown when answers open the safety pathway (the PHQ-9's item 9 at 1 or more).
    func help(user: User, answersKept: Bool) -> HelpMessage {
        .questionnaire(resources: screening.resources(for: user), answersKept: answersKept)
    }

    /// The first result for the instrument (the baseline) and the change to this one, if this is a later one.
    func change(for stored: StoredAssessment, instrument: Instrument, userID: Int64) async throws -> (baseline: StoredAssessment?, change: ScoreChange?) {
        guard let baseline = try await MeasureRecords.baseline(userID: userID, instrumentID: instrument.id, storage: storage),
            baseline.id != stored.id
        else { return (nil, nil) }
        return (baseline, instrument.change(from: baseline.result, to: stored.result))
    }

    /// Instruments due now for this person. Reads nothing more when there is no schedule.
    func due(userID: Int64, now: Date = Date()) async throws -> [(instrument: Instrument, schedule: MeasureSchedule)] {
        let schedules = try await storage.schedules(userID: userID)
        guard !schedules.isEmpty else { return [] }
        return MeasureRecords.due(schedules: schedules, results: try await storage.assessments(userID: userID, instrumentID: nil),
                                  catalog: try await catalog(), now: now)
    }
}

struct MeasureRoutes: Sendable {
    let services: AppServices
    var measures: MeasureService { services.measures }
    var storage: any Storage { services.storage }

    private func instrument(_ context: AppContext) async throws -> Instrument {
        guard let id = context.parameters.get("instrument"), let instrument = try await measures.catalog().instrument(id) else {
            throw PageError.notFound
        }
        return instrument
    }

    func register(on router: Router<AppContext>) {
        router.get("/measures") { request, context -> Response in
            let user = try context.requireUser(request)
            return .html(Views.measures(context.chrome("Questionnaires", .measures), rows: try await rows(user)))
        }
        router.get("/measures/{instrument}") { request, context -> Response in
            _ = try context.requireUser(request)
            let instrument = try await instrument(context)
            return .html(Views.takeMeasure(context.chrome(instrument.title, .measures), instrument: instrument, state: FormState(), help: nil))
        }
        router.post("/measures/{instrument}") { request, context -> Response in
            let user = try context.requireUser(request)
            let instrument = try await instrument(context)
            let fields = try await Body.form(request, context)
            let (answers, errors) = measures.answers(fields, instrument: instrument)
            var values = fields.values
            values["csrf_token"] = nil
            // A concern in the answers shows help, and is kept on record, even when the sheet can't be scored.
            let help = instrument.safetyItems(for: answers).isEmpty ? nil : measures.help(user: user, answersKept: false)
            func refuse(_ errors: [(field: String, message: String)]) async throws -> Response {
                try await MeasureRecords.recordUnfinished(userID: user.id, instrument: instrument, answers: answers, storage: storage)
                return .html(Views.takeMeasure(context.chrome(instrument.title, .measures), instrument: instrument,
                                               state: FormState(values: values, errors: errors), help: help),
                             status: .unprocessableContent)
            }
            guard errors.isEmpty else { return try await refuse(errors) }
            let result: AssessmentResult
            do throws(ScoringError) {
                result = try instrument.score(answers)
            } catch {
                // The form checks catch most gaps; the scorer also needs every part of a profile to have
                // an answer. Point at the unanswered questions, with the scorer's reason on the first.
                let missing = instrument.items.map(\.number).filter { answers[$0] == nil }
                let reason = error.problems.joined(separator: " ")
                return try await refuse(missing.isEmpty ? [("q1", reason)]
                    : missing.enumerated().map { index, number in
                        ("q\(number)", index == 0 ? "Question \(number) needs an answer: \(reason)" : "Question \(number) needs an answer.")
                    })
            }
            let stored = try await MeasureRecords.record(userID: user.id, instrument: instrument, answers: answers, result: result, storage: storage)
            return .redirect(to: Views.resultPath(stored.id), type: .normal)
        }
        router.post("/measures/{instrument}/schedule") { request, context -> Response in
            let user = try context.requireUser(request)
            let instrument = try await instrument(context)
            let fields = try await Body.form(request, context)
            guard let days = fields["every_days"].flatMap({ Int($0) }), days == 0 || MeasureSchedule.choices.contains(days) else {
                var rows = try await rows(user)
                if let index = rows.firstIndex(where: { $0.instrument.id == instrument.id }) { rows[index].scheduleError = "Choose how often from the list." }
                return .html(Views.measures(context.chrome("Questionnaires", .measures), rows: rows), status: .unprocessableContent)
            }
            // Saving the same choice again keeps the schedule as it was.
            let current = try await storage.schedules(userID: user.id).first { $0.instrumentID == instrument.id }
            if current?.everyDays != days && !(current == nil && days == 0) {
                try await storage.setSchedule(userID: user.id, MeasureSchedule(instrumentID: instrument.id, everyDays: days, since: Date()))
            }
            return .redirect(to: "/measures#m-\(instrument.id)", type: .normal)
        }
        router.get("/measures/{instrument}/history") { request, context -> Response in
            let user = try context.requireUser(request)
            let instrument = try await instrument(context)
            let results = try await storage.assessments(userID: user.id, instrumentID: instrument.id)
            return .html(Views.measureHistory(context.chrome(instrument.title, .measures), instrument: instrument, results: results))
        }
        router.get("/results/{id}") { request, context -> Response in
            let user = try context.requireUser(request)
            guard let id = context.parameters.get("id", as: Int64.self), let stored = try await storage.assessment(userID: user.id, id: id),
                let instrument = try await measures.catalog().instrument(stored.instrumentID)
            else { throw PageError.notFound }
            let (baseline, change) = try await measures.change(for: stored, instrument: instrument, userID: user.id)
            let model = Views.MeasureResultModel(instrument: instrument, stored: stored, baseline: baseline, change: change,
                                                 help: stored.result.safetyTriggered ? measures.help(user: user, answersKept: true) : nil)
            return .html(Views.measureResult(context.chrome("\(instrument.title) result", .measures), model: model))
        }
        router.get("/export/fhir") { request, context -> Response in
            let user = try context.requireUser(request)
            let bundle: Data
            do {
                bundle = try await MeasureExport.fhir(userID: user.id, storage: storage, catalog: try await measures.catalog(),
                                                      baseURL: services.configuration.fhirBaseURL)
            } catch let failure as MeasureExport.Failure {
                throw PageError(status: .conflict, message: "The FHIR export could not be made: \(failure). The CSV export still has every score.")
            }
            var response = Response(status: .ok, headers: [.contentType: "application/fhir+json"], body: .init(byteBuffer: ByteBuffer(data: bundle)))
            response.headers[.contentDisposition] = "attachment; filename=\"speakup-fhir.json\""
            return response
        }
        router.get("/export/scores.csv") { request, context -> Response in
            let user = try context.requireUser(request)
            let csv = try await MeasureExport.csv(userID: user.id, storage: storage)
            var response = Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: csv)))
            response.headers[.contentDisposition] = "attachment; filename=\"speakup-scores.csv\""
            return response
        }
    }

    private func rows(_ user: User) async throws -> [Views.MeasureRow] {
        let catalog = try await measures.catalog()
        let results = try await storage.assessments(userID: user.id, instrumentID: nil)
        let schedules = try await storage.schedules(userID: user.id)
        let due = Set(MeasureRecords.due(schedules: schedules, results: results, catalog: catalog).map(\.instrument.id))
        return catalog.instruments.map { instrument in
            Views.MeasureRow(instrument: instrument, results: results.filter { $0.instrumentID == instrument.id },
                             schedule: schedules.first { $0.instrumentID == instrument.id }, due: due.contains(instrument.id))
        }
    }
}
