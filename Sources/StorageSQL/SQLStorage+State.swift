import Domain
import Foundation
import SQLKit
import Storage

extension Date {
    var unixSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
    init(unixSeconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(unixSeconds)) }
}

// MARK: - Accounts, server state and tokens

extension SQLStorage {
    public func user(id: Int64) async throws -> User? {
        try await selectUsers().where("id", .equal, SQLBind(id)).first().map(Self.decodeUser)
    }

    public func updateSettings(userID: Int64, displayName: String?, country: String?, remindersOn: Bool) async throws {
        if let country, country.count != 2 { throw StorageError.invalid(field: "country", reason: "must be a two-letter code") }
        try await database.update("users")
            .set("display_name", to: SQLBind(displayName))
            .set("country", to: SQLBind(country?.uppercased()))
            .set("reminders_on", to: SQLBind(remindersOn))
            .where("id", .equal, SQLBind(userID))
            .run()
    }

    @discardableResult
    public func putValue(key: String, value: String, expiresAt: Date?, onlyIfAbsent: Bool) async throws -> Bool {
        let expires = expiresAt?.unixSeconds
        if onlyIfAbsent {
            // A stale (expired) row must not block a new one.
            try await database.delete(from: "kv_store").where("key", .equal, SQLBind(key))
                .where("expires_at", .lessThanOrEqual, SQLBind(Date().unixSeconds)).run()
            let inserted = try await database.raw("""
                INSERT INTO kv_store (key, value, expires_at) VALUES (\(bind: key), \(bind: value), \(bind: expires))
                ON CONFLICT (key) DO NOTHING RETURNING key
                """).all()
            return !inserted.isEmpty
        }
        try await database.raw("""
            INSERT INTO kv_store (key, value, expires_at) VALUES (\(bind: key), \(bind: value), \(bind: expires))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
            """).run()
        return true
    }

    public func value(key: String, now: Date) async throws -> (value: String, expiresAt: Date?)? {
        guard let row = try await database.select().columns("value", "expires_at").from("kv_store")
            .where("key", .equal, SQLBind(key)).first()
        else { return nil }
        let expires = try row.decode(column: "expires_at", as: Int64?.self)
        if let expires, expires <= now.unixSeconds { return nil }
        return (try row.decode(column: "value", as: String.self), expires.map(Date.init(unixSeconds:)))
    }

    public func removeValue(key: String) async throws {
        try await database.delete(from: "kv_store").where("key", .equal, SQLBind(key)).run()
    }

    @discardableResult
    public func purgeExpiredValues(now: Date) async throws -> Int {
        let rows = try await database.raw("""
            DELETE FROM kv_store WHERE expires_at IS NOT NULL AND expires_at <= \(bind: now.unixSeconds) RETURNING key
            """).all()
        return rows.count
    }

    public func hit(counter: String, window: TimeInterval, now: Date) async throws -> Int {
        let windowStart = now.unixSeconds - now.unixSeconds % max(1, Int64(window))
        // One statement, so concurrent requests (or instances) cannot lose a hit.
        let hits = try await database.raw("""
            INSERT INTO rate_counters (counter, window_start, hits) VALUES (\(bind: counter), \(bind: windowStart), 1)
            ON CONFLICT (counter) DO UPDATE SET
              hits = CASE WHEN rate_counters.window_start = excluded.window_start THEN rate_counters.hits + 1 ELSE 1 END,
              window_start = excluded.window_start
            RETURNING hits
            """).first(decodingColumn: "hits", as: Int.self)
        return hits ?? 1
    }

    public func resetCounter(_ counter: String) async throws {
        try await database.delete(from: "rate_counters").where("counter", .equal, SQLBind(counter)).run()
    }

    public func createAPIToken(userID: Int64, name: String, tokenHash: String) async throws -> APIToken {
        let now = Date().unixSeconds
        let id = try await database.insert(into: "api_tokens")
            .columns("user_id", "name", "token_hash", "created_at")
            .values(SQLBind(userID), SQLBind(name), SQLBind(tokenHash), SQLBind(now))
            .returning("id").first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw StorageError.notFound }
        return APIToken(id: id, name: name, createdAt: Date(unixSeconds: now), lastUsedAt: nil)
    }

    public func apiTokens(userID: Int64) async throws -> [APIToken] {
        try await database.select().columns("id", "name", "created_at", "last_used_at").from("api_tokens")
            .where("user_id", .equal, SQLBind(userID)).orderBy("id").all()
            .map { row in
                APIToken(id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
                         createdAt: Date(unixSeconds: try row.decode(column: "created_at", as: Int64.self)),
                         lastUsedAt: try row.decode(column: "last_used_at", as: Int64?.self).map(Date.init(unixSeconds:)))
            }
    }

    public func user(apiTokenHash: String, now: Date) async throws -> User? {
        guard let userID = try await database.update("api_tokens").set("last_used_at", to: SQLBind(now.unixSeconds))
            .where("token_hash", .equal, SQLBind(apiTokenHash)).returning("user_id")
            .first(decodingColumn: "user_id", as: Int64.self)
        else { return nil }
        return try await user(id: userID)
    }

    public func deleteAPIToken(userID: Int64, id: Int64) async throws {
        try await database.delete(from: "api_tokens").where("user_id", .equal, SQLBind(userID))
            .where("id", .equal, SQLBind(id)).run()
    }

    public func createPasswordReset(userID: Int64, tokenHash: String, expiresAt: Date) async throws {
        try await database.insert(into: "password_resets").columns("token_hash", "user_id", "expires_at")
            .values(SQLBind(tokenHash), SQLBind(userID), SQLBind(expiresAt.unixSeconds)).run()
    }

    public func passwordReset(tokenHash: String, now: Date, consume: Bool) async throws -> Int64? {
        if consume {
            return try await database.update("password_resets").set("used_at", to: SQLBind(now.unixSeconds))
                .where("token_hash", .equal, SQLBind(tokenHash)).where("used_at", .is, SQLLiteral.null)
                .where("expires_at", .greaterThan, SQLBind(now.unixSeconds))
                .returning("user_id").first(decodingColumn: "user_id", as: Int64.self)
        }
        return try await database.select().column("user_id").from("password_resets")
            .where("token_hash", .equal, SQLBind(tokenHash)).where("used_at", .is, SQLLiteral.null)
            .where("expires_at", .greaterThan, SQLBind(now.unixSeconds))
            .first(decodingColumn: "user_id", as: Int64.self)
    }
}
