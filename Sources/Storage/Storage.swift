import Domain
import Foundation

/// What a person may do in SpeakUp. Learners practise; therapists, facilitators and admins come with
/// later features, and the schema already allows them.
public enum Role: String, CaseIterable, Codable, Sendable {
    case learner, therapist, facilitator, admin
}

/// An account, without its secrets.
public struct User: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// Lower-cased, trimmed.
    public var email: String
    public var displayName: String?
    public var role: Role
    /// ISO 3166-1 alpha-2 code for crisis lines, when the person has set one.
    public var country: String?
    public var remindersOn: Bool
    public var createdAt: Date

    public init(id: Int64, email: String, displayName: String?, role: Role, country: String?, remindersOn: Bool, createdAt: Date) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.country = country
        self.remindersOn = remindersOn
        self.createdAt = createdAt
    }
}

/// Why a storage operation could not be done, in words a caller can show.
public enum StorageError: Error, Equatable, CustomStringConvertible {
    case emailTaken
    case notFound
    case invalid(field: String, reason: String)

    public var description: String {
        switch self {
        case .emailTaken: "an account with that email already exists"
        case .notFound: "no such account"
        case .invalid(let field, let reason): "\(field): \(reason)"
        }
    }
}

/// A personal API token as listed on the settings page (the secret itself is never stored).
public struct APIToken: Sendable, Equatable, Identifiable, Codable {
    public var id: Int64
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?

    public init(id: Int64, name: String, createdAt: Date, lastUsedAt: Date?) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
    }
}

/// Everything SpeakUp keeps, as intent-named operations. The web app and the CLI see only this; the
/// composition root picks the implementation (SQLite by default).
///
/// Every operation on a person's records takes their `userID` and only ever sees that person's rows,
/// so another person's id reads as "not found" (`nil`), never as someone else's data.
public protocol Storage: Sendable {
    // MARK: Accounts

    /// Creates an account. Throws `StorageError.emailTaken` when the email (any case) is in use.
    func createUser(email: String, passwordHash: String, role: Role, displayName: String?) async throws -> User
    /// The account for an email, any case.
    func user(email: String) async throws -> User?
    /// The account with an id.
    func user(id: Int64) async throws -> User?
    /// All accounts, oldest first.
    func users() async throws -> [User]
    /// The stored bcrypt hash, for checking a password.
    func passwordHash(userID: Int64) async throws -> String?
    /// Replaces the password hash. Throws `StorageError.notFound` for an unknown account.
    func setPasswordHash(userID: Int64, hash: String) async throws
    /// Saves the settings page: display name, crisis-line country, reminders.
    func updateSettings(userID: Int64, displayName: String?, country: String?, remindersOn: Bool) async throws
    /// Deletes an account and everything that belongs to it.
    func deleteUser(id: Int64) async throws

    // MARK: Server state (sessions and rate limits live here so instances can share one database)

    /// Stores a value under a key. With `onlyIfAbsent`, returns false (and changes nothing) when a live
    /// value is already there.
    @discardableResult
    func putValue(key: String, value: String, expiresAt: Date?, onlyIfAbsent: Bool) async throws -> Bool
    /// The live (unexpired) value for a key.
    func value(key: String, now: Date) async throws -> (value: String, expiresAt: Date?)?
    func removeValue(key: String) async throws
    /// Deletes expired values; returns how many.
    @discardableResult
    func purgeExpiredValues(now: Date) async throws -> Int
    /// Counts one hit against a fixed-window counter and returns the count in the current window.
    func hit(counter: String, window: TimeInterval, now: Date) async throws -> Int
    func resetCounter(_ counter: String) async throws

    // MARK: Tokens

    func createAPIToken(userID: Int64, name: String, tokenHash: String) async throws -> APIToken
    func apiTokens(userID: Int64) async throws -> [APIToken]
    /// The account a token belongs to, recording its use.
    func user(apiTokenHash: String, now: Date) async throws -> User?
    func deleteAPIToken(userID: Int64, id: Int64) async throws
    func createPasswordReset(userID: Int64, tokenHash: String, expiresAt: Date) async throws
    /// The account a live, unused reset token belongs to; with `consume`, the token is used up.
    func passwordReset(tokenHash: String, now: Date, consume: Bool) async throws -> Int64?

    // MARK: Practice records

    func createLog(userID: Int64, _ log: InteractionLog) async throws -> InteractionLog
    func logs(userID: Int64) async throws -> [InteractionLog]
    func log(userID: Int64, id: Int64) async throws -> InteractionLog?

    func createRung(userID: Int64, _ rung: LadderRung) async throws -> LadderRung
    /// The ladder, easiest rung (lowest SUDS) first, each with its attempts in order.
    func rungs(userID: Int64) async throws -> [LadderRung]
    func rung(userID: Int64, id: Int64) async throws -> LadderRung?
    func addAttempt(userID: Int64, rungID: Int64, _ attempt: LadderAttempt) async throws -> LadderAttempt?
    func setClimbed(userID: Int64, rungID: Int64, at: Date?) async throws -> Bool
    func deleteRung(userID: Int64, id: Int64) async throws -> Bool

    func createThoughtRecord(userID: Int64, _ record: ThoughtRecord) async throws -> ThoughtRecord
    func updateThoughtRecord(userID: Int64, _ record: ThoughtRecord) async throws -> Bool
    func thoughtRecords(userID: Int64) async throws -> [ThoughtRecord]
    func thoughtRecord(userID: Int64, id: Int64) async throws -> ThoughtRecord?

    func createWorksheet(userID: Int64, _ draft: WorksheetDraft) async throws -> WorksheetDraft
    func updateWorksheet(userID: Int64, _ draft: WorksheetDraft) async throws -> Bool
    func worksheets(userID: Int64) async throws -> [WorksheetDraft]
    func worksheet(userID: Int64, id: Int64) async throws -> WorksheetDraft?
    func deleteWorksheet(userID: Int64, id: Int64) async throws -> Bool

    func createRehearsal(userID: Int64, scenarioID: String, rungID: Int64?, at: Date) async throws -> RehearsalRecord
    func rehearsal(userID: Int64, id: Int64) async throws -> RehearsalRecord?
    /// Rehearsals newest first, with their events.
    func rehearsals(userID: Int64) async throws -> [RehearsalRecord]
    func appendRehearsalEvent(userID: Int64, rehearsalID: Int64, _ event: RehearsalEvent) async throws -> Bool
    func finishRehearsal(userID: Int64, id: Int64, at: Date) async throws -> Bool

    func saveLessonProgress(userID: Int64, _ progress: LessonProgress) async throws
    func lessonProgress(userID: Int64) async throws -> [LessonProgress]

    // MARK: Questionnaires
    func saveAssessment(userID: Int64, _ assessment: StoredAssessment) async throws -> StoredAssessment
    /// Oldest first, optionally for one instrument.
    func assessments(userID: Int64, instrumentID: String?) async throws -> [StoredAssessment]
    func assessment(userID: Int64, id: Int64) async throws -> StoredAssessment?
    /// Sets or replaces a schedule; `everyDays == 0` removes it.
    func setSchedule(userID: Int64, _ schedule: MeasureSchedule) async throws
    func schedules(userID: Int64) async throws -> [MeasureSchedule]
    /// A safety rule that fired where no record keeps the flag (an unfinished questionnaire).
    func recordSafetyEvent(userID: Int64, _ event: SafetyEvent) async throws
    func safetyEvents(userID: Int64) async throws -> [SafetyEvent]
    /// Clinic-wide: instruments loaded from licensed files. Importing an id again replaces it.
    func saveImportedInstrument(_ instrument: ImportedInstrument) async throws
    func importedInstruments() async throws -> [ImportedInstrument]
}

extension String {
    /// An email address as stored and compared: trimmed and lower-cased.
    public var normalisedEmail: String { trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    /// A light check that catches typos, not a full RFC 5322 parser.
    public var looksLikeEmail: Bool {
        let parts = normalisedEmail.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !normalisedEmail.contains(" ")
        else { return false }
        return true
    }
}
