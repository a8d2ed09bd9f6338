import Domain
import Foundation
import Storage

/// "Download my data": everything a person has stored, as JSON.
struct DataExport: Encodable, Sendable {
    struct Account: Encodable, Sendable {
        var email: String
        var displayName: String?
        var role: String
        var country: String?
        var remindersOn: Bool
        var createdAt: Date
    }

    var exportedAt: Date
    var account: Account
    var apiTokens: [APIToken]
    var interactionLogs: [InteractionLog]
    var ladder: [LadderRung]
    var thoughtRecords: [ThoughtRecord]
    var worksheets: [WorksheetDraft]
    var rehearsals: [RehearsalRecord]
    var lessons: [LessonProgress]
    var questionnaires: [StoredAssessment]
    var questionnaireSchedules: [MeasureSchedule]
    var safetyEvents: [SafetyEvent]

    static func build(for user: User, services: AppServices) async throws -> DataExport {
        let storage = services.storage
        return DataExport(
            exportedAt: Date(),
            account: Account(email: user.email, displayName: user.displayName, role: user.role.rawValue, country: user.country,
                             remindersOn: user.remindersOn, createdAt: user.createdAt),
            apiTokens: try await storage.apiTokens(userID: user.id), interactionLogs: try await storage.logs(userID: user.id),
            ladder: try await storage.rungs(userID: user.id), thoughtRecords: try await storage.thoughtRecords(userID: user.id),
            worksheets: try await storage.worksheets(userID: user.id), rehearsals: try await storage.rehearsals(userID: user.id),
            lessons: try await storage.lessonProgress(userID: user.id),
            questionnaires: try await storage.assessments(userID: user.id, instrumentID: nil),
            questionnaireSchedules: try await storage.schedules(userID: user.id),
            safetyEvents: try await storage.safetyEvents(userID: user.id))
    }
}
