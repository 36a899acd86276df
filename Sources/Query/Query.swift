import ArgumentParser
import Foundation
import QueryKit

@main
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run predefined or ad-hoc read-only queries on a knowledge base.",
        discussion: """
            Predefined queries: `query DB --list`, then `query DB NAME --param k=v …`;
            `query DB NAME --help` (or `--describe NAME`) shows a query's parameters.
            Ad-hoc SQL runs on a read-only connection; statements that write, ATTACH,
            pragmas that set something and load_extension are refused.
            Output: a table on a terminal, CSV otherwise (choose with --format).
            Exit status: 0 ok, 1 the query failed (SQL error, refused statement, bad
            parameter, time limit), 2 the database cannot be opened, 64 usage.
            """)

    @Argument(help: "The knowledge-base file (SQLite).")
    var database: String

    @Argument(help: "A predefined query to run (see --list).")
    var queryName: String?

    @Flag(help: "List the predefined queries: name, parameters, description.")
    var list = false

    @Option(name: .customLong("describe"), help: ArgumentHelp("Show a predefined query's description and typed parameters.", valueName: "name"))
    var describe: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter of the query (repeatable); for --sql, binds :name.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Ad-hoc read-only SQL; `-` reads it from standard input.", valueName: "sql"))
    var sql: String?

    @Option(help: ArgumentHelp("Ad-hoc read-only SQL from a file (`-`: standard input).", valueName: "file"))
    var sqlFile: String?

    @Option(help: "Output format (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    @Flag(help: "Leave out the header line (table and csv).")
    var noHeader = false

    @Option(help: ArgumentHelp("Print at most this many rows; 0 for all.", valueName: "rows"))
    var limit: Int = QueryRequest.defaultRowLimit

    @Option(help: ArgumentHelp("Stop a query that runs longer than this; 0 for no limit.", valueName: "seconds"))
    var timeout: Double = QueryRequest.defaultTimeout

    @Option(help: ArgumentHelp("Write the predefined queries as datasette canned queries to this file.", valueName: "file"))
    var datasetteMetadata: String?

    static func main() {
        // `query DB NAME --help` describes the query instead of printing this command's help.
        main(HelpRequest.rewrite(Array(CommandLine.arguments.dropFirst())))
    }

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
        guard timeout >= 0 else { throw ValidationError("--timeout must be 0 or more") }
        do {
            _ = try action()
        } catch let failure as QueryFailure {
            throw ValidationError(failure.message)
        }
    }

    func run() throws {
        var request = QueryRequest(databasePath: database, action: try action())
        request.parameters = parameters
        request.format = format
        request.includeHeader = !noHeader
        request.rowLimit = limit
        request.timeout = timeout > 0 ? timeout : nil
        request.datasetteMetadataPath = datasetteMetadata
        let tool = QueryTool(standardOutput: FileSink.standardOutput, standardError: FileSink.standardError,
                             outputIsTerminal: FileSink.standardOutput.isTerminal)
        let status = tool.run(request)
        if status != 0 { throw ExitCode(status) }
    }

    private func action() throws -> QueryRequest.Action {
        try QueryRequest.action(list: list, describe: describe, queryName: queryName, sql: sql,
                                sqlFile: sqlFile, datasetteMetadata: datasetteMetadata)
    }
}

extension OutputFormat: ExpressibleByArgument {}
