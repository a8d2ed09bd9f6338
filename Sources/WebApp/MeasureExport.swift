import Domain
import Foundation
import Measures
import Storage

/// One person's questionnaire results as FHIR R4 or CSV, for the web and the CLI alike.
public enum MeasureExport {
    public static let defaultFHIRBase = FHIRExport.defaultBaseURL

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A FHIR R4 `collection` Bundle: the Questionnaires used, each QuestionnaireResponse and an
    /// Observation of each total.
    public static func fhir(userID: Int64, storage: any Storage, catalog: InstrumentCatalog, baseURL: String) async throws -> Data {
        let assessments = try await storage.assessments(userID: userID, instrumentID: nil).map(\.completed)
        // A result of an instrument that is no longer loaded (an import removed) cannot be described: say so.
        if let orphan = assessments.first(where: { catalog.instrument($0.instrumentID) == nil }) {
            throw Failure(description: "a result of \"\(orphan.instrumentID)\" cannot be exported: that questionnaire is no longer loaded")
        }
        do {
            return try FHIRExport(baseURL: baseURL).bundle(instruments: catalog.instruments, assessments: assessments, timestamp: Date()).jsonData()
        } catch let failure as FHIRExport.Failure {
            throw Failure(description: failure.message)
        }
    }

    public static func csv(userID: Int64, storage: any Storage) async throws -> String {
        ScoreCSV.render(try await storage.assessments(userID: userID, instrumentID: nil).map(\.completed))
    }
}
