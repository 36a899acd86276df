import Foundation

/// The predefined queries shipped in `Resources/Queries/*.sql`, mirrored into the
/// `predefined_queries` table so the sqlite3 shell sees them.
public enum PredefinedQueryCatalog {
    /// A catalog problem: unreadable folder, bad file, or two files with one name.
    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The shipped queries, sorted by name. Parsed once per process.
    public static func queries() throws -> [PredefinedQuery] {
        try shipped.get()
    }

    /// The shipped query with this name, or nil.
    public static func query(named name: String) throws -> PredefinedQuery? {
        try queries().first { $0.name == name }
    }

    private static let shipped: Result<[PredefinedQuery], Error> = Result {
        guard let folder = Bundle.module.url(forResource: "Queries", withExtension: nil) else {
            throw LoadError(description: "the Store bundle has no Queries folder (\(Bundle.module.bundlePath))")
        }
        return try load(folder: folder)
    }

    /// Parses every `*.sql` file in `folder`; a file's name must be its query's name.
    public static func load(folder: URL) throws -> [PredefinedQuery] {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "sql" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw LoadError(description: "\(folder.path): cannot list the query folder: \(error.localizedDescription)")
        }
        var queries: [PredefinedQuery] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw LoadError(description: "\(file.path): cannot read as UTF-8: \(error.localizedDescription)")
            }
            let query = try PredefinedQuery(parsing: text, file: file.lastPathComponent)
            let stem = file.deletingPathExtension().lastPathComponent
            guard query.name == stem else {
                throw PredefinedQueryFormatError(file: file.lastPathComponent, line: nil,
                                                 reason: "declares name `\(query.name)`; the file must be named \(query.name).sql")
            }
            queries.append(query)
        }
        return queries.sorted { $0.name < $1.name }
    }

    /// The `parameters` column: a JSON array of `{name, type, description, required[, default]}`.
    public static func parametersJSON(_ parameters: [PredefinedQuery.Parameter]) -> String {
        let quoted = JSONText.quoted
        let items = parameters.map { parameter -> String in
            var fields = [
                "\"name\":\(quoted(parameter.name))",
                "\"type\":\(quoted(parameter.type.rawValue))",
                "\"description\":\(quoted(parameter.description))",
                "\"required\":\(parameter.isRequired)",
            ]
            if let value = parameter.defaultValue { fields.append("\"default\":\(quoted(value))") }
            return "{" + fields.joined(separator: ",") + "}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    /// Replaces the rows of `predefined_queries` with the shipped catalog. Called by
    /// `KnowledgeStore` inside the migration transaction when the database is opened for writing.
    public static func install(in database: Database) throws {
        try install(queries(), in: database)
    }

    /// Replaces the rows of `predefined_queries` with `queries`, unless they already hold
    /// exactly those: then nothing is written (every open for writing calls this, and most find
    /// the catalog they installed last time).
    public static func install(_ queries: [PredefinedQuery], in database: Database) throws {
        let rows = queries.map { query in
            [query.name, query.description, parametersJSON(query.parameters), query.sql]
        }
        var stored: [[String]] = []
        try database.cachedStatement("SELECT name, description, parameters, sql FROM predefined_queries ORDER BY name")
            .forEachRow { row in stored.append((0..<4).map { row.string(at: $0) }) }
        if stored == rows.sorted(by: { $0[0] < $1[0] }) { return }
        try database.execute(sql: "DELETE FROM predefined_queries")
        let insert = try database.prepare(
            "INSERT INTO predefined_queries(name, description, parameters, sql) VALUES (?, ?, ?, ?)")
        for row in rows {
            try insert.execute(.positional(row.map { .text($0) }))
        }
    }
}
