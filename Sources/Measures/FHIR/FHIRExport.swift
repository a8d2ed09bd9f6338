import Domain
import Foundation

/// Builds FHIR R4 resources from instruments and completed assessments: pure, no I/O.
///
/// Canonical URLs and SpeakUp's own score codes hang off `baseURL`, which the server sets to its
/// public address + `/fhir` (default `https://speakup.example/fhir`, a reserved example domain):
/// a Questionnaire is `{baseURL}/Questionnaire/{instrument id}`, and scores without a LOINC code are
/// coded in `{baseURL}/CodeSystem/scores`.
public struct FHIRExport: Sendable {
    public static let defaultBaseURL = "https://speakup.example/fhir"
    static let categorySystem = "http://terminology.hl7.org/CodeSystem/observation-category"
    static let ordinalValueURL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
    static let ucum = "http://unitsofmeasure.org"

    public var baseURL: String
    /// Who the responses and scores are about (`Patient/123`), when the caller knows.
    public var subject: FHIR.Reference?

    public init(baseURL: String = FHIRExport.defaultBaseURL, subject: FHIR.Reference? = nil) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.subject = subject
    }

    /// Why a bundle could not be built.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public func canonicalURL(for instrument: Instrument) -> String { "\(baseURL)/Questionnaire/\(instrument.id)" }
    public var scoreCodeSystem: String { "\(baseURL)/CodeSystem/scores" }

    // MARK: Bundle

    /// A `collection` Bundle: the Questionnaire of every instrument the assessments use (in the order
    /// `instruments` lists them), then each assessment's QuestionnaireResponse followed by the
    /// Observation of its total. Every entry's `fullUrl` is a `urn:uuid:`; the ids are name-based, so
    /// exporting the same data twice gives the same bundle.
    public func bundle(instruments: [Instrument], assessments: [CompletedAssessment], timestamp: Date? = nil)
        throws(Failure) -> FHIR.Bundle
    {
        var byID: [String: Instrument] = [:]
        for instrument in instruments { byID[instrument.id] = instrument }
        for assessment in assessments {
            guard byID[assessment.instrumentID] != nil else {
                throw Failure(
                    message:
                        "assessment \(assessment.id) is of instrument \"\(assessment.instrumentID)\", which was not given"
                )
            }
            guard assessment.result.instrumentID == assessment.instrumentID else {
                throw Failure(
                    message:
                        "assessment \(assessment.id): its result is of \"\(assessment.result.instrumentID)\", not \"\(assessment.instrumentID)\""
                )
            }
        }
        let used = Set(assessments.map(\.instrumentID))
        var entries: [FHIR.Bundle.Entry] = []
        var seen: Set<String> = []
        for instrument in instruments where used.contains(instrument.id) && seen.insert(instrument.id).inserted {
            let uuid = NameBasedUUID.make(
                namespace: NameBasedUUID.speakUpNamespace, name: canonicalURL(for: instrument))
            entries.append(.init(fullUrl: Self.urn(uuid), resource: .questionnaire(questionnaire(instrument))))
        }
        for assessment in assessments {
            let instrument = byID[assessment.instrumentID]!
            let response = questionnaireResponse(assessment, instrument: instrument)
            let responseURL = "urn:uuid:\(response.id)"
            entries.append(.init(fullUrl: responseURL, resource: .questionnaireResponse(response)))
            let score = observation(assessment, instrument: instrument, derivedFrom: responseURL)
            entries.append(.init(fullUrl: "urn:uuid:\(score.id)", resource: .observation(score)))
        }
        return FHIR.Bundle(timestamp: timestamp.map(Self.dateTime), entry: entries)
    }

    // MARK: Resources

    public func questionnaire(_ instrument: Instrument) -> FHIR.Questionnaire {
        let items = instrument.allItems.map { item -> FHIR.Questionnaire.Item in
            let scored = instrument.items.contains { $0.number == item.number }
            let options = instrument.options(for: item)
            let coded = options.allSatisfy { $0.loinc != nil }
            let answerOptions = options.map { option -> FHIR.Questionnaire.AnswerOption in
                if coded, let code = option.loinc {
                    let ordinal =
                        scored
                        ? [
                            FHIR.Extension(
                                url: Self.ordinalValueURL,
                                valueDecimal: instrument.itemScore(item, answer: option.value))
                        ] : nil
                    return FHIR.Questionnaire.AnswerOption(
                        extension: ordinal,
                        valueCoding: FHIR.Coding(system: LOINC.system, code: code, display: option.label))
                }
                return FHIR.Questionnaire.AnswerOption(valueInteger: option.value)
            }
            return FHIR.Questionnaire.Item(
                linkId: item.linkID, code: item.loinc.map { [FHIR.Coding(system: LOINC.system, code: $0)] },
                text: Self.text(of: item),
                type: coded ? "choice" : "integer",
                required: scored && instrument.missingAnswers == .refuse ? true : nil,
                answerOption: answerOptions)
        }
        var description = instrument.about ?? instrument.stem
        if let notice = instrument.kind.notice { description += " " + notice }
        return FHIR.Questionnaire(
            id: instrument.id, url: canonicalURL(for: instrument), name: Self.computableName(instrument.id),
            title: instrument.title,
            status: "active", subjectType: ["Patient"], description: description, copyright: instrument.licence,
            code: instrument.loincPanel.map {
                [FHIR.Coding(system: LOINC.system, code: $0, display: instrument.title)]
            }, item: items)
    }

    public func questionnaireResponse(_ assessment: CompletedAssessment, instrument: Instrument)
        -> FHIR.QuestionnaireResponse
    {
        let items = instrument.allItems.compactMap { item -> FHIR.QuestionnaireResponse.Item? in
            guard let value = assessment.answers[item.number] else { return nil }
            let option = instrument.options(for: item).first { $0.value == value }
            let answer: FHIR.QuestionnaireResponse.Answer
            if let option, let code = option.loinc {
                answer = .init(valueCoding: FHIR.Coding(system: LOINC.system, code: code, display: option.label))
            } else {
                answer = .init(valueInteger: value)
            }
            return .init(linkId: item.linkID, text: Self.text(of: item), answer: [answer])
        }
        return FHIR.QuestionnaireResponse(
            id: Self.responseUUID(assessment.id).uuidString.lowercased(), questionnaire: canonicalURL(for: instrument),
            status: "completed", subject: subject, authored: Self.dateTime(assessment.authored), item: items)
    }

    /// The Observation of an assessment's total, with its subscales as components.
    public func observation(_ assessment: CompletedAssessment, instrument: Instrument, derivedFrom responseURL: String)
        -> FHIR.Observation
    {
        let result = assessment.result
        let code: FHIR.CodeableConcept
        if let loinc = instrument.loincTotal {
            code = FHIR.CodeableConcept(
                coding: [FHIR.Coding(system: LOINC.system, code: loinc, display: "\(instrument.title) total score")],
                text: "\(instrument.title) total score")
        } else {
            code = FHIR.CodeableConcept(
                coding: [
                    FHIR.Coding(
                        system: scoreCodeSystem, code: "\(instrument.id).total",
                        display: "\(instrument.title) total score")
                ],
                text: "\(instrument.title) total score")
        }
        let (integer, quantity) = value(result.total.value, whole: instrument.method == .sum)
        let components = result.subscales.map { subscale -> FHIR.Observation.Component in
            let method = instrument.subscales.first { $0.id == subscale.id }?.method ?? instrument.method
            let (integer, quantity) = value(subscale.score.value, whole: method == .sum)
            return .init(
                code: FHIR.CodeableConcept(
                    coding: [
                        FHIR.Coding(
                            system: scoreCodeSystem, code: "\(instrument.id).subscale.\(subscale.id)",
                            display: subscale.title)
                    ],
                    text: subscale.title),
                valueInteger: integer, valueQuantity: quantity)
        }
        var notes: [FHIR.Observation.Annotation] = []
        if result.prorated {
            notes.append(
                .init(
                    text:
                        "Prorated: \(result.total.answered) of \(result.total.itemCount) items answered; the missing ones were scaled up from the rest."
                ))
        }
        if let notice = instrument.kind.notice { notes.append(.init(text: notice)) }
        if result.safetyTriggered {
            notes.append(
                .init(
                    text:
                        "An answer to item \(result.safetyItems.map(String.init).joined(separator: ", ")) opened SpeakUp's safety pathway (crisis help was shown)."
                ))
        }
        let responseUUID = Self.responseUUID(assessment.id)
        return FHIR.Observation(
            id: NameBasedUUID.make(namespace: responseUUID, name: "observation/total").uuidString.lowercased(),
            status: "final",
            category: [
                FHIR.CodeableConcept(coding: [
                    FHIR.Coding(system: Self.categorySystem, code: "survey", display: "Survey")
                ])
            ],
            code: code, subject: subject, effectiveDateTime: Self.dateTime(assessment.authored),
            valueInteger: integer, valueQuantity: quantity,
            interpretation: result.band.map { [FHIR.CodeableConcept(text: $0.label)] },
            note: notes.isEmpty ? nil : notes,
            derivedFrom: [FHIR.Reference(reference: responseURL)],
            component: components.isEmpty ? nil : components)
    }

    // MARK: Helpers

    /// A whole sum as an integer; anything else as a `{score}` quantity to two decimals.
    func value(_ number: Double, whole: Bool) -> (Int?, FHIR.Quantity?) {
        if whole && number == number.rounded() { return (Int(number), nil) }
        let rounded = (number * 100).rounded() / 100
        return (nil, FHIR.Quantity(value: rounded, unit: "score", system: Self.ucum, code: "{score}"))
    }

    static func text(of item: Instrument.Item) -> String {
        guard let group = item.group else { return item.text }
        return group + " " + item.text
    }

    static func urn(_ uuid: UUID) -> String { "urn:uuid:" + uuid.uuidString.lowercased() }

    /// The assessment's own UUID, or a name-based one when its id is not a UUID.
    static func responseUUID(_ id: String) -> UUID {
        UUID(uuidString: id) ?? NameBasedUUID.make(namespace: NameBasedUUID.speakUpNamespace, name: "assessment/" + id)
    }

    /// FHIR `dateTime` in UTC: `2025-03-01T09:30:00Z`.
    static func dateTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A FHIR computable name from an id: `ipip-assertiveness` → `IpipAssertiveness`.
    static func computableName(_ id: String) -> String {
        let name = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return name.first?.isLetter == true ? name : "Q" + name
    }
}
