/// A predefined query file that does not follow the header format; names the file and line.
public struct PredefinedQueryFormatError: Error, CustomStringConvertible, Equatable {
    public var file: String
    /// 1-based line of the problem, nil when it concerns the whole file.
    public var line: Int?
    public var reason: String

    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}

extension PredefinedQuery {
    /// Parses a query file: a header of `-- key: value` lines, then the SQL body.
    ///
    /// Keys: `name` (required, `[a-z][a-z0-9_]*`), `title`, `description` (required; repeated
    /// lines are joined), `param` (`NAME TYPE[?] [= DEFAULT] DESCRIPTION`). Other `-- ` lines
    /// in the header are free comments, but an unknown `-- key:` is an error so a misspelt
    /// key is not silently dropped. The parameters the body uses must be exactly the declared ones.
    public init(parsing text: String, file: String) throws {
        func fail(_ reason: String, line: Int? = nil) -> PredefinedQueryFormatError {
            PredefinedQueryFormatError(file: file, line: line, reason: reason)
        }
        var name: String?
        var title: String?
        var descriptionLines: [String] = []
        var parameters: [Parameter] = []
        var bodyLines: [Substring] = []
        var inHeader = true

        let lines = text.lines()
        // `lines()` has already dropped the "\r" of Windows line endings.
        for (index, line) in lines.enumerated() {
            let lineNumber = index + 1
            guard inHeader else { bodyLines.append(line); continue }
            let trimmed = line.trimming(" \t")
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("--") else {
                inHeader = false
                bodyLines.append(line)
                continue
            }
            let comment = trimmed.dropFirst(2).trimming(" \t")
            guard let (key, value) = Self.headerField(comment) else { continue }
            switch key {
            case "name":
                guard name == nil else { throw fail("a second `name:` line", line: lineNumber) }
                guard Self.isIdentifier(value) else {
                    throw fail("query name `\(value)` must be lower-case letters, digits and _ (starting with a letter)",
                               line: lineNumber)
                }
                name = value
            case "title":
                title = value
            case "description":
                descriptionLines.append(value)
            case "param":
                let parameter = try Self.parameter(value, fail: { fail($0, line: lineNumber) })
                guard !parameters.contains(where: { $0.name == parameter.name }) else {
                    throw fail("parameter `\(parameter.name)` is declared twice", line: lineNumber)
                }
                parameters.append(parameter)
            default:
                throw fail("unknown header key `\(key):` (known: name, title, description, param)", line: lineNumber)
            }
        }

        guard let name else { throw fail("missing `-- name:` line") }
        let description = descriptionLines.joined(separator: " ")
        guard !description.isEmpty else { throw fail("missing `-- description:` line") }
        let sql = bodyLines.joined(separator: "\n").trimming(" \t\n\r")
        guard !sql.isEmpty else { throw fail("no SQL after the header") }

        let used = SQLNamedParameters.names(in: sql)
        if let undeclared = used.first(where: { name in !parameters.contains { $0.name == name } }) {
            throw fail("the SQL uses :\(undeclared) but no `-- param: \(undeclared) …` line declares it")
        }
        if let unused = parameters.first(where: { !used.contains($0.name) }) {
            throw fail("parameter `\(unused.name)` is declared but the SQL never uses :\(unused.name)")
        }
        self.init(name: name, title: title ?? name, description: description, parameters: parameters, sql: sql)
    }

    /// `key: value` when the comment starts with a lower-case word and a colon.
    private static func headerField(_ comment: String) -> (String, String)? {
        guard let colon = comment.firstIndex(of: ":") else { return nil }
        let key = String(comment[..<colon])
        guard !key.isEmpty, key.allSatisfy({ ($0 >= "a" && $0 <= "z") || $0 == "_" }) else { return nil }
        return (key, String(comment[comment.index(after: colon)...]).trimming(" \t"))
    }

    /// `NAME TYPE[?] [= DEFAULT] DESCRIPTION`
    private static func parameter(_ spec: String,
                                  fail: (String) -> PredefinedQueryFormatError) throws -> Parameter {
        var words = spec.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else { throw fail("`param:` needs NAME TYPE DESCRIPTION, got `\(spec)`") }
        let name = words.removeFirst()
        guard isIdentifier(name) else { throw fail("parameter name `\(name)` must be lower-case letters, digits and _") }
        var typeWord = words.removeFirst()
        let optional = typeWord.hasSuffix("?")
        if optional { typeWord.removeLast() }
        guard let type = ParameterType(rawValue: typeWord) else {
            let known = ParameterType.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail("parameter `\(name)` has unknown type `\(typeWord)` (known: \(known))")
        }
        var defaultValue: String?
        if words.first == "=" {
            words.removeFirst()
            guard !words.isEmpty else { throw fail("parameter `\(name)` has `=` but no default value") }
            let value = words.removeFirst()
            guard type.value(of: value) != nil else {
                throw fail("default `\(value)` of parameter `\(name)` is not \(type.expectation)")
            }
            defaultValue = value
        }
        let description = words.joined(separator: " ")
        guard !description.isEmpty else { throw fail("parameter `\(name)` has no description") }
        return Parameter(name: name, type: type, description: description,
                         isOptional: optional, defaultValue: defaultValue)
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first >= "a" && first <= "z" else { return false }
        return text.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" }
    }
}

private extension StringProtocol {
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
