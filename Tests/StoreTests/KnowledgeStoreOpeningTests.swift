import Foundation
import XCTest
@testable import Store

/// Opening for writing: create, migrate, or refuse and leave the file untouched.
final class KnowledgeStoreOpeningTests: XCTestCase {
    var directory: TemporaryDirectory!

    override func setUpWithError() throws { directory = try TemporaryDirectory() }

    func testFreshDatabaseGetsVersionApplicationIDAndWAL() throws {
        let path = directory.path("new.db")
        let store = try KnowledgeStore(path: path)
        let latest = try Migrator.bundled().latestVersion
        XCTAssertEqual(try store.count("PRAGMA user_version"), latest)
        XCTAssertEqual(try store.count("PRAGMA application_id"), Int(KnowledgeStore.applicationID))
        XCTAssertEqual(try store.database.fetchValue(String.self, sql: "PRAGMA journal_mode"), "wal")
        XCTAssertEqual(try store.count("SELECT count(*) FROM schema_guide WHERE name = 'article_people'"), 1)
        XCTAssertEqual(try store.strings("PRAGMA integrity_check"), ["ok"])
        XCTAssertEqual(try store.strings("SELECT version || ' ' || name FROM schema_migrations ORDER BY version").first,
                       "1 initial schema")
        XCTAssertEqual(try store.count("SELECT count(*) FROM schema_migrations"), latest)
    }

    /// The full-text index's build settings live in the file (migrations 4 and 5), so every writer,
    /// the sqlite3 shell's included, builds it the same way.
    func testFullTextIndexKeepsItsBuildSettingsInTheFile() throws {
        let store = try KnowledgeStore(path: directory.path("fts.db"))
        XCTAssertEqual(try store.strings("SELECT k || '=' || v FROM article_search_config WHERE k <> 'version' ORDER BY k"),
                       ["automerge=8", "hashsize=16777216", "pgsz=16000"])
    }

    func testSchemaGuideCoversEveryTableAndView() throws {
        let store = try KnowledgeStore(path: directory.path("guide.db"))
        let missing = try store.strings("""
            SELECT name FROM sqlite_schema
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'article_search_%'
              AND name NOT IN (SELECT name FROM schema_guide)
            """)
        XCTAssertEqual(missing, [])
    }

    func testReopeningIsANoOp() throws {
        let path = directory.path("again.db")
        try KnowledgeStore(path: path).store(article("a.txt", text: "正文"), .init())
        let store = try KnowledgeStore(path: path)
        XCTAssertEqual(try store.count("SELECT count(*) FROM articles"), 1)
    }

    /// An open for writing that finds the schema and the query catalog current commits nothing:
    /// another connection's `data_version` does not move.
    func testReopeningACurrentDatabaseWritesNothing() throws {
        let path = directory.path("quiet.db")
        let first = try KnowledgeStore(path: path)
        let before = try first.count("PRAGMA data_version")
        _ = try KnowledgeStore(path: path)
        XCTAssertEqual(try first.count("PRAGMA data_version"), before)
    }

    /// A catalog that differs from the shipped queries (an older build's, or edited by hand) is
    /// replaced whole at the next open for writing.
    func testStaleQueryCatalogIsReplacedOnOpen() throws {
        let path = directory.path("catalog.db")
        let shipped = try KnowledgeStore(path: path).strings("SELECT name || sql FROM predefined_queries ORDER BY name")
        XCTAssertFalse(shipped.isEmpty)
        do {
            let raw = try Database(path: path)
            try raw.execute(sql: """
                UPDATE predefined_queries SET sql = 'SELECT 1' WHERE name = (SELECT min(name) FROM predefined_queries);
                INSERT INTO predefined_queries(name, description, parameters, sql) VALUES ('gone', 'old', '[]', 'SELECT 2');
                """)
        }
        let reopened = try KnowledgeStore(path: path)
        XCTAssertEqual(try reopened.strings("SELECT name || sql FROM predefined_queries ORDER BY name"), shipped)
    }

    /// What a re-import reads first comes from the covering index (migration 6), not from the
    /// articles' rows, which take a page each.
    func testStoredArticleListReadsTheCoveringIndex() throws {
        let store = try KnowledgeStore(path: directory.path("plan.db"))
        let plan = try store.database.fetchAll(sql: "EXPLAIN QUERY PLAN " + KnowledgeStore.sourcesSQL)
            .map { $0[3].stringValue ?? "" }
        XCTAssertTrue(plan.contains("SCAN a USING COVERING INDEX articles_stored"), "\(plan)")
    }

    func testOurDatabaseAtVersionZeroIsMigrated() throws {
        let path = directory.path("zero.db")
        let raw = try Database(path: path)
        try raw.execute(sql: "PRAGMA application_id = \(KnowledgeStore.applicationID)")
        XCTAssertEqual(try Migrator.version(of: raw), 0)
        let store = try KnowledgeStore(path: path)
        XCTAssertEqual(try store.count("PRAGMA user_version"), try Migrator.bundled().latestVersion)
        XCTAssertEqual(try store.count("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'"), 1)
    }

    func testNewerVersionIsRefusedAndFileUnchanged() throws {
        let path = directory.path("newer.db")
        do {
            let raw = try Database(path: path, walJournal: false)
            try raw.execute(sql: "PRAGMA application_id = \(KnowledgeStore.applicationID); PRAGMA user_version = 999; CREATE TABLE future (x)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try KnowledgeStore(path: path)) { error in
            guard case StoreError.newerSchema(_, 999, _) = error else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("created by a newer version"), "\(error)")
            XCTAssertTrue("\(error)".contains(path))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testOtherProgramsDatabaseIsRefusedAndFileUnchanged() throws {
        for (name, setup) in [("app.db", "PRAGMA application_id = 1234; CREATE TABLE theirs (x)"),
                              ("plain.db", "CREATE TABLE theirs (x); INSERT INTO theirs VALUES (1)")] {
            let path = directory.path(name)
            do { try Database(path: path, walJournal: false).execute(sql: setup) }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try KnowledgeStore(path: path), name) { error in
                guard case StoreError.foreignDatabase = error else { return XCTFail("\(name): \(error)") }
                XCTAssertTrue("\(error)".contains("another program"), "\(error)")
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, name)
        }
    }

    func testTextFileIsRefusedAsNotADatabase() throws {
        let path = directory.path("notes.txt")
        let text = Data(String(repeating: "这不是数据库。This is not a database.\n", count: 100).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try KnowledgeStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .notADatabase(path: path))
            XCTAssertEqual("\(error)", "\(path) is not a SQLite database; refusing to touch it")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), text)
    }

    func testMissingDirectoryAndDirectoryPathCannotOpen() throws {
        XCTAssertThrowsError(try KnowledgeStore(path: directory.path("no/such/dir/x.db"))) { error in
            guard case StoreError.cannotOpen = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try KnowledgeStore(path: directory.url.path)) { error in
            guard case StoreError.cannotOpen(_, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(reason, "it is a directory")
        }
    }

    func testReadOnlyStoreReadsButCannotWrite() throws {
        let path = directory.path("ro.db")
        try KnowledgeStore(path: path).store(article("a.txt", text: "正文"), .init())
        let reader = try KnowledgeStore(path: path, readOnly: true)
        XCTAssertEqual(try reader.sources().keys.sorted(), ["a.txt"])
        XCTAssertThrowsError(try reader.removeArticle(source: "a.txt"))
        XCTAssertThrowsError(try KnowledgeStore(path: directory.path("absent.db"), readOnly: true))
    }

    func testReadOnlyFileIsRefusedForWriting() throws {
        let path = directory.path("locked.db")
        _ = try KnowledgeStore(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        // root ignores file permissions; a `mode=ro` URI gives SQLite the same read-only file then.
        let opened = geteuid() == 0 ? "file:\(path)?mode=ro" : path
        XCTAssertThrowsError(try KnowledgeStore(path: opened)) { error in
            XCTAssertEqual(error as? StoreError, .readOnly(path: opened))
            XCTAssertTrue("\(error)".contains("read-only"))
        }
    }
}
