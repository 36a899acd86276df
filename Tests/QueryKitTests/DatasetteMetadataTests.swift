import XCTest
import Store
@testable import QueryKit

/// `--datasette-metadata`: a valid metadata file with every predefined query, and, when
/// datasette is installed (`pip install datasette`), the canned queries return the rows the
/// tool returns.
final class DatasetteMetadataTests: XCTestCase {
    private func writeMetadata(for database: String) throws -> (URL, [String: Any]) {
        let file = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("metadata.json")
        var request = QueryRequest(databasePath: database, action: .datasetteMetadataOnly)
        request.datasetteMetadataPath = file.path
        let result = ToolRun.run(request)
        XCTAssertEqual(result.status, 0, result.errors)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        return (file, try XCTUnwrap(object))
    }

    func testMetadataHasEveryQueryWithSQLTitleDescriptionAndParams() throws {
        let database = try QueryFixture.make()
        defer { QueryFixture.remove(database) }
        let (_, document) = try writeMetadata(for: database)
        let databases = try XCTUnwrap(document["databases"] as? [String: Any])
        XCTAssertEqual(Array(databases.keys), ["kb"], "datasette names the database after the file")
        let queries = try XCTUnwrap((databases["kb"] as? [String: Any])?["queries"] as? [String: [String: Any]])
        let catalog = try PredefinedQueryCatalog.queries()
        XCTAssertEqual(Set(queries.keys), Set(catalog.map(\.name)))
        for query in catalog {
            let canned = try XCTUnwrap(queries[query.name])
            XCTAssertEqual(canned["title"] as? String, query.title)
            XCTAssertTrue((canned["description"] as? String)?.hasPrefix(query.description) ?? false)
            XCTAssertEqual(canned["params"] as? [String], query.parameters.map(\.name))
            let sql = try XCTUnwrap(canned["sql"] as? String)
            XCTAssertEqual(SQLNamedParameters.names(in: sql), SQLNamedParameters.names(in: query.sql))
        }
        // datasette sends '' for an empty field: optional parameters read it as NULL.
        let events = try XCTUnwrap(queries["events"]?["sql"] as? String)
        XCTAssertTrue(events.contains("nullif(:from, '')"), events)
        let coattendance = try XCTUnwrap(queries["coattendance"]?["sql"] as? String)
        XCTAssertTrue(coattendance.contains("coalesce(CAST(nullif(:min_articles, '') AS INTEGER), 1)"), coattendance)
    }

    /// The rewritten SQL run as datasette binds it (all text, '' for empty fields) returns the
    /// same rows as the tool; checked through SQLite directly, so it runs without datasette.
    func testRewrittenSQLBehavesLikeTheToolWithTextParameters() throws {
        let database = try QueryFixture.make()
        defer { QueryFixture.remove(database) }
        let connection = try Database(path: database, mode: .readOnly, walJournal: false)
        for query in try PredefinedQueryCatalog.queries() {
            let statement = try connection.prepare(DatasetteMetadata.sql(for: query))
            var arguments: [String: DatabaseValue] = [:]
            for parameter in query.parameters { arguments[parameter.name] = .text(parameter.isRequired ? "合肥" : "") }
            let viaDatasette = try statement.fetchAll(.named(arguments)).count
            let viaTool = ToolRun.predefined(query.name, on: database, query.parameters.filter(\.isRequired).map { "\($0.name)=合肥" })
            XCTAssertEqual(viaDatasette, viaTool.csvRows.count - 1, query.name)
        }
    }

    func testDatasetteServesTheCannedQueries() throws {
        guard let datasette = Self.findExecutable("datasette") else {
            throw XCTSkip("datasette is not installed (pip install datasette)")
        }
        let database = try QueryFixture.make()
        defer { QueryFixture.remove(database) }
        let (metadata, _) = try writeMetadata(for: database)
        func get(_ path: String) throws -> [[String: Any]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: datasette)
            process.arguments = [database, "-m", metadata.path, "--get", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, path)
            return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]], String(decoding: data, as: UTF8.self))
        }
        let search = try get("/kb/search.json?_shape=array&q=%E5%90%88%E8%82%A5") // q=合肥
        XCTAssertEqual(search.map { $0["source"] as? String }, ["plan.txt", "hefei/auto.txt"]) // newest first
        let projects = try get("/kb/projects.json?_shape=array&place=%E5%AE%89%E5%BE%BD&min_cny=6000000000&max_cny=")
        XCTAssertEqual(projects.map { $0["investment_cny"] as? Int }, [18000000000])
        let pairs = try get("/kb/coattendance.json?_shape=array&person=&min_articles=")
        XCTAssertEqual(pairs.count, 3)
    }

    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
