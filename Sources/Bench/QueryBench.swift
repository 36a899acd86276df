import Foundation
import Store

/// Latency of every predefined query (with sample parameters drawn from the database) and of
/// full-text search for 2- and 3-character terms, on a read-only connection.
struct QueryBench {
    struct Timing {
        var label: String
        var stats: LatencyStats
        var meanRows: Double
    }

    let database: Database
    /// Runs per measured variant (after one warm-up), cycling through the sample values.
    var repetitions = 25
    /// Stop a variant early after this long.
    var budgetSeconds = 5.0

    init(databasePath: String) throws {
        database = try Database(path: databasePath, mode: .readOnly)
    }

    /// Short terms of the genre for the search rows: 3 characters use the trigram index.
    static let threeCharacterTerms = ["制造业", "新能源", "产业链", "发布会", "董事长", "副市长", "工信部", "数字化"]
    static let twoCharacterTerms = ["论坛", "签约", "规划", "芯片", "园区", "智造", "项目", "院士"]

    func run() throws -> [Timing] {
        var timings: [Timing] = []
        for query in try PredefinedQueryCatalog.queries() {
            if query.name == "search" {
                // Other parameters (a row limit…) keep their defaults, as in `query db search --param q=…`.
                func arguments(_ term: String) -> [String: DatabaseValue] {
                    var arguments = defaultsOnly(query)
                    arguments["q"] = .text(term)
                    return arguments
                }
                timings.append(try measure("search q=2 chars", sql: query.sql, samples: Self.twoCharacterTerms.map(arguments)))
                timings.append(try measure("search q=3 chars", sql: query.sql, samples: Self.threeCharacterTerms.map(arguments)))
                continue
            }
            let (samples, bound) = try sampleArguments(for: query)
            let label = query.name + (bound.isEmpty ? "" : " (" + bound.joined(separator: ", ") + ")")
            timings.append(try measure(label, sql: query.sql, samples: samples))
            if !bound.isEmpty, !query.parameters.contains(where: \.isRequired) {
                timings.append(try measure(query.name + " (no parameters)", sql: query.sql,
                                           samples: [defaultsOnly(query)]))
            }
        }
        // The raw index paths under `search`: what the trigram index and the base-table scan cost alone.
        timings.append(try measure("fts5 MATCH, 3 chars", sql: "SELECT rowid FROM article_search WHERE article_search MATCH :q",
                                   samples: Self.threeCharacterTerms.map { ["q": .text("\"\($0)\"")] }))
        timings.append(try measure("instr scan, 2 chars", sql: "SELECT id FROM articles WHERE instr(text, :q) > 0",
                                   samples: Self.twoCharacterTerms.map { ["q": .text($0)] }))
        return timings
    }

    /// One measured variant: prepare, bind and step through every row, as the query tool does.
    func measure(_ label: String, sql: String, samples: [[String: DatabaseValue]]) throws -> Timing {
        let clock = ContinuousClock()
        var latencies: [Double] = []
        var rows = 0
        let started = clock.now
        for iteration in 0...repetitions {
            let arguments = samples[iteration % samples.count]
            let begin = clock.now
            let statement = try database.prepare(sql)
            var count = 0
            try statement.forEachRow(StatementArguments(arguments.mapValues { $0 as (any DatabaseValueConvertible)? })) { _ in
                count += 1
            }
            let elapsed = (clock.now - begin) / .milliseconds(1)
            if iteration > 0 { // the first run warms the page cache
                latencies.append(elapsed)
                rows += count
            }
            // Over budget: stop after 5 runs, or at once when single runs take over a second
            // (a query that slow fails its target whatever its exact percentiles).
            if (clock.now - started) / .seconds(1) > budgetSeconds,
               latencies.count >= 5 || (latencies.last ?? 0) > 1000 { break }
        }
        if latencies.isEmpty { latencies = [0] }
        return Timing(label: label, stats: LatencyStats(milliseconds: latencies),
                      meanRows: Double(rows) / Double(max(1, latencies.count)))
    }

    /// Argument sets for a query, and the parameters they give values to: sample values drawn
    /// evenly from the database for the required parameters we recognise by name (or, when all
    /// are optional, for the first recognised one, since combining filters mostly matches
    /// nothing); defaults or NULL for the rest, as the query tool binds them.
    func sampleArguments(for query: PredefinedQuery) throws -> ([[String: DatabaseValue]], [String]) {
        var recognised: [(String, [DatabaseValue])] = []
        for parameter in query.parameters {
            if let values = try sampleValues(for: parameter, of: query), !values.isEmpty { recognised.append((parameter.name, values)) }
        }
        let required = Set(query.parameters.filter(\.isRequired).map(\.name))
        var chosen = recognised.filter { required.contains($0.0) }
        if chosen.isEmpty, let first = recognised.first { chosen = [first] }
        let variants = max(1, min(chosen.map(\.1.count).max() ?? 1, 20))
        let sets = (0..<variants).map { index in
            var arguments = defaultsOnly(query)
            for (name, values) in chosen { arguments[name] = values[index % values.count] }
            return arguments
        }
        return (sets, chosen.map(\.0))
    }

    private func defaultsOnly(_ query: PredefinedQuery) -> [String: DatabaseValue] {
        var arguments: [String: DatabaseValue] = [:]
        for parameter in query.parameters { arguments[parameter.name] = defaultValue(parameter) }
        return arguments
    }

    private func defaultValue(_ parameter: PredefinedQuery.Parameter) -> DatabaseValue {
        guard let text = parameter.defaultValue, let value = parameter.type.value(of: text) else { return .null }
        switch value {
        case .text(let s): return .text(s)
        case .integer(let i): return .integer(i)
        case .real(let d): return .real(d)
        case .null: return .null
        }
    }

    /// Values a user would plausibly pass, by the parameter's name and type (a bare `name` is
    /// the name of what the query lists: organizations for `organizations`, else people).
    private func sampleValues(for parameter: PredefinedQuery.Parameter, of query: PredefinedQuery) throws -> [DatabaseValue]? {
        let name = parameter.name.lowercased()
        let sql: String?
        switch parameter.type {
        case .integer where name.contains("year"):
            return [.integer(2025), .integer(2035), .integer(2023)]
        case .date:
            return [.text("2021"), .text("2022-03"), .text("2019")]
        case .integer, .real:
            return nil
        case .text:
            if name == "name", query.name.hasPrefix("org") {
                sql = "SELECT DISTINCT o.name FROM posts po JOIN organizations o ON o.id = po.organization_id ORDER BY po.id"
            } else if name.contains("person") || name == "name" {
                sql = "SELECT DISTINCT p.name FROM posts po JOIN people p ON p.id = po.person_id ORDER BY po.id"
            } else if name.contains("org") {
                sql = "SELECT DISTINCT o.name FROM posts po JOIN organizations o ON o.id = po.organization_id ORDER BY po.id"
            } else if name.contains("event") {
                sql = "SELECT name FROM events ORDER BY id"
            } else if name.contains("place") || name.contains("city") || name.contains("province") {
                sql = "SELECT name FROM places ORDER BY id"
            } else if name.contains("subject") {
                sql = "SELECT DISTINCT subject FROM targets WHERE subject IS NOT NULL ORDER BY id"
            } else if name.contains("source") {
                sql = "SELECT source FROM articles ORDER BY id"
            } else if name.contains("project") {
                sql = "SELECT name FROM projects ORDER BY id"
            } else if name == "q" || name.contains("term") || name.contains("word") {
                return Self.threeCharacterTerms.map { .text($0) }
            } else {
                sql = nil
            }
        }
        guard let sql else { return nil }
        let all = try database.fetchAll(sql: sql).compactMap { $0[0].stringValue }
        guard !all.isEmpty else { return nil }
        // Evenly spread over the table, so frequent and rare values both appear.
        let step = max(1, all.count / 20)
        return Swift.stride(from: 0, to: all.count, by: step).prefix(20).map { .text(all[$0]) }
    }
}
