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

/// Everything SpeakUp keeps, as intent-named operations. The web app and the CLI see only this; the
/// composition root picks the implementation (SQLite by default).
public protocol Storage: Sendable {
    /// Creates an account. Throws `StorageError.emailTaken` when the email (any case) is in use.
    func createUser(email: String, passwordHash: String, role: Role, displayName: String?) async throws -> User
    /// The account for an email, any case.
    func user(email: String) async throws -> User?
    /// All accounts, oldest first.
    func users() async throws -> [User]
    /// The stored bcrypt hash, for checking a password.
    func passwordHash(userID: Int64) async throws -> String?
    /// Replaces the password hash. Throws `StorageError.notFound` for an unknown account.
    func setPasswordHash(userID: Int64, hash: String) async throws
    /// Deletes an account and everything that belongs to it.
    func deleteUser(id: Int64) async throws
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
