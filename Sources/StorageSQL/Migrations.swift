import Foundation
import SQLKit

/// One named schema change. Migrations are append-only: never edit or reorder one that has shipped;
/// add a new one. They use SQLKit's builders, never the app's types, so they read the same forever.
struct Migration: Sendable {
    var name: String
    var run: @Sendable (any SQLDatabase) async throws -> Void
}

extension SQLStorage {
    static let migrations: [Migration] = [
        Migration(name: "001_users") { db in
            try await db.create(table: "users")
                .column("id", type: .bigint, .primaryKey(autoIncrement: true))
                .column("email", type: .text, .notNull, .unique)
                .column("password_hash", type: .text, .notNull)
                .column("display_name", type: .text)
                .column("role", type: .text, .notNull,
                        .check(SQLRaw("role IN ('learner', 'therapist', 'facilitator', 'admin')")))
                .column("country", type: .text, .check(SQLRaw("country IS NULL OR length(country) = 2")))
                .column("reminders_on", type: .custom(SQLRaw("BOOLEAN")), .notNull, .default(false))
                .column("created_at", type: .bigint, .notNull)
                .run()
        },
        Migration(name: "002_server_state_and_practice") { db in
            try await createServerState(db)
            try await createPractice(db)
        },
        Migration(name: "003_measures") { db in try await measures(db) },
    ]

    /// Sessions, rate-limit counters and tokens: all server state, so instances can share a database.
    static func createServerState(_ db: any SQLDatabase) async throws {
        try await db.create(table: "kv_store")
            .column("key", type: .text, .primaryKey(autoIncrement: false), .notNull)
            .column("value", type: .text, .notNull)
            .column("expires_at", type: .bigint)
            .run()
        try await db.create(table: "rate_counters")
            .column("counter", type: .text, .primaryKey(autoIncrement: false), .notNull)
            .column("window_start", type: .bigint, .notNull)
            .column("hits", type: .int, .notNull)
            .run()
        try await db.create(table: "api_tokens")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("token_hash", type: .text, .notNull, .unique)
            .column("created_at", type: .bigint, .notNull)
            .column("last_used_at", type: .bigint)
            .run()
        try await db.create(table: "password_resets")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false), .notNull)
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("expires_at", type: .bigint, .notNull)
            .column("used_at", type: .bigint)
            .run()
    }

    /// The learner's own records. Every row carries `user_id` with ON DELETE CASCADE, and every free
    /// text carries the safety screen's finding (`safety_level`, `safety_categories`).
    static func createPractice(_ db: any SQLDatabase) async throws {
        let suds = { (column: String, nullable: Bool) in
            SQLRaw(nullable ? "\(column) IS NULL OR (\(column) BETWEEN 0 AND 100)" : "\(column) BETWEEN 0 AND 100")
        }
        let level = SQLRaw("safety_level IN ('none', 'concern', 'urgent')")
        let style = { (column: String) in
            SQLRaw("\(column) IS NULL OR \(column) IN ('passive', 'assertive', 'aggressive', 'passive_aggressive')")
        }
        try await db.create(table: "interaction_logs")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("occurred_at", type: .bigint, .notNull)
            .column("counterpart", type: .text, .notNull)
            .column("context", type: .text, .notNull)
            .column("said", type: .text, .notNull)
            .column("self_rated_style", type: .text, .check(style("self_rated_style")))
            .column("suds_before", type: .int, .check(suds("suds_before", true)))
            .column("suds_after", type: .int, .check(suds("suds_after", true)))
            .column("outcome", type: .text, .check(SQLRaw("outcome IS NULL OR outcome IN ('good', 'mixed', 'bad')")))
            .column("feeling", type: .text, .notNull)
            .column("coach_style", type: .text, .check(style("coach_style")))
            .column("safety_level", type: .text, .notNull, .check(level))
            .column("safety_categories", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "ladder_rungs")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("title", type: .text, .notNull)
            .column("suds", type: .int, .notNull, .check(suds("suds", false)))
            .column("scenario_id", type: .text)
            .column("climbed_at", type: .bigint)
            .column("safety_level", type: .text, .notNull, .check(level))
            .column("safety_categories", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "ladder_attempts")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("rung_id", type: .bigint, .notNull, .references("ladder_rungs", "id", onDelete: .cascade))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("kind", type: .text, .notNull, .check(SQLRaw("kind IN ('rehearsal', 'real')")))
            .column("suds_before", type: .int, .notNull, .check(suds("suds_before", false)))
            .column("suds_after", type: .int, .check(suds("suds_after", true)))
            .column("note", type: .text, .notNull)
            .column("safety_level", type: .text, .notNull, .check(level))
            .column("safety_categories", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        // Thought records and worksheets keep their fields as JSON text: their shape follows the
        // content files, and nothing queries inside them.
        for table in ["thought_records", "worksheets"] {
            try await db.create(table: table)
                .column("id", type: .bigint, .primaryKey(autoIncrement: true))
                .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
                .column("body", type: .text, .notNull)
                .column("safety_level", type: .text, .notNull, .check(level))
                .column("safety_categories", type: .text, .notNull)
                .column("created_at", type: .bigint, .notNull)
                .column("updated_at", type: .bigint, .notNull)
                .run()
        }
        try await db.create(table: "rehearsals")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("scenario_id", type: .text, .notNull)
            .column("rung_id", type: .bigint, .references("ladder_rungs", "id", onDelete: .setNull))
            .column("started_at", type: .bigint, .notNull)
            .column("finished_at", type: .bigint)
            .run()
        try await db.create(table: "rehearsal_events")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("rehearsal_id", type: .bigint, .notNull, .references("rehearsals", "id", onDelete: .cascade))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("kind", type: .text, .notNull, .check(SQLRaw("kind IN ('reply', 'retry')")))
            .column("turn_id", type: .text, .notNull)
            .column("text", type: .text, .notNull)
            .column("style", type: .text, .check(style("style")))
            .column("safety_level", type: .text, .notNull, .check(level))
            .column("safety_categories", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "lesson_progress")
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("lesson_id", type: .text, .notNull)
            .column("correct", type: .int, .notNull)
            .column("total", type: .int, .notNull)
            .column("completed_at", type: .bigint, .notNull)
            .primaryKey("user_id", "lesson_id")
            .run()
        for (table, column) in [("interaction_logs", "user_id"), ("ladder_rungs", "user_id"), ("ladder_attempts", "rung_id"),
                                ("thought_records", "user_id"), ("worksheets", "user_id"), ("rehearsals", "user_id"),
                                ("rehearsal_events", "rehearsal_id"), ("api_tokens", "user_id")] {
            try await db.create(index: "\(table)_by_\(column)").on(table).column(column).run()
        }
    }

    /// Questionnaire results, schedules, safety events and clinic-imported instruments (issue #6).
    static func measures(_ db: any SQLDatabase) async throws {
        try await db.create(table: "assessments")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("uuid", type: .text, .notNull, .unique)
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("instrument_id", type: .text, .notNull)
            // The answers and the result as scored then, as JSON; the total and the safety flag
            // also as columns, for CSV and for a therapist's overview later.
            .column("answers", type: .text, .notNull)
            .column("result", type: .text, .notNull)
            .column("total", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("safety_triggered", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("authored_at", type: .bigint, .notNull)
            .run()
        try await db.create(index: "assessments_by_user").on("assessments").column("user_id").column("instrument_id").run()
        try await db.create(table: "measure_schedules")
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("instrument_id", type: .text, .notNull)
            .column("every_days", type: .int, .notNull, .check(SQLRaw("every_days BETWEEN 1 AND 365")))
            .column("since", type: .bigint, .notNull)
            .primaryKey("user_id", "instrument_id")
            .run()
        // A safety rule that fired where nothing else keeps it (an unfinished questionnaire), so the
        // person and later a therapist can see that help was shown.
        try await db.create(table: "safety_events")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("source", type: .text, .notNull)
            .column("detail", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await db.create(index: "safety_events_by_user").on("safety_events").column("user_id").run()
        try await db.create(table: "imported_instruments")
            .column("id", type: .text, .primaryKey(autoIncrement: false), .notNull)
            .column("title", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("imported_at", type: .bigint, .notNull)
            .run()
    }

    /// Applies every migration not yet recorded, in order, each in its own transaction.
    func migrate() async throws {
        try await database.create(table: "schema_migrations")
            .ifNotExists()
            .column("name", type: .text, .primaryKey(autoIncrement: false), .notNull)
            .column("applied_at", type: .bigint, .notNull)
            .run()
        let applied = Set(try await database.select().column("name").from("schema_migrations").all()
            .map { try $0.decode(column: "name", as: String.self) })
        for migration in Self.migrations where !applied.contains(migration.name) {
            try await database.raw("BEGIN").run()
            do {
                try await migration.run(database)
                try await database.insert(into: "schema_migrations").columns("name", "applied_at")
                    .values(SQLBind(migration.name), SQLBind(Int64(Date().timeIntervalSince1970))).run()
                try await database.raw("COMMIT").run()
            } catch {
                try? await database.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// The migrations recorded as applied, in order.
    public func appliedMigrations() async throws -> [String] {
        try await database.select().column("name").from("schema_migrations").orderBy("name").all()
            .map { try $0.decode(column: "name", as: String.self) }
    }
}
