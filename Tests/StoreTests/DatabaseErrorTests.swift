import XCTest
@testable import Store

final class DatabaseErrorTests: XCTestCase {
    func testConstraintErrorCarriesCodesMessageAndSQL() throws {
        let database = try Database(path: ":memory:")
        try database.execute(sql: "CREATE TABLE people (name TEXT UNIQUE)")
        try database.execute(sql: "INSERT INTO people VALUES (?)", arguments: ["周明远"])
        let sql = "INSERT INTO people VALUES (?)"
        XCTAssertThrowsError(try database.execute(sql: sql, arguments: ["周明远"])) { error in
            guard let error = error as? DatabaseError else { return XCTFail("not a DatabaseError: \(error)") }
            XCTAssertEqual(error.resultCode, .SQLITE_CONSTRAINT)
            XCTAssertEqual(error.extendedResultCode.rawValue, 2067) // SQLITE_CONSTRAINT_UNIQUE
            XCTAssertEqual(error.sql, sql)
            XCTAssertEqual(error.description,
                           "SQLite error 19 (constraint): UNIQUE constraint failed: people.name — in: \(sql)")
        }
    }

    func testSyntaxErrorInScriptNamesTheFailingStatement() throws {
        let database = try Database(path: ":memory:")
        XCTAssertThrowsError(try database.execute(sql: "CREATE TABLE a (x);\nSELEC 1;\nCREATE TABLE b (y);")) { error in
            let error = error as? DatabaseError
            XCTAssertEqual(error?.resultCode, .SQLITE_ERROR)
            XCTAssertEqual(error?.sql, "SELEC 1;")
        }
        XCTAssertEqual(try database.fetchValue(Int.self, sql: "SELECT count(*) FROM sqlite_schema"), 1,
                       "statements before the error ran, those after did not")
    }

    func testResultCodeMatchesItsExtendedCodes() {
        let unique = ResultCode(rawValue: 2067)
        XCTAssertEqual(unique.primaryResultCode, .SQLITE_CONSTRAINT)
        switch unique {
        case .SQLITE_CONSTRAINT: break
        default: XCTFail("the primary code pattern should match an extended code")
        }
        XCTAssertEqual(ResultCode.SQLITE_NOTADB.name, "notadb")
        XCTAssertEqual(ResultCode.SQLITE_BUSY.description, "5 (busy)")
    }
}
