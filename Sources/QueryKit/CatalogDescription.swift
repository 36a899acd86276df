import Store

/// The text of `--list` and `--describe`.
enum CatalogDescription {
    /// One query a line: name, parameters, description; names and parameters aligned.
    /// Parameters read `q:text` (required), `[from:date]` (optional), `[limit:integer=100]` (default).
    static func list(_ queries: [PredefinedQuery]) -> String {
        let names = queries.map(\.name)
        let parameters = queries.map { $0.parameters.map(signature).joined(separator: " ") }
        let nameWidth = names.map(DisplayWidth.of).max() ?? 0
        let parameterWidth = min(parameters.map(DisplayWidth.of).max() ?? 0, 60)
        var text = ""
        for (index, query) in queries.enumerated() {
            text += DisplayWidth.pad(names[index], to: nameWidth) + "  "
            text += DisplayWidth.pad(parameters[index], to: parameterWidth) + "  "
            text += query.description + "\n"
        }
        return text
    }

    static func signature(_ parameter: PredefinedQuery.Parameter) -> String {
        let core = "\(parameter.name):\(parameter.type.rawValue)"
        if let value = parameter.defaultValue { return "[\(core)=\(value)]" }
        return parameter.isOptional ? "[\(core)]" : core
    }

    static func describe(_ query: PredefinedQuery) -> String {
        var text = "\(query.name): \(query.title)\n\n\(query.description)\n\n"
        if query.parameters.isEmpty {
            text += "Parameters: none\n"
        } else {
            text += "Parameters (--param NAME=VALUE):\n"
            let names = query.parameters.map(\.name)
            let types = query.parameters.map(\.type.rawValue)
            let needs = query.parameters.map { parameter -> String in
                if let value = parameter.defaultValue { return "default \(value)" }
                return parameter.isRequired ? "required" : "optional"
            }
            let nameWidth = names.map(DisplayWidth.of).max() ?? 0
            let typeWidth = types.map(DisplayWidth.of).max() ?? 0
            let needWidth = needs.map(DisplayWidth.of).max() ?? 0
            for (index, parameter) in query.parameters.enumerated() {
                text += "  " + DisplayWidth.pad(names[index], to: nameWidth)
                text += "  " + DisplayWidth.pad(types[index], to: typeWidth)
                text += "  " + DisplayWidth.pad(needs[index], to: needWidth)
                text += "  " + parameter.description + "\n"
            }
        }
        let example = query.parameters.filter(\.isRequired).map { " --param \($0.name)=…" }.joined()
        text += "\nExample: query DB \(query.name)\(example)\n"
        text += "\nSQL:\n\(query.sql)\n"
        return text
    }
}
