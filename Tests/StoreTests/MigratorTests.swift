import Foundation
import XCTest
@testable import Store

final class MigratorTests: XCTestCase {
    func testParsesStepsAtMarkerLines() throws {
        let migrator = try Migrator(script: """
            -- header comment, not run
            -- migration: 1 first
            CREATE TABLE a (x);
            -- migration: 2 add b
            CREATE TABLE b (y);
            """)
        XCTAssertEqual(migrator.steps.map(\.version), [1, 2])
        XCTAssertEqual(migrator.steps.map(\.name), ["first", "add b"])
        XCTAssertEqual(migrator.steps[1].sql.trimmingCharacters(in: .whitespacesAndNewlines), "CREATE TABLE b (y);")
        XCTAssertEqual(migrator.latestVersion, 2)
    }

    func testWindowsLineEndingsParseLikeUnixOnes() throws {
        let migrator = try Migrator(script: "-- migration: 1 first\r\nCREATE TABLE a (x);\r\n-- migration: 2 add b\r\nCREATE TABLE b (y);\r\n")
        XCTAssertEqual(migrator.steps.map(\.name), ["first", "add b"])
        XCTAssertEqual(migrator.steps[1].sql, "CREATE TABLE b (y);\n")
    }

    func testLinesSplitAtNewlinesKeepingEmptyOnes() {
        XCTAssertEqual("a\n\nb\r\n王\n".lines(), ["a", "", "b", "王", ""])
        XCTAssertEqual("".lines(), [""])
        XCTAssertEqual("只有一行".lines(), ["只有一行"])
    }

    func testOutOfOrderStepIsAnErrorNamingFileAndLine() {
        XCTAssertThrowsError(try Migrator(script: "-- migration: 1 a\nSELECT 1;\n-- migration: 3 c\n", file: "x.sql")) { error in
            XCTAssertEqual("\(error)", "x.sql:3: migration 3 out of order: expected 2")
        }
        XCTAssertThrowsError(try Migrator(script: "CREATE TABLE t (x);\n", file: "y.sql"))
    }

    func testBundledSchemaParses() throws {
        let migrator = try Migrator.bundled()
        XCTAssertGreaterThanOrEqual(migrator.latestVersion, 1)
        XCTAssertTrue(migrator.steps[0].sql.contains("CREATE TABLE articles"))
    }

    func testAppliesOnlyNewerStepsAndRecordsVersion() throws {
        let database = try Database(path: ":memory:")
        let v1 = try Migrator(script: "-- migration: 1 a\nCREATE TABLE a (x);\n")
        XCTAssertEqual(try v1.migrate(database).map(\.version), [1])
        XCTAssertEqual(try Migrator.version(of: database), 1)
        let v2 = try Migrator(script: "-- migration: 1 a\nCREATE TABLE a (x);\n-- migration: 2 b\nCREATE TABLE b (y);\n")
        XCTAssertEqual(try v2.migrate(database).map(\.version), [2], "step 1 is not run again")
        XCTAssertEqual(try Migrator.version(of: database), 2)
        XCTAssertEqual(try v2.migrate(database), [])
    }

    func testFailingStepLeavesTheDatabaseAtThePreviousStep() throws {
        let database = try Database(path: ":memory:")
        let migrator = try Migrator(script: """
            -- migration: 1 ok
            CREATE TABLE a (x);
            -- migration: 2 broken
            CREATE TABLE b (y);
            CREATE TABLE a (z);
            """)
        XCTAssertThrowsError(try migrator.migrate(database))
        XCTAssertEqual(try Migrator.version(of: database), 1)
        XCTAssertEqual(try database.fetchValue(Int.self, sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'b'"), 0,
                       "the failed step's first statement was rolled back with it")
    }
}
