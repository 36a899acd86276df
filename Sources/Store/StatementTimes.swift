import Foundation

/// Where a connection's time went, statement by statement: how often each SQL text ran and its
/// summed wall time (`Database.setStatementProfiler`). For finding what dominates a writer
/// (`importer --profile-statements`) without a profiler that can see inside SQLite.
///
/// Wall time, not CPU: a COMMIT or checkpoint that waits for the disk counts its wait. A
/// statement's triggers are in its own time; FTS5's internal statements are reported both
/// alone and inside the statement that made them run, so the times do not add up to a total.
public final class StatementTimes {
    public struct Entry: Equatable, Sendable {
        public var sql: String
        public var runs: Int
        public var nanoseconds: Int64
        public var seconds: Double { Double(nanoseconds) / 1e9 }
    }

    private struct Tally {
        var runs = 0
        var nanoseconds: Int64 = 0
        mutating func add(_ time: Int64) {
            runs += 1
            nanoseconds += time
        }
    }

    private var bySQL: [String: Tally] = [:]

    public init() {}

    /// One lookup of the text per statement run (the importer's writer runs millions).
    func record(sql: String, nanoseconds: Int64) {
        bySQL[sql, default: Tally()].add(nanoseconds)
    }

    /// The statements by summed time, longest first.
    public var entries: [Entry] {
        bySQL.map { Entry(sql: $0.key, runs: $0.value.runs, nanoseconds: $0.value.nanoseconds) }
            .sorted { ($0.nanoseconds, $1.sql) > ($1.nanoseconds, $0.sql) }
    }

    /// `  8.600 s      79  INSERT INTO article_search(rowid, title, text) SELECT …`, one line
    /// per statement, the SQL on one line and cut to `width` characters.
    public func report(top: Int = 20, width: Int = 110) -> String {
        entries.prefix(top).map { entry in
            let oneLine = entry.sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
            let sql = oneLine.count > width ? oneLine.prefix(width - 1) + "…" : Substring(oneLine)
            return String(format: "%8.3f s %8d  ", entry.seconds, entry.runs) + sql
        }.joined(separator: "\n")
    }
}
