import XCTest
import Store
@testable import QueryKit

/// The command-line surface that lives in QueryKit: choosing the action, `NAME --help`,
/// `--list` and `--describe`.
final class CommandLineTests: XCTestCase {
    func testExactlyOneActionIsAUsageRule() throws {
        XCTAssertEqual(try QueryRequest.action(list: true, describe: nil, queryName: nil, sql: nil, sqlFile: nil, datasetteMetadata: nil), .list)
        XCTAssertEqual(try QueryRequest.action(list: false, describe: nil, queryName: nil, sql: "-", sqlFile: nil, datasetteMetadata: nil),
                       .sql(.standardInput))
        XCTAssertEqual(try QueryRequest.action(list: false, describe: nil, queryName: nil, sql: nil, sqlFile: nil, datasetteMetadata: "m.json"),
                       .datasetteMetadataOnly)
        for (list, name, sql) in [(false, nil, nil), (true, "search", nil), (false, "search", "SELECT 1")] as [(Bool, String?, String?)] {
            XCTAssertThrowsError(try QueryRequest.action(list: list, describe: nil, queryName: name, sql: sql, sqlFile: nil,
                                                         datasetteMetadata: nil)) { error in
                XCTAssertEqual((error as? QueryFailure)?.exitCode, 64)
            }
        }
    }

    func testHelpAfterAQueryNameBecomesDescribe() {
        XCTAssertEqual(HelpRequest.rewrite(["kb.sqlite", "search", "--help"]), ["kb.sqlite", "--describe", "search"])
        XCTAssertEqual(HelpRequest.rewrite(["kb.sqlite", "--format", "json", "events", "-h"]), ["kb.sqlite", "--describe", "events"])
        XCTAssertEqual(HelpRequest.rewrite(["kb.sqlite", "--help"]), ["kb.sqlite", "--help"])
        XCTAssertEqual(HelpRequest.rewrite(["--help"]), ["--help"])
        XCTAssertEqual(HelpRequest.rewrite(["kb.sqlite", "--sql", "SELECT 1", "--help"]), ["kb.sqlite", "--sql", "SELECT 1", "--help"])
        XCTAssertEqual(HelpRequest.rewrite(["kb.sqlite", "search", "--param", "q=x"]), ["kb.sqlite", "search", "--param", "q=x"])
    }

    func testListHasOneLinePerQueryNameFirst() throws {
        let queries = try PredefinedQueryCatalog.queries()
        let result = ToolRun.run(QueryRequest(databasePath: "unused.sqlite", action: .list))
        XCTAssertEqual(result.status, 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, queries.count)
        for (line, query) in zip(lines, queries) {
            XCTAssertTrue(line.hasPrefix(query.name + " "), line)
            XCTAssertTrue(line.hasSuffix(query.description), line)
        }
        let search = try XCTUnwrap(lines.first { $0.hasPrefix("search ") })
        XCTAssertTrue(search.contains(" q:text "), search)
        XCTAssertTrue(try XCTUnwrap(lines.first { $0.hasPrefix("coattendance ") }).contains("[min_articles:integer=1]"))
    }

    func testDescribeShowsTypedParameters() {
        let result = ToolRun.run(QueryRequest(databasePath: "unused.sqlite", action: .describe("events")))
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.hasPrefix("events: Events by date or place\n"), result.output)
        XCTAssertTrue(result.output.contains("  from   date     optional     Earliest date"), result.output)
        XCTAssertTrue(result.output.contains("  limit  integer  default 100  Most events to return"), result.output)
        XCTAssertTrue(result.output.contains("SQL:\nSELECT"), result.output)
        let unknown = ToolRun.run(QueryRequest(databasePath: "unused.sqlite", action: .describe("evnets")))
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.errors.contains("no predefined query named 'evnets'"), unknown.errors)
    }
}
