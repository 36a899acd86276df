/// What one invocation of `query` asks for, after the command line is parsed.
public struct QueryRequest {
    public enum Action: Equatable {
        /// `--list`: the predefined queries, one a line.
        case list
        /// `--describe NAME` (and `NAME --help`): a query's description and typed parameters.
        case describe(String)
        /// `NAME [--param k=v]…`: run a predefined query.
        case predefined(String)
        /// `--sql TEXT`, `--sql -` (standard input) or `--sql-file FILE`: ad-hoc read-only SQL.
        case sql(SQLSource)
        /// `--datasette-metadata FILE` alone: only write the metadata file.
        case datasetteMetadataOnly
    }

    public enum SQLSource: Equatable {
        case text(String)
        case standardInput
        case file(String)
    }

    public var databasePath: String
    public var action: Action
    public var parameters: [String] = []
    /// nil: table on a terminal, CSV otherwise.
    public var format: OutputFormat?
    public var includeHeader = true
    /// 0: no limit.
    public var rowLimit = QueryRequest.defaultRowLimit
    /// Seconds; nil or 0: no limit.
    public var timeout: Double? = QueryRequest.defaultTimeout
    /// Also write datasette canned queries here.
    public var datasetteMetadataPath: String?

    public static let defaultRowLimit = 10_000
    public static let defaultTimeout: Double = 30

    public init(databasePath: String, action: Action) {
        self.databasePath = databasePath
        self.action = action
    }

    /// The action the options name; exactly one may be given (`.usage` failure otherwise).
    public static func action(list: Bool, describe: String?, queryName: String?, sql: String?,
                              sqlFile: String?, datasetteMetadata: String?) throws -> Action {
        var chosen: [(String, Action)] = []
        if list { chosen.append(("--list", .list)) }
        if let describe { chosen.append(("--describe", .describe(describe))) }
        if let queryName { chosen.append(("a query name (\(queryName))", .predefined(queryName))) }
        if let sql { chosen.append(("--sql", .sql(sql == "-" ? .standardInput : .text(sql)))) }
        if let sqlFile { chosen.append(("--sql-file", .sql(sqlFile == "-" ? .standardInput : .file(sqlFile)))) }
        switch chosen.count {
        case 1:
            return chosen[0].1
        case 0:
            if datasetteMetadata != nil { return .datasetteMetadataOnly }
            throw QueryFailure(.usage, "say what to run: a query name, --list, --describe NAME, --sql or --sql-file")
        default:
            throw QueryFailure(.usage, "give only one of " + chosen.map(\.0).joined(separator: ", "))
        }
    }
}
