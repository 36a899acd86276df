import XCTest
@testable import Store

final class StatementTests: XCTestCase {
    var database: Database!

    override func setUpWithError() throws {
        database = try Database(path: ":memory:")
        try database.execute(sql: "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, f INTEGER)")
    }

    func testBindingByIndexRoundTripsEveryType() throws {
        let insert = try database.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
        let blob = Data([0, 1, 2, 255])
        try insert.bind(Int64.max, at: 1)
        try insert.bind(0.1, at: 2)
        try insert.bind("工业和信息化部\u{0}尾", at: 3)
        try insert.bind(blob, at: 4)
        try insert.bind(true, at: 5)
        XCTAssertFalse(try insert.step())
        let select = try database.prepare("SELECT i, r, s, b, f FROM t")
        XCTAssertTrue(try select.step())
        XCTAssertEqual(select.int64(at: 0), Int64.max)
        XCTAssertEqual(select.double(at: 1), 0.1)
        XCTAssertEqual(select.string(at: 2), "工业和信息化部\u{0}尾", "text with a NUL is kept whole")
        XCTAssertEqual(select.data(at: 3), blob)
        XCTAssertTrue(select.bool(at: 4))
        XCTAssertFalse(try select.step())
    }

    func testBindingByNameAcceptsNameWithOrWithoutPrefix() throws {
        let statement = try database.prepare("SELECT :a || @b || $c")
        try statement.bind("甲", named: "a")
        try statement.bind("乙", named: "@b")
        try statement.bind("丙", named: "c")
        XCTAssertEqual(try statement.fetchOne()?[0], .text("甲乙丙"))
        XCTAssertThrowsError(try statement.bind(1, named: "missing")) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_RANGE)
        }
    }

    func testNilAndDatabaseValueBindAsThemselves() throws {
        try database.execute(sql: "INSERT INTO t(i, s) VALUES (?, ?)", arguments: [nil, DatabaseValue.text("x")])
        let row = try XCTUnwrap(database.fetchOne(sql: "SELECT i, s, typeof(i) FROM t"))
        XCTAssertTrue(row[0].isNull)
        XCTAssertEqual(row["s"], .text("x"))
        XCTAssertEqual(row[2], .text("null"))
    }

    func testWrongArgumentCountIsAnError() throws {
        XCTAssertThrowsError(try database.execute(sql: "INSERT INTO t(i, s) VALUES (?, ?)", arguments: [1]))
    }

    func testColumnsNamesAndDeclaredTypes() throws {
        let statement = try database.prepare("SELECT i AS number, s, 1 + 1 AS expression FROM t")
        XCTAssertEqual(statement.columnCount, 3)
        XCTAssertEqual(statement.columnNames, ["number", "s", "expression"])
        XCTAssertEqual(statement.declaredTypes, ["INTEGER", "TEXT", nil])
    }

    func testReadOnlyFlag() throws {
        XCTAssertTrue(try database.prepare("SELECT * FROM t").isReadOnly)
        XCTAssertFalse(try database.prepare("DELETE FROM t").isReadOnly)
        XCTAssertFalse(try database.prepare("INSERT INTO t(i) VALUES (1)").isReadOnly)
    }

    func testRowsIterateAndRowsReadByName() throws {
        for n in 1...3 { try database.execute(sql: "INSERT INTO t(i, s) VALUES (?, ?)", arguments: [n, "第\(n)"]) }
        let cursor = try database.prepare("SELECT i, s FROM t ORDER BY i").rows()
        var seen: [Int] = []
        while let row = try cursor.next() {
            seen.append(row.value("I") ?? -1) // names are case-insensitive, like SQL
            XCTAssertEqual(row.value("s", as: String.self), "第\(seen.last!)")
        }
        XCTAssertEqual(seen, [1, 2, 3])
        XCTAssertNil(try cursor.next(), "a finished cursor stays finished")
    }

    func testResetRerunsWithNewBindings() throws {
        let statement = try database.prepare("SELECT ? * 2")
        XCTAssertEqual(try statement.fetchOne([21])?[0], .integer(42))
        XCTAssertEqual(try statement.fetchOne([5])?[0], .integer(10))
    }

    func testSeveralStatementsInPrepareAreRefused() throws {
        XCTAssertThrowsError(try database.prepare("SELECT 1; DELETE FROM t")) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_MISUSE)
        }
        // A trailing comment or semicolon is not a second statement.
        XCTAssertNoThrow(try database.prepare("SELECT 1; -- done"))
    }

    func testCachedStatementIsReusedAndReset() throws {
        let first = try database.cachedStatement("SELECT ?")
        try first.bind(7, at: 1)
        XCTAssertTrue(try first.step())
        let second = try database.cachedStatement("SELECT ?")
        XCTAssertTrue(first === second)
        XCTAssertTrue(try second.step(), "reset: the statement runs again from its start")
        XCTAssertTrue(second.isNull(at: 0), "bindings were cleared")
    }
}
