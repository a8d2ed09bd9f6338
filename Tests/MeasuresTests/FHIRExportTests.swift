import Domain
import Foundation
@testable import Measures
import Testing

@Suite("FHIR R4 export: Questionnaire, QuestionnaireResponse and Observation in a collection Bundle")
struct FHIRExportTests {
    static let authored = Date(timeIntervalSince1970: 1_740_821_400)  // 2025-03-01T09:30:00Z

    static func completed(_ instrument: Instrument, _ answers: Answers, id: String) throws -> CompletedAssessment {
        CompletedAssessment(
            id: id, instrumentID: instrument.id, answers: answers, authored: authored,
            result: try instrument.score(answers))
    }

    /// A PHQ-9 with the difficulty item, an RSES, and a situations check, exported as JSON and read back untyped.
    static func exported(baseURL: String = FHIRExport.defaultBaseURL, subject: FHIR.Reference? = nil) throws -> (
        json: [String: Any], text: String
    ) {
        let phq9 = try bundled("phq9"), rses = try bundled("rses"), situations = try bundled("situations")
        let assessments = [
            try completed(
                phq9, Answers(inOrder: [1, 2, 1, 0, 0, 1, 2, 0, 1, 2]), id: "0D5A5A6E-6F4B-4C1B-9D59-1E4C2A7B8C90"),
            try completed(
                rses, Answers(inOrder: [3, 0, 3, 3, 0, 0, 3, 0, 0, 2]), id: "5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e"),
            try completed(
                situations, Answers(inOrder: (1...50).map { $0 % 2 == 1 ? 2 : 3 }),
                id: "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"),
        ]
        let export = FHIRExport(baseURL: baseURL, subject: subject)
        let bundle = try export.bundle(instruments: try allBundled(), assessments: assessments, timestamp: authored)
        let text = try bundle.jsonString()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (json, text)
    }

    static func resources(_ json: [String: Any], _ type: String) -> [[String: Any]] {
        ((json["entry"] as? [[String: Any]]) ?? []).compactMap { $0["resource"] as? [String: Any] }.filter {
            $0["resourceType"] as? String == type
        }
    }

    @Test(
        "a collection Bundle of urn:uuid entries: the used Questionnaires, then a response and a score per assessment")
    func bundleShape() throws {
        let (json, _) = try Self.exported()
        #expect(json["resourceType"] as? String == "Bundle")
        #expect(json["type"] as? String == "collection")
        #expect(json["timestamp"] as? String == "2025-03-01T09:30:00Z")
        let entries = try #require(json["entry"] as? [[String: Any]])
        let types = entries.map { ($0["resource"] as? [String: Any])?["resourceType"] as? String ?? "?" }
        #expect(
            types == [
                "Questionnaire", "Questionnaire", "Questionnaire", "QuestionnaireResponse", "Observation",
                "QuestionnaireResponse", "Observation", "QuestionnaireResponse", "Observation",
            ])
        let urls = entries.compactMap { $0["fullUrl"] as? String }
        #expect(urls.count == entries.count)
        #expect(Set(urls).count == urls.count)
        for url in urls {
            #expect(url.hasPrefix("urn:uuid:"))
            let uuid = String(url.dropFirst("urn:uuid:".count))
            #expect(UUID(uuidString: uuid) != nil && uuid == uuid.lowercased(), "\(url)")
        }
    }

    @Test("a Questionnaire per used instrument, at its canonical URL, with LOINC codes where they exist")
    func questionnaires() throws {
        let (json, _) = try Self.exported(baseURL: "https://clinic.example.org/speakup/fhir/")
        let questionnaires = Self.resources(json, "Questionnaire")
        #expect(
            questionnaires.map { $0["url"] as? String } == [
                "https://clinic.example.org/speakup/fhir/Questionnaire/phq9",
                "https://clinic.example.org/speakup/fhir/Questionnaire/rses",
                "https://clinic.example.org/speakup/fhir/Questionnaire/situations",
            ])
        let phq9 = questionnaires[0]
        #expect(phq9["status"] as? String == "active")
        #expect(phq9["name"] as? String == "Phq9")
        #expect(((phq9["code"] as? [[String: Any]])?.first?["code"]) as? String == "44249-1")
        let items = try #require(phq9["item"] as? [[String: Any]])
        #expect(items.map { $0["linkId"] as? String } == (1...10).map(String.init))
        #expect(
            items.map { (($0["code"] as? [[String: Any]])?.first?["code"]) as? String } == [
                "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8",
                "69722-7",
            ])
        #expect(items.allSatisfy { $0["type"] as? String == "choice" })
        let firstOptions = try #require(items[0]["answerOption"] as? [[String: Any]])
        #expect(
            firstOptions.map { ($0["valueCoding"] as? [String: Any])?["code"] as? String } == [
                "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9",
            ])
        let rsesItems = try #require(questionnaires[1]["item"] as? [[String: Any]])
        #expect(rsesItems.allSatisfy { $0["type"] as? String == "integer" })
        #expect((rsesItems[0]["answerOption"] as? [[String: Any]])?.map { $0["valueInteger"] as? Int } == [3, 2, 1, 0])
        let situations = questionnaires[2]
        #expect((situations["description"] as? String)?.contains("not a validated scale") == true)
    }

    @Test(
        "each QuestionnaireResponse is completed, points at its Questionnaire, and codes answers with LOINC where it can"
    )
    func responses() throws {
        let (json, _) = try Self.exported(subject: FHIR.Reference(reference: "Patient/42"))
        let canonicals = Set(Self.resources(json, "Questionnaire").compactMap { $0["url"] as? String })
        let responses = Self.resources(json, "QuestionnaireResponse")
        #expect(responses.count == 3)
        for response in responses {
            #expect(response["status"] as? String == "completed")
            #expect(canonicals.contains(response["questionnaire"] as? String ?? ""))
            #expect(response["authored"] as? String == "2025-03-01T09:30:00Z")
            #expect((response["subject"] as? [String: Any])?["reference"] as? String == "Patient/42")
        }
        let phq9 = responses[0]
        #expect(phq9["id"] as? String == "0d5a5a6e-6f4b-4c1b-9d59-1e4c2a7b8c90")
        let items = try #require(phq9["item"] as? [[String: Any]])
        #expect(items.map { $0["linkId"] as? String } == (1...10).map(String.init))
        let codes = items.map {
            ((($0["answer"] as? [[String: Any]])?.first?["valueCoding"]) as? [String: Any])?["code"] as? String
        }
        #expect(
            codes == [
                "LA6569-3", "LA6570-1", "LA6569-3", "LA6568-5", "LA6568-5", "LA6569-3", "LA6570-1", "LA6568-5",
                "LA6569-3", "LA6575-0",
            ])
        let rses = try #require(responses[1]["item"] as? [[String: Any]])
        #expect(
            rses.map { (($0["answer"] as? [[String: Any]])?.first?["valueInteger"]) as? Int } == [
                3, 0, 3, 3, 0, 0, 3, 0, 0, 2,
            ])
        // Every linkId answered is one the Questionnaire defines.
        for (response, questionnaire) in zip(responses, Self.resources(json, "Questionnaire")) {
            let defined = Set(
                ((questionnaire["item"] as? [[String: Any]]) ?? []).compactMap { $0["linkId"] as? String })
            let answered = ((response["item"] as? [[String: Any]]) ?? []).compactMap { $0["linkId"] as? String }
            #expect(!answered.isEmpty && answered.allSatisfy(defined.contains))
        }
    }

    @Test(
        "each Observation is a final survey score, coded with LOINC where it exists, derived from a response in the bundle"
    )
    func observations() throws {
        let (json, _) = try Self.exported()
        let entries = try #require(json["entry"] as? [[String: Any]])
        var byURL: [String: [String: Any]] = [:]
        for entry in entries { byURL[entry["fullUrl"] as! String] = entry["resource"] as? [String: Any] }
        let observations = Self.resources(json, "Observation")
        #expect(observations.count == 3)
        for observation in observations {
            #expect(observation["status"] as? String == "final")
            let category = (observation["category"] as? [[String: Any]])?.first?["coding"] as? [[String: Any]]
            #expect(category?.first?["code"] as? String == "survey")
            #expect(
                category?.first?["system"] as? String == "http://terminology.hl7.org/CodeSystem/observation-category")
            #expect(observation["effectiveDateTime"] as? String == "2025-03-01T09:30:00Z")
            let derived = try #require((observation["derivedFrom"] as? [[String: Any]])?.first?["reference"] as? String)
            #expect(
                byURL[derived]?["resourceType"] as? String == "QuestionnaireResponse",
                "derivedFrom \(derived) resolves in the bundle")
            #expect(observation["subject"] == nil)
        }
        let phq9 = observations[0]
        let code = (phq9["code"] as? [String: Any])?["coding"] as? [[String: Any]]
        #expect(code?.first?["system"] as? String == "http://loinc.org")
        #expect(code?.first?["code"] as? String == "44261-6")
        #expect(phq9["valueInteger"] as? Int == 8)
        #expect((phq9["interpretation"] as? [[String: Any]])?.first?["text"] as? String == "mild")
        #expect(
            (phq9["note"] as? [[String: Any]])?.contains { ($0["text"] as? String)?.contains("safety pathway") == true }
                == true)

        let rses = observations[1]
        #expect(
            ((rses["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["system"] as? String
                == "https://speakup.example/fhir/CodeSystem/scores")
        #expect(rses["valueInteger"] as? Int == 29)

        let situations = observations[2]
        let quantity = try #require(situations["valueQuantity"] as? [String: Any])
        #expect(quantity["value"] as? Double == 3)
        #expect(quantity["code"] as? String == "{score}")
        #expect(situations["valueInteger"] == nil)
        #expect((situations["component"] as? [[String: Any]])?.count == (try bundled("situations")).subscales.count)
    }

    @Test("the GAD-7 total is coded 70274-6")
    func gad7Code() throws {
        let gad7 = try bundled("gad7")
        let assessment = try Self.completed(gad7, Answers(inOrder: [1, 1, 1, 1, 1, 1, 1]), id: UUID().uuidString)
        let observation = FHIRExport().observation(assessment, instrument: gad7, derivedFrom: "urn:uuid:x")
        #expect(observation.code.coding?.first?.code == "70274-6")
        #expect(observation.valueInteger == 7)
    }

    @Test("the same data exports to the same bytes, and an unknown instrument is refused")
    func deterministic() throws {
        #expect(try Self.exported().text == Self.exported().text)
        let rses = try bundled("rses")
        let assessment = try Self.completed(rses, Answers(inOrder: Array(repeating: 2, count: 10)), id: "a")
        let error = #expect(throws: FHIRExport.Failure.self) {
            try FHIRExport().bundle(instruments: [try bundled("phq9")], assessments: [assessment])
        }
        #expect(error?.message.contains("\"rses\"") == true)
    }

    @Test("the bundle decodes back into the same values")
    func roundTrip() throws {
        let phq9 = try bundled("phq9")
        let assessment = try Self.completed(phq9, Answers(inOrder: [0, 0, 0, 0, 0, 0, 0, 0, 0]), id: UUID().uuidString)
        let bundle = try FHIRExport().bundle(instruments: [phq9], assessments: [assessment])
        #expect(try JSONDecoder().decode(FHIR.Bundle.self, from: bundle.jsonData()) == bundle)
    }

    @Test("name-based UUIDs follow RFC 9562 version 5 (SHA-1)")
    func nameBasedUUID() {
        #expect(
            SHA1.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
                == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(
            SHA1.digest([]).map { String(format: "%02x", $0) }.joined() == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(
            NameBasedUUID.make(namespace: dns, name: "python.org").uuidString.lowercased()
                == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }
}
