import Foundation

/// Applies the schema's migration steps to a database.
///
/// schema.sql is a list of steps, each starting at a line `-- migration: N name`. A database
/// records the last step applied in `PRAGMA user_version`; each newer step runs in its own
/// IMMEDIATE transaction together with the user_version update, so a crash leaves the database
/// at a whole step.
public struct Migrator: Sendable {
    public struct Step: Sendable, Equatable {
        public var version: Int
        public var name: String
        public var sql: String

        public init(version: Int, name: String, sql: String) {
            self.version = version
            self.name = name
            self.sql = sql
        }
    }

    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    public let steps: [Step]

    /// The last version this build knows.
    public var latestVersion: Int { steps.last?.version ?? 0 }

    public init(steps: [Step]) {
        self.steps = steps
    }

    /// Parses a migration script. Steps must be numbered 1, 2, 3… in order; text before the
    /// first marker is the file's header comment and is not run.
    public init(script: String, file: String = "schema.sql") throws {
        var steps: [Step] = []
        var current: (version: Int, name: String, lines: [Substring])? = nil
        let marker = "-- migration:"
        for (offset, line) in script.lines().enumerated() {
            guard line.hasPrefix(marker) else {
                current?.lines.append(line)
                continue
            }
            let header = line.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
            let parts = header.split(separator: " ", maxSplits: 1)
            guard let first = parts.first, let version = Int(first) else {
                throw ParseError(file: file, line: offset + 1, reason: "expected `-- migration: N name`, found `\(line)`")
            }
            if let done = current {
                steps.append(Step(version: done.version, name: done.name, sql: done.lines.joined(separator: "\n")))
            }
            let expected = (steps.last?.version ?? 0) + 1
            guard version == expected else {
                throw ParseError(file: file, line: offset + 1, reason: "migration \(version) out of order: expected \(expected)")
            }
            current = (version, parts.count > 1 ? String(parts[1]) : "", [])
        }
        if let done = current {
            steps.append(Step(version: done.version, name: done.name, sql: done.lines.joined(separator: "\n")))
        }
        guard !steps.isEmpty else {
            throw ParseError(file: file, line: 1, reason: "no `-- migration: N name` line")
        }
        self.steps = steps
    }

    /// The schema shipped with this build (Resources/schema.sql).
    public static func bundled() throws -> Migrator {
        try Migrator(script: try bundledSchema(), file: "schema.sql")
    }

    /// The text of the bundled schema.sql.
    public static func bundledSchema() throws -> String {
        guard let url = Bundle.module.url(forResource: "schema", withExtension: "sql") else {
            throw ParseError(file: "schema.sql", line: 0, reason: "not found in the Store module's resources")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The database's applied version (PRAGMA user_version).
    public static func version(of database: Database) throws -> Int {
        try database.fetchValue(Int.self, sql: "PRAGMA user_version") ?? 0
    }

    /// Notes the step in `schema_migrations` when the schema has that table (ours does from step 1).
    private static func record(_ step: Step, in database: Database) throws {
        let hasLog = try database.fetchValue(Int.self, sql: "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'") ?? 0
        guard hasLog > 0 else { return }
        try database.execute(sql: """
            INSERT OR REPLACE INTO schema_migrations(version, name, applied_at)
            VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            """, arguments: [step.version, step.name])
    }

    /// Applies every step above the database's version, each in its own IMMEDIATE transaction.
    /// Returns the steps applied. `afterEach` runs inside each step's transaction.
    @discardableResult
    public func migrate(_ database: Database, afterEach: ((Database, Step) throws -> Void)? = nil) throws -> [Step] {
        var applied: [Step] = []
        for step in steps {
            try database.inTransaction(.immediate) {
                // Read inside the write lock: another process may have migrated meanwhile.
                guard try Migrator.version(of: database) < step.version else { return }
                try database.execute(sql: step.sql)
                // PRAGMA takes no parameters; the version is an Int, so interpolation is safe.
                try database.execute(sql: "PRAGMA user_version = \(step.version)")
                try Migrator.record(step, in: database)
                try afterEach?(database, step)
                applied.append(step)
            }
        }
        return applied
    }
}
