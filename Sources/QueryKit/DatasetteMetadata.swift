import Foundation
import Store

/// The predefined queries as datasette canned queries (`datasette db.sqlite -m metadata.json`),
/// so the same catalog serves a web UI.
///
/// datasette binds every parameter as text and an empty form field as '' rather than NULL, so
/// each `:name` is rewritten to read as this tool binds it: '' becomes NULL (or the declared
/// default), and integer and real parameters are cast to numbers.
public enum DatasetteMetadata {
    /// The metadata document: `{"databases": {NAME: {"queries": {…}}}}`, keys sorted.
    public static func document(for queries: [PredefinedQuery], databaseName: String) throws -> Data {
        var canned: [String: Any] = [:]
        for query in queries {
            canned[query.name] = [
                "sql": sql(for: query),
                "title": query.title,
                "description": describe(query),
                "params": query.parameters.map(\.name),
            ] as [String: Any]
        }
        let document: [String: Any] = ["databases": [databaseName: ["queries": canned]]]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// datasette names a database after its file without the extension.
    public static func databaseName(forPath path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Writes the document next to nothing else; fails naming the file.
    public static func write(_ queries: [PredefinedQuery], databasePath: String, to file: String) throws {
        let data = try document(for: queries, databaseName: databaseName(forPath: databasePath))
        do {
            try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw QueryFailure(.queryFailed, "\(file): cannot write the datasette metadata: \(error.localizedDescription)")
        }
    }

    /// The query's SQL with each parameter read the way `QueryArguments.bind` would bind it.
    static func sql(for query: PredefinedQuery) -> String {
        SQLNamedParameters.rewrite(query.sql) { name in
            guard let parameter = query.parameter(named: name) else { return ":" + name }
            var expression = parameter.isRequired && parameter.type == .text ? ":\(name)" : "nullif(:\(name), '')"
            switch parameter.type {
            case .integer: expression = "CAST(\(expression) AS INTEGER)"
            case .real: expression = "CAST(\(expression) AS REAL)"
            case .text, .date: break
            }
            if let value = parameter.defaultValue {
                let literal = parameter.type == .integer || parameter.type == .real
                    ? value : "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
                expression = "coalesce(\(expression), \(literal))"
            }
            return expression
        }
    }

    /// The description with each parameter's type and need, since datasette shows only names.
    static func describe(_ query: PredefinedQuery) -> String {
        guard !query.parameters.isEmpty else { return query.description }
        let parameters = query.parameters.map { parameter -> String in
            var need = parameter.isRequired ? "required" : "optional"
            if let value = parameter.defaultValue { need = "default \(value)" }
            return "\(parameter.name) (\(parameter.type.rawValue), \(need)): \(parameter.description)"
        }
        return query.description + " Parameters: " + parameters.joined(separator: "; ") + "."
    }
}
