import XCTest
import Foundation
import Store
@testable import ImportKit

/// Databases the importer cannot use (exit status 2) and databases shared with others.
final class DatabaseFailureTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var articles: String { folder.path("articles") }

    override func setUpWithError() throws {
        folder = try TemporaryFolder("db-failure")
        try folder.write("articles/a.txt", SampleArticle.text(1))
        try folder.write("articles/b.txt", SampleArticle.text(2))
    }

    private func expectFailure(_ database: String, file: StaticString = #filePath, line: UInt = #line,
                               _ check: (ImportFailure) -> Void) {
        XCTAssertThrowsError(try ImportHarness.run([articles], into: database), file: file, line: line) { error in
            guard let failure = error as? ImportFailure else {
                return XCTFail("not an ImportFailure: \(error)", file: file, line: line)
            }
            XCTAssertTrue(failure.description.contains(database), failure.description, file: file, line: line)
            check(failure)
        }
    }

    func testMissingDirectory() {
        expectFailure(folder.path("no/such/dir/kb.sqlite")) { _ in }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("no")))
    }

    func testTextFileIsNotADatabaseAndStaysUntouched() throws {
        let path = try folder.write("notes.sqlite", String(repeating: "这不是数据库。", count: 40))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        expectFailure(path) { failure in
            XCTAssertTrue(failure.description.contains("not a SQLite database"), failure.description)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testAnotherProgramsDatabaseIsRefused() throws {
        let path = folder.path("other.sqlite")
        try Database(path: path, mode: .create, walJournal: false)
            .execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        expectFailure(path) { failure in
            XCTAssertTrue(failure.description.contains("another program"), failure.description)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testDatabaseOfANewerVersionIsRefused() throws {
        let path = folder.path("kb.sqlite")
        _ = try ImportHarness.run([articles], into: path)
        try Database(path: path, mode: .readWrite).execute(sql: "PRAGMA user_version = 999")
        expectFailure(path) { failure in
            XCTAssertTrue(failure.description.contains("newer version"), failure.description)
        }
    }

    func testReadOnlyDatabaseFile() throws {
        let path = folder.path("kb.sqlite")
        _ = try ImportHarness.run([folder.path("articles/a.txt")], into: path)
        // Root ignores file modes, so make the file immutable there; chmod is enough for others.
        let immutable = geteuid() == 0
        if immutable {
            try XCTSkipUnless(shell("chattr", "+i", path) == 0, "chattr +i is not supported here")
        } else {
            XCTAssertEqual(chmod(path, 0o444), 0)
        }
        defer { if immutable { _ = shell("chattr", "-i", path) } else { chmod(path, 0o644) } }
        expectFailure(path) { failure in
            XCTAssertTrue(failure.description.contains("read-only"), failure.description)
        }
    }

    func testSecondImporterWaitsThenFailsClearly() throws {
        let path = folder.path("kb.sqlite")
        _ = try ImportHarness.run([articles], into: path)
        let otherImporter = try ImporterLock(databasePath: path, timeout: 0)
        defer { otherImporter.release() }
        let started = Date()
        XCTAssertThrowsError(try ImportHarness.run([articles], into: path, lockTimeout: 0.4)) { error in
            XCTAssertEqual(error as? ImportFailure, .busy(database: path, waitedSeconds: 0.4))
            XCTAssertTrue("\(error)".contains("another importer is writing to this database"), "\(error)")
        }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.4)
        otherImporter.release()
        XCTAssertEqual(try ImportHarness.run([articles], into: path).result.counts.unchanged, 2)
    }

    func testReaderKeepsItsSnapshotWhileAnImportWrites() throws {
        let path = folder.path("kb.sqlite")
        _ = try ImportHarness.run([articles], into: path)
        let reader = try Database(path: path, mode: .readOnly)
        try reader.execute(sql: "BEGIN")
        XCTAssertEqual(try reader.fetchValue(Int.self, sql: "SELECT count(*) FROM articles"), 2)

        for index in 10..<15 { try folder.write("articles/new-\(index).txt", SampleArticle.text(index)) }
        let outcome = try ImportHarness.run([articles], into: path)
        XCTAssertEqual(outcome.result.counts.new, 5)

        // Inside its transaction the reader still sees the database as it was (WAL snapshot)…
        XCTAssertEqual(try reader.fetchValue(Int.self, sql: "SELECT count(*) FROM articles"), 2)
        XCTAssertEqual(try reader.fetchValue(Int.self, sql: "SELECT count(*) FROM article_search WHERE article_search MATCH '产业发展论坛'"), 2)
        try reader.execute(sql: "COMMIT")
        // …and sees the import once it starts a new one.
        XCTAssertEqual(try reader.fetchValue(Int.self, sql: "SELECT count(*) FROM articles"), 7)
    }

    private func shell(_ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
