import XCTest
import Store
@testable import QueryKit

/// `--param` checking against a query's declared parameters, and the messages users see.
final class QueryArgumentsTests: XCTestCase {
    private let query = PredefinedQuery(
        name: "investments", title: "Investments", description: "Projects by year.",
        parameters: [
            .init(name: "city", type: .text, description: "City name"),
            .init(name: "year", type: .integer, description: "Year", isOptional: true),
            .init(name: "share", type: .real, description: "Minimum share", defaultValue: "0.5"),
            .init(name: "since", type: .date, description: "Earliest date", isOptional: true),
        ],
        sql: "SELECT :city, :year, :share, :since")

    private func failure(_ pairs: [String]) -> QueryFailure? {
        do {
            _ = try QueryArguments.bind(pairs, to: query)
            return nil
        } catch {
            return error as? QueryFailure
        }
    }

    func testTypedValuesDefaultsAndNulls() throws {
        let values = try QueryArguments.bind(["city=芜湖", "year=2027", "since=2026-02"], to: query)
        XCTAssertEqual(values, ["city": .text("芜湖"), "year": .integer(2027), "share": .real(0.5), "since": .text("2026-02")])
        let minimal = try QueryArguments.bind(["city=滁州", "share=0.75"], to: query)
        XCTAssertEqual(minimal["year"], .null)
        XCTAssertEqual(minimal["share"], .real(0.75))
        XCTAssertEqual(try QueryArguments.bind(["city=a=b"], to: query)["city"], .text("a=b"), "the value may hold =")
    }

    func testUnknownParameterNamesWhatTheQueryTakes() {
        let error = failure(["city=芜湖", "yaer=2027"])
        XCTAssertEqual(error?.kind, .queryFailed)
        XCTAssertEqual(error?.message, "query 'investments' has no parameter 'yaer'; it takes: city, year, share, since")
    }

    func testMissingRequiredParameter() {
        let error = failure(["year=2027"])
        XCTAssertEqual(error?.exitCode, 1)
        XCTAssertTrue(error?.message.contains("needs --param city=") ?? false, "\(String(describing: error))")
    }

    func testWrongTypes() {
        XCTAssertEqual(failure(["city=芜湖", "year=二〇二七"])?.message,
                       "parameter 'year' of query 'investments' must be a whole number such as 2025, got '二〇二七'")
        XCTAssertNotNil(failure(["city=芜湖", "year=2027.5"]))
        XCTAssertNotNil(failure(["city=芜湖", "share=half"]))
        XCTAssertNotNil(failure(["city=芜湖", "since=2026-02-30"]), "no such day")
        XCTAssertNotNil(failure(["city=芜湖", "since=26-02-01"]))
        XCTAssertNil(failure(["city=芜湖", "since=--02-29"]), "a day without a year may be 29 February")
        XCTAssertNotNil(failure(["city"]), "NAME=VALUE is needed")
        XCTAssertNotNil(failure(["city=芜湖", "city=滁州"]), "given twice")
    }

    func testAdHocParametersBindCanonicalIntegersAsNumbers() throws {
        let values = try QueryArguments.bindAdHoc(["n=12", "code=007", "name=马鞍山"], parameterNames: [":n", ":code", ":name"])
        XCTAssertEqual(values, ["n": .integer(12), "code": .text("007"), "name": .text("马鞍山")])
        XCTAssertThrowsError(try QueryArguments.bindAdHoc([], parameterNames: [":n"]))
        XCTAssertThrowsError(try QueryArguments.bindAdHoc(["m=1"], parameterNames: [":n"]))
        XCTAssertThrowsError(try QueryArguments.bindAdHoc([], parameterNames: [nil]))
    }

    func testParameterErrorsExitWithStatusOne() throws {
        let database = try QueryFixture.make()
        defer { QueryFixture.remove(database) }
        let bad = ToolRun.predefined("targets", on: database, ["year=明年"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.output, "")
        XCTAssertTrue(bad.errors.hasPrefix("query: parameter 'year' of query 'targets'"), bad.errors)
        XCTAssertEqual(ToolRun.predefined("search", on: database).status, 1)
        XCTAssertEqual(ToolRun.predefined("no_such_query", on: database).status, 64)
        let adHoc = ToolRun.sql("SELECT name FROM people WHERE id = :id", on: database, ["id=2"])
        XCTAssertEqual(adHoc.csvRows, [["name"], ["李晓明"]])
    }
}
