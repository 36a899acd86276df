import XCTest
import Store
@testable import QueryKit

/// Ad-hoc SQL can never change the database or reach beyond it, and runaway queries stop.
final class ReadOnlySafetyTests: XCTestCase {
    private var database: String!

    override func tearDown() {
        QueryFixture.remove(database)
        super.tearDown()
    }

    override func setUpWithError() throws {
        database = try QueryFixture.make()
    }

    private func bytes() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: database))
    }

    func testStatementsThatWriteAreRefused() throws {
        let before = try bytes()
        for sql in ["INSERT INTO people(name) VALUES ('赵立新')",
                    "DELETE FROM people",
                    "UPDATE people SET name = '钱' WHERE id = 1",
                    "DROP TABLE people",
                    "CREATE TEMP TABLE scratch(x)",
                    "VACUUM",
                    "REPLACE INTO places(name) VALUES ('滁州')"] {
            let result = ToolRun.sql(sql, on: database)
            XCTAssertEqual(result.status, 1, sql)
            XCTAssertEqual(result.errors, "query: refusing to run a statement that writes: \(sql)\n")
            XCTAssertEqual(result.output, "")
        }
        XCTAssertEqual(try bytes(), before)
        XCTAssertEqual(ToolRun.sql("SELECT count(*) FROM people", on: database).csvRows, [["count(*)"], ["3"]])
    }

    func testAttachPragmasThatSetAndLoadExtensionAreRefused() throws {
        let other = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("other.sqlite").path
        let cases = [
            ("ATTACH DATABASE '\(other)' AS other", "ATTACH"),
            ("DETACH DATABASE main", "ATTACH"),
            ("PRAGMA writable_schema = 1", "writable_schema"),
            ("PRAGMA foreign_keys = OFF", "foreign_keys"),
            ("PRAGMA journal_mode = DELETE", "journal_mode"),
            ("SELECT * FROM pragma_writable_schema", "writable_schema"),
            ("SELECT load_extension('/tmp/libevil.so')", "load_extension"),
        ]
        for (sql, reason) in cases {
            let result = ToolRun.sql(sql, on: database)
            XCTAssertEqual(result.status, 1, sql)
            XCTAssertTrue(result.errors.hasPrefix("query: refusing to run: "), "\(sql): \(result.errors)")
            XCTAssertTrue(result.errors.contains(reason), "\(sql): \(result.errors)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: other), "ATTACH must not create a file")
        // Pragmas that only report still work.
        XCTAssertEqual(ToolRun.sql("PRAGMA table_info(people)", on: database).status, 0)
        XCTAssertEqual(ToolRun.sql("SELECT name FROM pragma_table_info('places') WHERE pk = 1", on: database).csvRows,
                       [["name"], ["id"]])
    }

    func testASecondStatementIsRefusedNotSilentlyDropped() {
        let result = ToolRun.sql("SELECT 1; DROP TABLE people", on: database)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("more than one statement"), result.errors)
        XCTAssertEqual(ToolRun.sql("SELECT 1; -- trailing comment", on: database).status, 0)
    }

    func testSQLErrorsQuoteSQLiteAndTheStatement() {
        let result = ToolRun.sql("SELECT nme FROM people", on: database)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.errors, "query: SQL error: no such column: nme\n  in: SELECT nme FROM people\n")
    }

    func testSlowQueryStopsAtTheTimeout() {
        let started = Date()
        let result = ToolRun.sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n",
                                 on: database, timeout: 0.3)
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.errors.contains("ran longer than --timeout 0.3 s"), result.errors)
        XCTAssertLessThan(elapsed, 5)
    }

    func testRowLimitStopsOutputAndSaysSo() {
        let sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i FROM n"
        let limited = ToolRun.sql(sql, on: database, limit: 10)
        XCTAssertEqual(limited.status, 0)
        XCTAssertEqual(limited.csvRows.count, 11, "header and ten rows")
        XCTAssertTrue(limited.errors.contains("showing the first 10 rows; more exist"), limited.errors)
        let exact = ToolRun.sql(sql, on: database, limit: 50)
        XCTAssertEqual(exact.csvRows.count, 51)
        XCTAssertEqual(exact.errors, "", "no message when nothing was cut")
        XCTAssertEqual(ToolRun.sql(sql, on: database, limit: 0).csvRows.count, 51, "0: no limit")
    }

    func testDatabasesThatCannotBeOpenedExitWithStatusTwo() throws {
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let text = folder.appendingPathComponent("notes.sqlite")
        try Data(String(repeating: "不是数据库。", count: 50).utf8).write(to: text)
        let cases = [
            (folder.appendingPathComponent("missing.sqlite").path, "no such database file"),
            (text.path, "is not an SQLite database"),
            (folder.path, "is a directory"),
        ]
        for (path, message) in cases {
            let result = ToolRun.sql("SELECT 1", on: path)
            XCTAssertEqual(result.status, 2, path)
            XCTAssertTrue(result.errors.contains(message), result.errors)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing.sqlite").path),
                       "a read-only open never creates the file")
    }

    func testSQLFromStandardInputAndFile() throws {
        var request = QueryRequest(databasePath: database, action: .sql(.standardInput))
        request.format = .csv
        XCTAssertEqual(ToolRun.run(request, standardInput: "SELECT name FROM places WHERE level = '省'\n").csvRows,
                       [["name"], ["安徽"]])
        let file = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("q.sql")
        try "-- places in 安徽\nSELECT count(*) AS n FROM places WHERE province = '安徽';\n".write(to: file, atomically: true, encoding: .utf8)
        request.action = .sql(.file(file.path))
        XCTAssertEqual(ToolRun.run(request).csvRows, [["n"], ["3"]])
        request.action = .sql(.file(file.path + ".missing"))
        let missing = ToolRun.run(request)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("q.sql.missing"), missing.errors)
    }
}
