import XCTest
import Foundation
import Extraction
import Store
@testable import ImportKit

/// Incremental behaviour of a whole run: new, unchanged, changed, re-extraction, pruning, run rows.
final class ImportRunTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var articles: String { folder.path("articles") }
    private var database: String { folder.path("kb.sqlite") }

    override func setUpWithError() throws {
        folder = try TemporaryFolder("import-run")
        for index in 0..<4 {
            try folder.write("articles/\(index)-report.txt", SampleArticle.text(index))
        }
    }

    func testFirstImportStoresEveryArticleWithFacts() throws {
        let outcome = try ImportHarness.run([articles], into: database)
        let counts = outcome.result.counts
        XCTAssertEqual([counts.seen, counts.new, counts.changed, counts.unchanged, counts.rejected], [4, 4, 0, 0, 0])
        XCTAssertEqual(outcome.result.exitStatus, 0)
        XCTAssertNil(outcome.result.interruptionMessage)
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source FROM articles ORDER BY id"),
                       ["0-report.txt", "1-report.txt", "2-report.txt", "3-report.txt"])
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT DISTINCT extractor_version FROM articles"),
                       [String(ArticleExtractor.version)])
        let hash = try ImportHarness.strings(database, "SELECT content_hash FROM articles WHERE source = '2-report.txt'")
        XCTAssertEqual(hash, [SHA256.hex(Data(SampleArticle.text(2).utf8))])
    }

    /// `--profile-statements`: every statement the writer ran, with how often; none without it.
    func testStatementProfileCountsTheWritersStatements() throws {
        var options = ImportOptions(inputs: [articles], databasePath: database, jobs: 2)
        options.profileStatements = true
        let run = ImportRun(options: options, showProgress: false)
        _ = try run.run()
        let entries = try XCTUnwrap(run.statementTimes).entries
        let articleInserts = entries.filter { $0.sql.hasPrefix("INSERT INTO articles(") }
        XCTAssertEqual(articleInserts.map(\.runs), [4], "one insert per article")
        XCTAssertTrue(entries.contains { $0.sql.hasPrefix("INSERT INTO article_search") })
        XCTAssertTrue(entries.allSatisfy { $0.runs > 0 && $0.nanoseconds >= 0 })
        XCTAssertEqual(entries.map(\.nanoseconds), entries.map(\.nanoseconds).sorted(by: >), "longest first")
        XCTAssertTrue(try XCTUnwrap(run.statementTimes).report(top: 3).split(separator: "\n").count == 3)

        let plain = ImportRun(options: ImportOptions(inputs: [articles], databasePath: database, jobs: 2), showProgress: false)
        _ = try plain.run()
        XCTAssertNil(plain.statementTimes)
    }

    func testReimportChangesNothing() throws {
        _ = try ImportHarness.run([articles], into: database)
        let before = try ImportHarness.tableCounts(database)
        let again = try ImportHarness.run([articles], into: database)
        XCTAssertEqual([again.result.counts.seen, again.result.counts.unchanged, again.result.counts.written], [4, 4, 0])
        XCTAssertEqual(again.result.counts.people, 0)
        XCTAssertEqual(try ImportHarness.tableCounts(database), before)
    }

    func testChangedFileReplacesOnlyItsArticle() throws {
        _ = try ImportHarness.run([articles], into: database)
        try folder.write("articles/1-report.txt", SampleArticle.text(1, variant: 1))
        let second = try ImportHarness.run([articles], into: database)
        XCTAssertEqual([second.result.counts.changed, second.result.counts.unchanged, second.result.counts.new], [1, 3, 0])
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source FROM articles WHERE changed_run = 2"),
                       ["1-report.txt"])
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT imported_run FROM articles WHERE source = '1-report.txt'"), 1)
        XCTAssertEqual(try ImportHarness.integer(database,
                                                 "SELECT count(*) FROM articles WHERE instr(original_text, '第1稿') > 0"), 1)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM articles"), 4)
    }

    func testArticlesFromAnOlderExtractorAreReextracted() throws {
        _ = try ImportHarness.run([articles], into: database)
        let connection = try Database(path: database, mode: .readWrite)
        try connection.execute(sql: "UPDATE articles SET extractor_version = extractor_version - 1 WHERE source = '3-report.txt'")
        let second = try ImportHarness.run([articles], into: database)
        XCTAssertEqual([second.result.counts.changed, second.result.counts.unchanged], [1, 3])
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT DISTINCT extractor_version FROM articles"),
                       [String(ArticleExtractor.version)])
    }

    func testPruneRemovesArticlesWhoseFilesAreGoneAndTheirOrphans() throws {
        try folder.write("articles/solo.txt", "一位只在这里出现的人。工业和信息化部副部长欧阳振华在成都调研智能制造企业。")
        _ = try ImportHarness.run([articles], into: database)
        try FileManager.default.removeItem(atPath: folder.path("articles/solo.txt"))

        let withoutPrune = try ImportHarness.run([articles], into: database)
        XCTAssertEqual(withoutPrune.result.counts.pruned, 0)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM articles"), 5)

        let pruning = try ImportHarness.run([articles], into: database, prune: true)
        XCTAssertEqual([pruning.result.counts.pruned, pruning.result.counts.unchanged], [1, 4])
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM articles WHERE source = 'solo.txt'"), 0)
        // Nothing still refers to an entity after pruning: orphans went with the article.
        XCTAssertEqual(try ImportHarness.integer(database, """
            SELECT count(*) FROM people p
            WHERE NOT EXISTS (SELECT 1 FROM person_mentions m WHERE m.person_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM posts po WHERE po.person_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM event_participants e WHERE e.person_id = p.id)
            """), 0)
    }

    func testPruneKeepsArticlesOfFilesThatWereRejected() throws {
        _ = try ImportHarness.run([articles], into: database)
        try folder.write("articles/0-report.txt", Data())
        let outcome = try ImportHarness.run([articles], into: database, prune: true)
        XCTAssertEqual([outcome.result.counts.rejected, outcome.result.counts.pruned], [1, 0])
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM articles"), 4)
    }

    func testImportRunsRowRecordsTheCounts() throws {
        try folder.write("articles/empty.txt", Data())
        let outcome = try ImportHarness.run([articles], into: database)
        let row = try Database(path: database, mode: .readOnly).fetchOne(sql: """
            SELECT seen, new, changed, unchanged, pruned, rejected, people, posts, organizations, events, targets,
                   projects, finished_at, seconds
            FROM import_runs
            """)
        let counts = outcome.result.counts
        XCTAssertEqual((0..<12).map { row?[$0].intValue }, [5, 4, 0, 0, 0, 1, counts.people, counts.posts,
                                                            counts.organizations, counts.events, counts.targets,
                                                            counts.projects])
        XCTAssertGreaterThan(counts.people + counts.organizations, 0)
        XCTAssertNotNil(row?[12].stringValue)
        XCTAssertEqual(row?[13].doubleValue ?? -1, counts.seconds, accuracy: 0.001)
        XCTAssertEqual(outcome.result.exitStatus, 1)
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source || ': ' || reason FROM rejections"),
                       ["empty.txt: " + outcome.rejections[0].reason])
    }

    func testSummaryLineHasEveryCount() throws {
        let line = try ImportHarness.run([articles], into: database).result.counts.summaryLine
        let pattern = #"^seen 4, new 4, changed 0, unchanged 0, pruned 0, rejected 0; people \d+, posts \d+, "#
            + #"organizations \d+, events \d+, targets \d+, projects \d+; \d+\.\d\d s$"#
        XCTAssertNotNil(line.range(of: pattern, options: .regularExpression), line)
    }

    func testOneJobAndFourJobsWriteTheSameDatabase() throws {
        for index in 4..<20 { try folder.write("articles/more/\(index).txt", SampleArticle.text(index)) }
        let serial = folder.path("serial.sqlite")
        _ = try ImportHarness.run([articles], into: serial, jobs: 1)
        _ = try ImportHarness.run([articles], into: database, jobs: 4)
        let listing = "SELECT id || ' ' || source || ' ' || content_hash FROM articles ORDER BY id"
        XCTAssertEqual(try ImportHarness.strings(database, listing), try ImportHarness.strings(serial, listing))
        XCTAssertEqual(try ImportHarness.tableCounts(database), try ImportHarness.tableCounts(serial))
    }

    func testDatabaseInsideTheImportedFolderIsNotImported() throws {
        let inside = folder.path("articles/kb.sqlite")
        let first = try ImportHarness.run([articles], into: inside)
        XCTAssertEqual([first.result.counts.seen, first.result.counts.rejected], [4, 0], "\(first.rejections)")
        let second = try ImportHarness.run([articles], into: inside)
        XCTAssertEqual([second.result.counts.seen, second.result.counts.unchanged, second.result.counts.rejected], [4, 4, 0])
    }

    func testSameSourceFromTwoInputsIsRejectedTheSecondTime() throws {
        try folder.write("other/0-report.txt", SampleArticle.text(9))
        let outcome = try ImportHarness.run([articles, folder.path("other")], into: database)
        XCTAssertEqual([outcome.result.counts.new, outcome.result.counts.rejected], [4, 1])
        XCTAssertEqual(outcome.rejections.first?.path, folder.path("other/0-report.txt"))
        XCTAssertTrue(outcome.rejections.first?.reason.contains("0-report.txt") ?? false)
    }

    func testInterruptedRunStopsAndSaysHowFarItGot() throws {
        let outcome = try ImportHarness.run([articles], into: database) { $0.interrupt(signal: SIGINT) }
        XCTAssertEqual(outcome.result.interruptedBy, SIGINT)
        XCTAssertEqual(outcome.result.exitStatus, 130)
        XCTAssertEqual(outcome.result.interruptionMessage,
                       "interrupted after 0 articles; the database holds every article imported so far")
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT ifnull(finished_at, 'NULL') FROM import_runs"), ["NULL"])
        // The next run picks up everything.
        let resumed = try ImportHarness.run([articles], into: database)
        XCTAssertEqual(resumed.result.counts.new, 4)
        XCTAssertEqual(ImportResult(counts: ImportCounts(), interruptedBy: SIGTERM).exitStatus, 143)
    }

    func testInterruptedRunNeverPrunes() throws {
        _ = try ImportHarness.run([articles], into: database)
        try FileManager.default.removeItem(atPath: folder.path("articles/0-report.txt"))
        let outcome = try ImportHarness.run([articles], into: database, prune: true) { $0.interrupt(signal: SIGTERM) }
        XCTAssertEqual(outcome.result.counts.pruned, 0)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM articles"), 4)
    }

    /// A batch is written without per-article savepoints first; an article the schema refuses
    /// rolls that attempt back, and the batch is written again with savepoints: the others are
    /// stored with all their facts, the refused one is rejected once, and nothing of it remains.
    func testArticleTheSchemaRefusesIsRejectedAndTheRestOfItsBatchIsStored() throws {
        try folder.write("empty/.keep", "")
        _ = try ImportHarness.run([folder.path("empty")], into: database)
        let connection = try Database(path: database, mode: .readWrite)
        try connection.execute(sql: """
            CREATE TRIGGER refuse_second AFTER INSERT ON posts
            WHEN (SELECT source FROM articles WHERE id = new.article_id) = '2-report.txt'
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)
        let outcome = try ImportHarness.run([articles], into: database)
        let counts = outcome.result.counts
        XCTAssertEqual([counts.seen, counts.new, counts.rejected], [4, 3, 1])
        XCTAssertEqual(outcome.rejections.map(\.path), [folder.path("articles/2-report.txt")])
        XCTAssertTrue(outcome.rejections.first?.reason.contains("refused by test") ?? false)
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source FROM articles ORDER BY source"),
                       ["0-report.txt", "1-report.txt", "3-report.txt"])
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source FROM rejections"), ["2-report.txt"])
        // The refused article's person rows were rolled back with it; the others' facts are whole.
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(DISTINCT article_id) FROM posts"), 3)
        XCTAssertEqual(try ImportHarness.integer(database,
            "SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM person_mentions m WHERE m.person_id = p.id)"), 0)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM article_search"), 3)
    }

    // MARK: - Unchanged files told from their size and modification time

    private func setModified(_ name: String, secondsAgo: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)],
                                              ofItemAtPath: folder.path("articles/\(name)"))
    }

    private func recordedModified(_ source: String) throws -> [String] {
        try ImportHarness.strings(database, """
            SELECT f.modified_ns FROM article_files f JOIN articles a ON a.id = f.article_id WHERE a.source = '\(source)'
            """)
    }

    func testFilesUnchangedInSizeAndTimeAreNotReadAgain() throws {
        for index in 0..<4 { try setModified("\(index)-report.txt", secondsAgo: 3600) }
        _ = try ImportHarness.run([articles], into: database)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM article_files"), 4)
        let stamp = try recordedModified("2-report.txt")
        // New content of the same size under the recorded time: the stamps say unchanged, so
        // the file is not read (what rsync and git do too) ...
        let path = folder.path("articles/2-report.txt")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try folder.write("articles/2-report.txt", original.replacingOccurrences(of: "第0稿", with: "第9稿"))
        let recordedNanoseconds = Int64(stamp[0])!
        let recorded = timespec(tv_sec: Int(recordedNanoseconds / 1_000_000_000),
                                tv_nsec: Int(recordedNanoseconds % 1_000_000_000))
        var times = [recorded, recorded]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let trusted = try ImportHarness.run([articles], into: database)
        XCTAssertEqual([trusted.result.counts.unchanged, trusted.result.counts.changed], [4, 0])
        // ... and --rehash reads every file and finds the change.
        let rehashed = try ImportHarness.run([articles], into: database, rehash: true)
        XCTAssertEqual([rehashed.result.counts.unchanged, rehashed.result.counts.changed], [3, 1])
        XCTAssertEqual(try ImportHarness.integer(database,
                                                 "SELECT count(*) FROM articles WHERE instr(original_text, '第9稿') > 0"), 1)
    }

    func testChangedSizeOrTimeMakesTheFileBeRead() throws {
        for index in 0..<4 { try setModified("\(index)-report.txt", secondsAgo: 3600) }
        _ = try ImportHarness.run([articles], into: database)
        // Touched only: read, found unchanged, and its new time recorded for the next run.
        try setModified("1-report.txt", secondsAgo: 1800)
        let before = try recordedModified("1-report.txt")
        let touched = try ImportHarness.run([articles], into: database)
        XCTAssertEqual([touched.result.counts.unchanged, touched.result.counts.changed], [4, 0])
        XCTAssertNotEqual(try recordedModified("1-report.txt"), before)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM import_runs WHERE id = 2"), 1)
        // A different size under the old time: read and re-extracted.
        try folder.write("articles/3-report.txt", SampleArticle.text(3, variant: 12345))
        try setModified("3-report.txt", secondsAgo: 3600)
        let resized = try ImportHarness.run([articles], into: database)
        XCTAssertEqual([resized.result.counts.unchanged, resized.result.counts.changed], [3, 1])
    }

    /// A file changed within the last seconds might change again within the same tick of the
    /// file system's clock without its time moving: its time is not recorded, so the next run
    /// reads it again.
    func testFreshlyWrittenFilesAreReadAgainNextTime() throws {
        _ = try ImportHarness.run([articles], into: database)
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM article_files"), 0)
        try folder.write("articles/0-report.txt", SampleArticle.text(0, variant: 7))
        let again = try ImportHarness.run([articles], into: database)
        XCTAssertEqual([again.result.counts.unchanged, again.result.counts.changed], [3, 1])
    }
}
