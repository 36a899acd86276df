/// `query DB NAME --help` should describe the query NAME, but swift-argument-parser answers
/// `--help` itself wherever it appears. This rewrites such a command line to
/// `query DB --describe NAME` before parsing; `--help` without a query name is left alone.
public enum HelpRequest {
    /// Options of `query` that take a value (the word after them is not a positional).
    public static let optionsWithValue: Set<String> = [
        "--param", "--sql", "--sql-file", "--format", "--limit", "--timeout", "--describe",
        "--datasette-metadata",
    ]

    public static func rewrite(_ arguments: [String]) -> [String] {
        guard arguments.contains(where: { $0 == "--help" || $0 == "-h" }) else { return arguments }
        var positionals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                positionals.append(contentsOf: arguments[(index + 1)...])
                break
            }
            if argument.hasPrefix("-") && argument != "-" {
                if optionsWithValue.contains(argument) { index += 1 } // skip its value
            } else {
                positionals.append(argument)
            }
            index += 1
        }
        guard positionals.count == 2 else { return arguments }
        return [positionals[0], "--describe", positionals[1]]
    }
}
