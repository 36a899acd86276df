import Store

/// `--param name=value` pairs, checked and typed.
public enum QueryArguments {
    /// Splits `name=value` (the value may contain `=`); the order of the command line is kept.
    public static func split(_ pairs: [String]) throws -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw QueryFailure(.queryFailed, "--param needs NAME=VALUE, got '\(pair)'")
            }
            var name = String(pair[..<equals])
            if name.hasPrefix(":") { name.removeFirst() } // `--param :q=…` as the SQL spells it
            let value = String(pair[pair.index(after: equals)...])
            if result.contains(where: { $0.name == name }) {
                throw QueryFailure(.queryFailed, "--param \(name) is given twice")
            }
            result.append((name, value))
        }
        return result
    }

    /// The value of every parameter of `query`: given (checked against its type), its
    /// default, or NULL when optional. Unknown and missing parameters are errors that list
    /// what the query takes.
    public static func bind(_ pairs: [String], to query: PredefinedQuery) throws -> [String: DatabaseValue] {
        let given = try split(pairs)
        let known = query.parameters.map(\.name)
        for (name, _) in given where !known.contains(name) {
            let takes = known.isEmpty ? "it takes none" : "it takes: " + known.joined(separator: ", ")
            throw QueryFailure(.queryFailed, "query '\(query.name)' has no parameter '\(name)'; \(takes)")
        }
        var values: [String: DatabaseValue] = [:]
        for parameter in query.parameters {
            guard let text = given.first(where: { $0.name == parameter.name })?.value ?? parameter.defaultValue else {
                if parameter.isRequired {
                    throw QueryFailure(.queryFailed,
                                       "query '\(query.name)' needs --param \(parameter.name)=… (\(parameter.type.rawValue): \(parameter.description))")
                }
                values[parameter.name] = .null
                continue
            }
            guard let value = parameter.type.value(of: text) else {
                throw QueryFailure(.queryFailed,
                                   "parameter '\(parameter.name)' of query '\(query.name)' must be \(parameter.type.expectation), got '\(text)'")
            }
            if parameter.type == .text && text.isEmpty && parameter.isRequired {
                throw QueryFailure(.queryFailed, "parameter '\(parameter.name)' of query '\(query.name)' must not be empty")
            }
            values[parameter.name] = databaseValue(value)
        }
        return values
    }

    /// Values for the named parameters of ad-hoc SQL: text, except a canonical integer
    /// (`2025`, `-3`, not `007` or `+3`) which binds as an integer so `LIMIT :n` and
    /// comparisons with numbers work; SQLite's column affinity turns it back into text
    /// where a text column is compared.
    public static func bindAdHoc(_ pairs: [String], parameterNames: [String?]) throws -> [String: DatabaseValue] {
        let given = try split(pairs)
        if parameterNames.contains(where: { $0 == nil }) {
            throw QueryFailure(.queryFailed, "the SQL has positional parameters (?); name them (:name) and pass --param name=value")
        }
        let used = parameterNames.compactMap { $0.map { String($0.dropFirst()) } }
        for (name, _) in given where !used.contains(name) {
            let uses = used.isEmpty ? "it uses none" : "it uses: " + used.map { ":" + $0 }.joined(separator: ", ")
            throw QueryFailure(.queryFailed, "the SQL has no parameter :\(name); \(uses)")
        }
        var values: [String: DatabaseValue] = [:]
        for name in used {
            guard let text = given.first(where: { $0.name == name })?.value else {
                throw QueryFailure(.queryFailed, "the SQL uses :\(name); pass --param \(name)=…")
            }
            if let number = Int64(text), String(number) == text {
                values[name] = .integer(number)
            } else {
                values[name] = .text(text)
            }
        }
        return values
    }

    static func databaseValue(_ value: PredefinedQuery.Value) -> DatabaseValue {
        switch value {
        case .text(let s): return .text(s)
        case .integer(let v): return .integer(v)
        case .real(let d): return .real(d)
        case .null: return .null
        }
    }
}
