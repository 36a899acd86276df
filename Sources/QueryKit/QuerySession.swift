import Foundation
import Store

/// A read-only connection that runs one statement at a time under the tool's rules:
/// read-only file handle, refusal of anything that writes or leaves the file, a time limit
/// and a row limit.
public final class QuerySession {
    /// What a run produced besides the rows.
    public struct Outcome: Equatable {
        public var rowCount: Int
        /// True when the row limit stopped the output and more rows existed.
        public var truncated: Bool
    }

    public let path: String
    private let database: Database
    private let policy = ReadOnlyPolicy()

    /// Opens `path` read-only; a missing file, a directory or a file that is not SQLite
    /// fails with `.cannotOpenDatabase`.
    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw QueryFailure(.cannotOpenDatabase, "\(path): no such database file")
        }
        guard !isDirectory.boolValue else {
            throw QueryFailure(.cannotOpenDatabase, "\(path): is a directory, not a database file")
        }
        do {
            database = try Database(path: path, mode: .readOnly, walJournal: false)
            // Opening is lazy: the first read tells whether the file is a database at all.
            _ = try database.fetchOne(sql: "SELECT count(*) FROM sqlite_schema")
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                throw QueryFailure(.cannotOpenDatabase, "\(path): is not an SQLite database")
            }
            throw QueryFailure(.cannotOpenDatabase, "\(path): cannot open: \(error.message ?? error.description)")
        }
        database.setAuthorizer { [policy] in policy.decide($0) }
    }

    /// The schema version the file records (PRAGMA user_version).
    func schemaVersion() throws -> Int {
        try Migrator.version(of: database)
    }

    /// Prepares `sql` (one statement), binds `arguments`, and streams its rows to `writer`.
    /// - Parameters:
    ///   - arguments: named values, or nil to derive them from `--param` pairs for ad-hoc SQL.
    ///   - rowLimit: stop after this many rows (0: no limit).
    ///   - timeout: seconds before the statement is interrupted (nil: no limit).
    func run(sql: String, arguments: [String: DatabaseValue]?, adHocPairs: [String] = [],
             rowLimit: Int, timeout: Double?, writer: ResultWriter) throws -> Outcome {
        let statement = try prepare(sql)
        let values = try arguments ?? QueryArguments.bindAdHoc(adHocPairs, parameterNames: statement.parameterNames)
        for (name, value) in values {
            do {
                try statement.bind(value, named: name)
            } catch let error as DatabaseError {
                throw QueryFailure(.queryFailed, "cannot bind :\(name): \(error.message ?? error.description)")
            }
        }

        var timedOut = false
        if let timeout, timeout > 0 {
            let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1_000_000_000)
            // Every 1000 virtual-machine steps: cheap, and a fraction of a millisecond apart.
            database.setProgressHandler(every: 1000) {
                if DispatchTime.now().uptimeNanoseconds > deadline { timedOut = true }
                return timedOut
            }
        }
        defer { database.setProgressHandler(every: 0, nil) }

        writer.begin(columns: statement.columnNames)
        var count = 0
        var truncated = false
        do {
            while try statement.step() {
                if rowLimit > 0 && count == rowLimit {
                    truncated = true
                    break
                }
                writer.row((0..<statement.columnCount).map { statement.value(at: $0) })
                count += 1
            }
            statement.reset()
        } catch let error as DatabaseError {
            writer.finish()
            if timedOut || error.resultCode == .SQLITE_INTERRUPT {
                let limit = timeout.map { ValueText.number($0) ?? String($0) } ?? "?"
                throw QueryFailure(.queryFailed,
                                   "stopped: the query ran longer than --timeout \(limit) s; narrow it or raise --timeout (0: no limit)")
            }
            // Table-valued pragmas (pragma_writable_schema) are authorized when they run.
            if let refusal = policy.refusal { throw Self.refused(refusal, sql: sql) }
            throw QueryFailure(.queryFailed, Self.describe(error, sql: sql))
        }
        writer.finish()
        return Outcome(rowCount: count, truncated: truncated)
    }

    /// Prepares one statement and checks it only reads.
    private func prepare(_ sql: String) throws -> Statement {
        policy.reset()
        let statement: Statement
        do {
            statement = try database.prepare(sql)
        } catch let error as DatabaseError {
            if let refusal = policy.refusal { throw Self.refused(refusal, sql: sql) }
            if error.resultCode == .SQLITE_MISUSE && (error.message ?? "").hasPrefix("more than one statement") {
                throw QueryFailure(.queryFailed, "the SQL holds more than one statement; run one at a time: \(Self.excerpt(sql))")
            }
            if error.resultCode == .SQLITE_MISUSE {
                throw QueryFailure(.queryFailed, "no SQL statement to run (empty, or only comments)")
            }
            throw QueryFailure(.queryFailed, Self.describe(error, sql: sql))
        }
        guard statement.isReadOnly else {
            throw QueryFailure(.queryFailed, "refusing to run a statement that writes: \(Self.excerpt(sql))")
        }
        return statement
    }

    static func refused(_ reason: String, sql: String) -> QueryFailure {
        QueryFailure(.queryFailed, "refusing to run: \(reason): \(excerpt(sql))")
    }

    /// SQLite's message and the SQL it concerns.
    static func describe(_ error: DatabaseError, sql: String) -> String {
        "SQL error: \(error.message ?? error.resultCode.name)\n  in: \(excerpt(sql, limit: 2000))"
    }

    /// The SQL on one line, shortened for a message.
    static func excerpt(_ sql: String, limit: Int = 200) -> String {
        let oneLine = sql.split(whereSeparator: { $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }
}
