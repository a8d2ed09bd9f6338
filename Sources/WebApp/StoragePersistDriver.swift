import Foundation
import Hummingbird
import Storage

/// Hummingbird's key-value persistence (used by the session middleware) on SpeakUp's own database,
/// so sessions survive restarts and several instances can share them.
struct StoragePersistDriver: PersistDriver {
    let storage: any Storage

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let stored = try await storage.putValue(key: key, value: try encode(value), expiresAt: expiry(expires), onlyIfAbsent: true)
        if !stored { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        // Hummingbird's contract: `set` without an expiry keeps the existing one.
        var expiresAt = expiry(expires)
        if expires == nil, let existing = try await storage.value(key: key, now: Date()) { expiresAt = existing.expiresAt }
        try await storage.putValue(key: key, value: try encode(value), expiresAt: expiresAt, onlyIfAbsent: false)
    }

    func get<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: Object.self)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let now = Date()
        guard let stored = try await storage.value(key: key, now: now) else { return nil }
        guard let object = try? JSONDecoder().decode(Object.self, from: Data(stored.value.utf8)) else {
            throw PersistError.invalidConversion
        }
        let ttl = stored.expiresAt.map { Duration.seconds(max(0, Int64($0.timeIntervalSince(now)))) }
        return (object, ttl)
    }

    func remove(key: String) async throws {
        try await storage.removeValue(key: key)
    }

    private func encode<Object: Encodable>(_ value: Object) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private func expiry(_ duration: Duration?) -> Date? {
        duration.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
    }
}
