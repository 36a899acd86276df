import XCTest
import CSQLite
@testable import Store

final class DatabaseTests: XCTestCase {
    func testOpenSettingsOnAFile() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("a.db"))
        XCTAssertEqual(try database.fetchValue(String.self, sql: "PRAGMA journal_mode"), "wal")
        XCTAssertEqual(try database.fetchValue(Int.self, sql: "PRAGMA foreign_keys"), 1)
        XCTAssertEqual(database.busyTimeout, 5)
        database.busyTimeout = 0.25
        XCTAssertEqual(try database.fetchValue(Int.self, sql: "PRAGMA busy_timeout"), 250)
        XCTAssertFalse(database.isReadOnly)
    }

    func testMemoryStatisticsAreOffOnceAConnectionOpened() throws {
        // With statistics on, SQLite counts (and locks a mutex for) every allocation, and a
        // connection with a table and a statement holds far more than zero bytes.
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("m.db"))
        try database.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (randomblob(100000))")
        XCTAssertEqual(try database.fetchValue(Int.self, sql: "SELECT count(*) FROM t"), 1)
        XCTAssertEqual(sqlite3_memory_used(), 0)
    }

    func testStatementProfilerReportsEachFinishedStatementUntilRemoved() throws {
        let database = try Database(path: ":memory:")
        var seen: [(String, Int64)] = []
        database.setStatementProfiler { seen.append(($0, $1)) }
        try database.execute(sql: "CREATE TABLE t (x)")
        let insert = try database.prepare("INSERT INTO t VALUES (?)")
        for value in 0..<3 { try insert.execute([value]) }
        XCTAssertEqual(seen.map(\.0), ["CREATE TABLE t (x)"] + Array(repeating: "INSERT INTO t VALUES (?)", count: 3))
        XCTAssertTrue(seen.allSatisfy { $0.1 >= 0 })
        database.setStatementProfiler(nil)
        try insert.execute([4])
        XCTAssertEqual(seen.count, 4)
    }

    func testReadOnlyModeCannotWrite() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("b.db")
        try Database(path: path).execute(sql: "CREATE TABLE t (x)")
        let reader = try Database(path: path, mode: .readOnly)
        XCTAssertTrue(reader.isReadOnly)
        XCTAssertThrowsError(try reader.execute(sql: "INSERT INTO t VALUES (1)")) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_READONLY)
        }
    }

    func testReadWriteModeNeedsAnExistingFile() throws {
        let directory = try TemporaryDirectory()
        XCTAssertThrowsError(try Database(path: directory.path("missing.db"), mode: .readWrite)) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_CANTOPEN)
            XCTAssertTrue("\(error)".contains("missing.db"), "the error names the file: \(error)")
        }
    }

    func testTransactionCommitsOnSuccessAndRollsBackOnThrow() throws {
        struct Failure: Error {}
        let database = try Database(path: ":memory:")
        try database.execute(sql: "CREATE TABLE t (x)")
        try database.inTransaction(.immediate) {
            try database.execute(sql: "INSERT INTO t VALUES (1)")
        }
        XCTAssertThrowsError(try database.inTransaction(.immediate) {
            try database.execute(sql: "INSERT INTO t VALUES (2)")
            try database.execute(sql: "INSERT INTO t VALUES (3)")
            throw Failure()
        })
        XCTAssertFalse(database.isInTransaction)
        XCTAssertEqual(try database.fetchAll(sql: "SELECT x FROM t").map { $0[0] }, [.integer(1)])
    }

    func testSavepointRollsBackOnlyItsOwnWork() throws {
        struct Failure: Error {}
        let database = try Database(path: ":memory:")
        try database.execute(sql: "CREATE TABLE t (x)")
        try database.inTransaction {
            try database.execute(sql: "INSERT INTO t VALUES ('kept')")
            XCTAssertThrowsError(try database.inSavepoint {
                try database.execute(sql: "INSERT INTO t VALUES ('undone')")
                throw Failure()
            })
            try database.inSavepoint { try database.execute(sql: "INSERT INTO t VALUES ('nested')") }
            XCTAssertTrue(database.isInTransaction)
        }
        XCTAssertEqual(try database.fetchAll(sql: "SELECT x FROM t ORDER BY rowid").map { $0[0] },
                       [.text("kept"), .text("nested")])
    }

    func testLastInsertRowIDAndChanges() throws {
        let database = try Database(path: ":memory:")
        try database.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, x)")
        try database.execute(sql: "INSERT INTO t(id, x) VALUES (41, 'a')", arguments: [])
        try database.execute(sql: "INSERT INTO t(x) VALUES ('b')", arguments: [])
        XCTAssertEqual(database.lastInsertRowID, 42)
        try database.execute(sql: "UPDATE t SET x = 'c'", arguments: [])
        XCTAssertEqual(database.changes, 2)
    }

    func testProgressHandlerStopsALongQuery() throws {
        let database = try Database(path: ":memory:")
        var calls = 0
        database.setProgressHandler(every: 1000) {
            calls += 1
            return calls > 5
        }
        let endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        XCTAssertThrowsError(try database.fetchOne(sql: endless)) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_INTERRUPT)
        }
        database.setProgressHandler(every: 1000, nil)
        XCTAssertEqual(try database.fetchValue(Int.self, sql: "SELECT 1"), 1)
    }

    func testInterruptFromAnotherThread() throws {
        let database = try Database(path: ":memory:")
        let endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { database.interrupt() }
        XCTAssertThrowsError(try database.fetchOne(sql: endless)) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_INTERRUPT)
        }
    }

    func testAuthorizerRefusesAttachPragmaWritesAndLoadExtension() throws {
        let database = try Database(path: ":memory:")
        database.setAuthorizer { request in
            switch request.action {
            case .attach, .detach: return .deny
            case .pragma where request.argument1 == "writable_schema": return .deny
            case .function where request.argument2 == "load_extension": return .deny
            default: return .allow
            }
        }
        for sql in ["ATTACH DATABASE ':memory:' AS other", "PRAGMA writable_schema = 1", "SELECT load_extension('x')"] {
            XCTAssertThrowsError(try database.prepare(sql), sql) { error in
                // SQLITE_AUTH for statements; a denied function is reported as SQLITE_ERROR.
                XCTAssertTrue("\(error)".contains("not authorized"), "\(sql): \(error)")
            }
        }
        XCTAssertEqual(try database.fetchValue(Int.self, sql: "SELECT 2"), 2)
        database.setAuthorizer(nil)
        XCTAssertNoThrow(try database.prepare("PRAGMA writable_schema"))
    }

    func testBusyTimeoutWaitsThenFailsWithBusy() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("busy.db")
        let holder = try Database(path: path)
        try holder.execute(sql: "CREATE TABLE t (x)")
        let waiter = try Database(path: path, busyTimeout: 0.2)
        try holder.execute(sql: "BEGIN IMMEDIATE")
        let start = Date()
        XCTAssertThrowsError(try waiter.inTransaction(.immediate) {}) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_BUSY)
        }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.15, "waited for the lock first")
        try holder.execute(sql: "COMMIT")
    }
}
