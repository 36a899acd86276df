import Foundation
import Store

/// The `query` command's logic, apart from argument parsing: runs a request, prints to the
/// given sinks and returns the exit status (0 ok, 1 query failed, 2 database cannot be
/// opened, 64 usage).
public struct QueryTool {
    public var standardOutput: OutputSink
    public var standardError: OutputSink
    /// Decides the default format (table on a terminal).
    public var outputIsTerminal: Bool
    /// For `--sql -`.
    public var readStandardInput: () -> String
    /// The predefined queries; the shipped catalog unless a test gives others.
    public var catalog: () throws -> [PredefinedQuery]

    public init(standardOutput: OutputSink, standardError: OutputSink, outputIsTerminal: Bool,
                readStandardInput: @escaping () -> String = QueryTool.readAllStandardInput,
                catalog: @escaping () throws -> [PredefinedQuery] = PredefinedQueryCatalog.queries) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.outputIsTerminal = outputIsTerminal
        self.readStandardInput = readStandardInput
        self.catalog = catalog
    }

    /// Runs the request and returns the exit status; every failure is one `query: …` line
    /// (or a few, for SQL errors) on standard error.
    @discardableResult
    public func run(_ request: QueryRequest) -> Int32 {
        defer {
            standardOutput.flush()
            standardError.flush()
        }
        do {
            try perform(request)
            return 0
        } catch let failure as QueryFailure {
            standardOutput.flush()
            standardError.write(failure.description + "\n")
            return failure.exitCode
        } catch {
            standardOutput.flush()
            standardError.write("query: \(error)\n")
            return QueryFailure.Kind.queryFailed.rawValue
        }
    }

    private func perform(_ request: QueryRequest) throws {
        let queries = try loadCatalog()
        if let file = request.datasetteMetadataPath {
            try DatasetteMetadata.write(queries, databasePath: request.databasePath, to: file)
            standardError.write("query: wrote \(queries.count) canned queries for datasette to \(file)\n")
        }
        switch request.action {
        case .datasetteMetadataOnly:
            return
        case .list:
            standardOutput.write(CatalogDescription.list(queries))
        case .describe(let name):
            standardOutput.write(CatalogDescription.describe(try find(name, in: queries)))
        case .predefined(let name):
            let query = try find(name, in: queries)
            let arguments = try QueryArguments.bind(request.parameters, to: query)
            try execute(sql: query.sql, arguments: arguments, request: request, needsCurrentSchema: true)
        case .sql(let source):
            let sql = try text(of: source)
            try execute(sql: sql, arguments: nil, request: request)
        }
    }

    private func execute(sql: String, arguments: [String: DatabaseValue]?, request: QueryRequest,
                         needsCurrentSchema: Bool = false) throws {
        let session = try QuerySession(path: request.databasePath)
        // Predefined queries are written against this build's schema; `query` is read-only and
        // never migrates, so an older file is named as such instead of failing on a missing table.
        if needsCurrentSchema {
            let known = try Migrator.bundled().latestVersion
            let version = try session.schemaVersion()
            if version < known {
                throw QueryFailure(.queryFailed, "\(request.databasePath): written by an older importer (schema \(version), "
                                   + "this query needs \(known)); run the importer on it once to upgrade it")
            }
        }
        let format = request.format ?? .default(outputIsTerminal: outputIsTerminal)
        let writer = format.makeWriter(sink: standardOutput, includeHeader: request.includeHeader)
        let outcome = try session.run(sql: sql, arguments: arguments, adHocPairs: request.parameters,
                                      rowLimit: max(0, request.rowLimit), timeout: request.timeout, writer: writer)
        standardOutput.flush()
        if outcome.truncated {
            standardError.write("query: stopped at the row limit: showing the first \(outcome.rowCount) rows; "
                                + "more exist (raise --limit, or --limit 0 for all)\n")
        }
        if format == .table {
            standardError.write(outcome.rowCount == 1 ? "1 row\n" : "\(outcome.rowCount) rows\n")
        }
    }

    private func loadCatalog() throws -> [PredefinedQuery] {
        do {
            return try catalog()
        } catch {
            throw QueryFailure(.queryFailed, "the predefined query catalog is broken: \(error)")
        }
    }

    private func find(_ name: String, in queries: [PredefinedQuery]) throws -> PredefinedQuery {
        if let query = queries.first(where: { $0.name == name }) { return query }
        let names = queries.map(\.name).joined(separator: ", ")
        throw QueryFailure(.usage, "no predefined query named '\(name)'; there are: \(names) (see --list)")
    }

    private func text(of source: QueryRequest.SQLSource) throws -> String {
        switch source {
        case .text(let sql):
            return sql
        case .standardInput:
            return readStandardInput()
        case .file(let path):
            do {
                return try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw QueryFailure(.queryFailed, "\(path): cannot read the SQL file: \(error.localizedDescription)")
            }
        }
    }

    public static func readAllStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
