import XCTest
import Foundation
@testable import ImportKit

/// The `importer` command as users run it: output, exit statuses, signals, a second importer.
final class ImporterCommandTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var importer: ImporterBinary!
    private var articles: String { folder.path("articles") }
    private var database: String { folder.path("kb.sqlite") }

    override func setUpWithError() throws {
        folder = try TemporaryFolder("importer-command")
        importer = try ImporterBinary()
        for index in 0..<3 { try folder.write("articles/\(index).txt", SampleArticle.text(index)) }
    }

    private static let summaryPattern = #"^seen \d+, new \d+, changed \d+, unchanged \d+, pruned \d+, rejected \d+; "#
        + #"people \d+, posts \d+, organizations \d+, events \d+, targets \d+, projects \d+; \d+\.\d\d s\n$"#

    func testImportPrintsTheSummaryLineAndExitsZero() throws {
        let run = try importer.run([articles, database])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "", "no progress line when stderr is not a terminal")
        XCTAssertNotNil(run.stdout.range(of: Self.summaryPattern, options: .regularExpression), run.stdout)
        XCTAssertTrue(run.stdout.hasPrefix("seen 3, new 3, changed 0, unchanged 0, pruned 0, rejected 0; "), run.stdout)

        let again = try importer.run([articles, database, "--quiet", "--jobs", "1"])
        XCTAssertEqual([again.stdout, again.stderr], ["", ""])
        XCTAssertEqual(again.status, 0)
    }

    func testRejectedFileIsReportedOnStderrAndExitsOne() throws {
        let empty = try folder.write("articles/blank.txt", Data())
        let run = try importer.run([articles, database])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "importer: \(empty): empty file\n")
        XCTAssertTrue(run.stdout.hasPrefix("seen 4, new 3, changed 0, unchanged 0, pruned 0, rejected 1; "), run.stdout)
    }

    func testUsageErrorsExit64() throws {
        XCTAssertEqual(try importer.run([]).status, 64)
        XCTAssertEqual(try importer.run([database]).status, 64)
        let missing = try importer.run([folder.path("nowhere"), database])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.stderr.contains("nowhere"), missing.stderr)
        XCTAssertEqual(try importer.run([articles, database, "--jobs", "0"]).status, 64)
        XCTAssertEqual(try importer.run([articles, database, "--no-such-option"]).status, 64)
        XCTAssertFalse(FileManager.default.fileExists(atPath: database), "a usage error touches no database")
    }

    func testDatabaseThatCannotBeOpenedExitsTwo() throws {
        let notADatabase = try folder.write("notes.sqlite", String(repeating: "会议纪要", count: 50))
        let run = try importer.run([articles, notADatabase])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "importer: \(notADatabase) is not a SQLite database; refusing to touch it\n")
        XCTAssertEqual(run.stdout, "")

        let missingDirectory = try importer.run([articles, folder.path("gone/kb.sqlite")])
        XCTAssertEqual(missingDirectory.status, 2)
        XCTAssertTrue(missingDirectory.stderr.hasPrefix("importer: "), missingDirectory.stderr)
    }

    func testSecondImporterWaitsThenExitsTwo() throws {
        XCTAssertEqual(try importer.run([articles, database]).status, 0)
        let firstImporter = try ImporterLock(databasePath: database, timeout: 0)
        defer { firstImporter.release() }
        let started = Date()
        let second = try importer.run([articles, database])
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 4.5, "waits the busy timeout first")
        XCTAssertEqual(second.status, 2)
        XCTAssertTrue(second.stderr.contains("another importer is writing to this database"), second.stderr)
    }

    func testWriteFailureMidRunExitsTwoAndKeepsWhatWasCommitted() throws {
        try XCTSkipUnless(geteuid() == 0, "needs root to make the files immutable (chattr +i)")
        for index in 3..<400 { try folder.write("articles/\(index).txt", SampleArticle.text(index)) }
        let running = try importer.start([articles, database])
        let deadline = Date().addingTimeInterval(60)
        while running.process.isRunning && Date() < deadline
                && ((try? ImportHarness.integer(database, "SELECT count(*) FROM articles")) ?? 0) == 0 {
            usleep(20_000)
        }
        // From now on every write the importer makes fails, as on a full or failing disk.
        let files = [database, database + "-wal"]
        for file in files { XCTAssertEqual(Self.chattr("+i", file), 0) }
        defer { for file in files { _ = Self.chattr("-i", file) } }
        let status = running.wait()
        for file in files { _ = Self.chattr("-i", file) }
        guard status != 0 else { throw XCTSkip("the import finished before its files were made immutable") }
        XCTAssertEqual(status, 2, running.standardError)
        XCTAssertTrue(running.standardError.contains("cannot write to database"), running.standardError)
        XCTAssertTrue(running.standardError.contains("the database holds every article imported before that"),
                      running.standardError)
        XCTAssertEqual(try ImportHarness.strings(database, "PRAGMA integrity_check"), ["ok"])
        let resumed = try importer.run([articles, database, "--quiet"])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM articles"), 400)
    }

    private static func chattr(_ flag: String, _ path: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chattr", flag, path]
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testSIGINTFinishesTheTransactionThenExits130() throws {
        try assertInterrupt(by: SIGINT, exitStatus: 130)
    }

    func testSIGTERMFinishesTheTransactionThenExits143() throws {
        try assertInterrupt(by: SIGTERM, exitStatus: 143)
    }

    /// Starts a long import, signals it once it has written something, and checks that it
    /// stopped with the message, and that the database holds exactly what the message says.
    private func assertInterrupt(by signal: Int32, exitStatus: Int32) throws {
        for index in 3..<400 { try folder.write("articles/\(index).txt", SampleArticle.text(index)) }
        let running = try importer.start([articles, database, "--jobs", "2"])
        let deadline = Date().addingTimeInterval(60)
        while running.process.isRunning && Date() < deadline
                && ((try? ImportHarness.integer(database, "SELECT count(*) FROM articles")) ?? 0) == 0 {
            usleep(20_000)
        }
        running.signal(signal)
        let status = running.wait()
        guard status == exitStatus else {
            // The import won the race and finished before the signal: nothing to check.
            XCTAssertEqual(status, 0, running.standardError)
            throw XCTSkip("the import finished before the signal arrived")
        }
        let message = running.standardError
        let pattern = #"^importer: interrupted after (\d+) articles; the database holds every article imported so far\n$"#
        let match = try XCTUnwrap(message.range(of: pattern, options: .regularExpression), message)
        let written = Int(message[match].split(separator: " ")[3])
        XCTAssertEqual(written, try ImportHarness.integer(database, "SELECT count(*) FROM articles"))
        XCTAssertLessThan(written ?? 400, 400)
        XCTAssertTrue(running.standardOutput.hasPrefix("seen "), running.standardOutput)
        XCTAssertEqual(try ImportHarness.strings(database, "PRAGMA integrity_check"), ["ok"])
        XCTAssertEqual(try ImportHarness.strings(database,
            "SELECT ifnull(finished_at, 'NULL') FROM import_runs ORDER BY id DESC LIMIT 1"), ["NULL"])
    }
}
