import XCTest
import Store
@testable import QueryKit

/// `query` never migrates (it is read-only), so a file an older importer wrote is named as
/// such for predefined queries, while ad-hoc SQL still reads it.
final class SchemaVersionTests: XCTestCase {
    private var database: String!

    override func setUpWithError() throws {
        database = try QueryFixture.make()
        // Pretend an older importer wrote it: the recorded schema version is one step behind.
        let known = try Migrator.bundled().latestVersion
        let writer = try Database(path: database, mode: .readWrite)
        try writer.execute(sql: "PRAGMA user_version = \(known - 1)")
    }

    override func tearDown() {
        QueryFixture.remove(database)
        super.tearDown()
    }

    func testPredefinedQueryOnAnOlderFileSaysToRunTheImporter() {
        let run = ToolRun.predefined("search", on: database, ["q=制造"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("written by an older importer"), run.errors)
        XCTAssertTrue(run.errors.contains("run the importer on it once"), run.errors)
        XCTAssertEqual(run.output, "")
    }

    func testAdHocSQLStillReadsAnOlderFile() {
        let run = ToolRun.sql("SELECT count(*) AS n FROM articles", on: database)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.csvRows.first, ["n"])
    }
}
