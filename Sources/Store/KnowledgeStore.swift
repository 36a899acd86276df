import Foundation
import Facts

/// The database of facts: opens (creating and migrating) the SQLite file and writes and reads
/// articles with their facts.
///
/// One `KnowledgeStore` is one connection: use it from one thread at a time (the importer's
/// writer thread). Every write of an article is one transaction, so a crash leaves each article
/// fully present or absent.
public final class KnowledgeStore {
    public struct StoredArticle: Equatable, Sendable {
        public var contentHash: String
        public var extractorVersion: Int
        /// Size in bytes of the file it was read from.
        public var byteCount: Int
        /// The file's modification time (ns since 1970) when it was read, when old enough to
        /// trust (`article_files`); nil otherwise.
        public var fileModified: Int64?

        public init(contentHash: String, extractorVersion: Int, byteCount: Int = 0, fileModified: Int64? = nil) {
            self.contentHash = contentHash
            self.extractorVersion = extractorVersion
            self.byteCount = byteCount
            self.fileModified = fileModified
        }
    }

    /// What one importer run saw and did (the `import_runs` row).
    public struct RunCounts: Equatable, Sendable {
        public var seen = 0, new = 0, changed = 0, unchanged = 0, pruned = 0, rejected = 0
        /// Facts written by the run, per kind.
        public var people = 0, posts = 0, organizations = 0, events = 0, targets = 0, projects = 0
        public var seconds = 0.0

        public init(seen: Int = 0, new: Int = 0, changed: Int = 0, unchanged: Int = 0, pruned: Int = 0, rejected: Int = 0) {
            self.seen = seen
            self.new = new
            self.changed = changed
            self.unchanged = unchanged
            self.pruned = pruned
            self.rejected = rejected
        }
    }

    /// `PRAGMA application_id` of our files: "PNKB" (PolicyNews Knowledge Base) in ASCII.
    /// `file(1)` and other programs can tell our databases from theirs by it.
    public static let applicationID: Int32 = 0x504E_4B42

    public let path: String
    /// The connection, for readers and tools that need SQL beyond this API.
    public let database: Database
    public let isReadOnly: Bool

    /// Articles written in the open batch whose text is not yet in `article_search`, by source.
    /// Invariant: empty outside `inBatch`; every id in it is a committed-or-pending article row.
    private var unindexed: [String: Int64] = [:]
    private var isInBatch = false
    /// Whether the open batch gives each write a savepoint of its own (see `inBatch`).
    private var savepointPerWrite = true
    /// Made at the first article written, then reused: its statements are prepared once.
    private var articleWriter: ArticleWriter?
    /// Bulk writes only (`configureForBulkWrites`): copies the log into the file beside the writer.
    private var checkpointer: BackgroundCheckpointer?
    /// Frames in the write-ahead log after the last commit (the WAL hook's count).
    private var walFrames = 0
    /// A background checkpoint was asked for and its leftovers are not yet copied.
    private var checkpointPending = false
    /// Log length (pages) that starts a background checkpoint: 128 MiB at 4 KiB pages (tests
    /// lower it to see checkpoints on a few articles). Each background checkpoint costs the
    /// writer one catch-up copy of the frames committed while it ran (about 0.1 s at 20k
    /// articles, whatever the threshold), so a longer log means fewer of them: 33 at 32 MiB
    /// took 3.5 s of the writer's 27 s at 20k articles, 15 at 128 MiB 1.7 s.
    var checkpointFrames = 32768
    /// Background checkpoints completed (for tests and measurements).
    var backgroundCheckpoints: Int { checkpointer?.completedCount ?? 0 }

    /// Opens the database for writing, creating and migrating it as needed.
    public convenience init(path: String) throws {
        try self.init(path: path, readOnly: false)
    }

    /// Opens the database. For writing: creates a missing file, refuses files that are not ours
    /// or are newer than this build (leaving them untouched), migrates older ones in place and
    /// installs the predefined queries. Read-only: the file must exist and be ours.
    public init(path: String, readOnly: Bool, busyTimeout: TimeInterval = 5) throws {
        self.path = path
        self.isReadOnly = readOnly
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a directory")
        }
        if readOnly && !exists {
            throw StoreError.cannotOpen(path: path, reason: "no such file")
        }
        let database: Database
        do {
            // No WAL yet: a file must pass the checks before anything is written to it.
            database = try Database(path: path, mode: readOnly ? .readOnly : .create,
                                    busyTimeout: busyTimeout, walJournal: false)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
        self.database = database
        let migrator = try Migrator.bundled()
        try Self.checkOwnership(of: database, path: path, knownVersion: migrator.latestVersion)
        if readOnly { return }
        if database.isReadOnly { throw StoreError.readOnly(path: path) }
        do {
            try database.enableWAL()
            try migrator.migrate(database) { database, step in
                if step.version == 1 {
                    try database.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
                }
            }
            try database.inTransaction(.immediate) {
                try PredefinedQueryCatalog.install(in: database)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw StoreError.readOnly(path: path)
        }
    }

    /// Refuses files that are not SQLite, belong to another program, or are newer than this build.
    /// Reads only the header and the schema, so a refused file is left byte for byte as it was.
    private static func checkOwnership(of database: Database, path: String, knownVersion: Int) throws {
        let applicationID: Int32
        let version: Int
        let objectCount: Int
        do {
            applicationID = try database.fetchValue(Int32.self, sql: "PRAGMA application_id") ?? 0
            version = try Migrator.version(of: database)
            objectCount = try database.fetchValue(Int.self, sql: "SELECT count(*) FROM sqlite_schema") ?? 0
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
        if applicationID != 0 && applicationID != Self.applicationID {
            throw StoreError.foreignDatabase(path: path, applicationID: applicationID)
        }
        // Our step 1 sets the id in the same transaction as the first tables, so tables
        // without it are another program's.
        if applicationID == 0 && objectCount > 0 {
            throw StoreError.foreignDatabase(path: path, applicationID: 0)
        }
        if version > knownVersion {
            throw StoreError.newerSchema(path: path, version: version, knownVersion: knownVersion)
        }
    }

    // MARK: - Reading what is stored

    /// Hash, extractor version, file size and recorded modification time of the stored article,
    /// nil when absent.
    public func storedArticle(source: String) throws -> StoredArticle? {
        guard let row = try database.fetchOne(sql: """
            SELECT a.content_hash, a.extractor_version, a.byte_count, f.modified_ns
            FROM articles a LEFT JOIN article_files f ON f.article_id = a.id WHERE a.source = ?
            """, arguments: [source]) else { return nil }
        return StoredArticle(contentHash: row.value(0) ?? "", extractorVersion: row.value(1) ?? 0,
                             byteCount: row.value(2) ?? 0, fileModified: row.value(3))
    }

    /// Every stored article's identity and what decides whether its file changed. Reads the
    /// covering index `articles_stored` (migration 6), not the table's page-per-article rows.
    static let sourcesSQL = """
        SELECT a.source, a.content_hash, a.extractor_version, a.byte_count, f.modified_ns
        FROM articles a LEFT JOIN article_files f ON f.article_id = a.id
        """

    /// Every stored article by source, for incremental imports and pruning.
    public func sources() throws -> [String: StoredArticle] {
        var result: [String: StoredArticle] = [:]
        try database.cachedStatement(Self.sourcesSQL).forEachRow { row in
            result[row.string(at: 0)] = StoredArticle(contentHash: row.string(at: 1), extractorVersion: row.int(at: 2),
                                                      byteCount: row.int(at: 3),
                                                      fileModified: row.isNull(at: 4) ? nil : row.int64(at: 4))
        }
        return result
    }

    /// Records the modification time of an article's file that was read again and found
    /// unchanged (touched, copied): the next run can then skip it from stat() alone.
    public func recordFileModified(source: String, modifiedNanoseconds: Int64) throws {
        try write {
            try database.execute(sql: """
                INSERT INTO article_files(article_id, modified_ns) SELECT id, ? FROM articles WHERE source = ?
                ON CONFLICT (article_id) DO UPDATE SET modified_ns = excluded.modified_ns
                """, arguments: [modifiedNanoseconds, source])
        }
    }

    /// Row counts: articles, people, posts, organizations, places, events, participants,
    /// statistics, targets, projects, aliases.
    public func factCounts() throws -> [String: Int] {
        let tables = ["articles": "articles", "people": "people", "posts": "posts",
                      "organizations": "organizations", "places": "places", "events": "events",
                      "participants": "event_participants", "statistics": "event_statistics",
                      "targets": "targets", "projects": "projects", "aliases": "organization_aliases"]
        var counts: [String: Int] = [:]
        for (key, table) in tables {
            counts[key] = try database.fetchValue(Int.self, sql: "SELECT count(*) FROM \(table)") ?? 0
        }
        return counts
    }

    // MARK: - Writing articles

    /// Replaces the article and all its facts in one transaction (a savepoint when the caller
    /// already opened a transaction, e.g. to write a batch). Returns the article's row id.
    @discardableResult
    public func replaceArticle(_ article: Article, contentHash: String, byteCount: Int,
                               extractorVersion: Int, facts: ArticleFacts, run: Int64,
                               fileModified: Int64? = nil) throws -> Int64 {
        // The row about to be deleted must be in the index, or the delete trigger's 'delete'
        // of an external-content FTS5 table would corrupt it.
        if unindexed[article.source] != nil { try indexUnindexedArticles() }
        let writer = try articleWriter ?? ArticleWriter(database: database)
        articleWriter = writer
        let id: Int64
        do {
            id = try write {
                let id = try writer.replace(article, contentHash: contentHash, byteCount: byteCount,
                                            extractorVersion: extractorVersion, facts: facts, run: run,
                                            fileModified: fileModified)
                if !isInBatch { try index([id]) }
                return id
            }
        } catch {
            // Rolled back: names it had resolved may point at rows that are gone.
            writer.resolver.forgetCachedEntities()
            throw error
        }
        if !isInBatch { writer.resolver.forgetCachedEntities() }
        // Recorded only once its savepoint is released: a rolled-back article has no row to index.
        if isInBatch { unindexed[article.source] = id }
        return id
    }

    /// Removes an article and its facts; shared entities stay (see `removeOrphans`).
    /// Returns false when no article had this source.
    @discardableResult
    public func removeArticle(source: String) throws -> Bool {
        if unindexed[source] != nil { try indexUnindexedArticles() }
        return try write {
            try database.execute(sql: "DELETE FROM articles WHERE source = ?", arguments: [source])
            return database.changes > 0
        }
    }

    /// Deletes people, organizations and places no fact refers to any more. Returns how many.
    @discardableResult
    public func removeOrphans() throws -> Int {
        articleWriter?.resolver.forgetCachedEntities()
        return try write {
            var removed = 0
            try database.execute(sql: """
                DELETE FROM people AS p
                WHERE NOT EXISTS (SELECT 1 FROM person_mentions m WHERE m.person_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM posts po WHERE po.person_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.person_id = p.id)
                """, arguments: [])
            removed += database.changes
            try database.execute(sql: """
                DELETE FROM organizations AS o
                WHERE NOT EXISTS (SELECT 1 FROM organization_mentions m WHERE m.organization_id = o.id)
                  AND NOT EXISTS (SELECT 1 FROM posts po WHERE po.organization_id = o.id)
                  AND NOT EXISTS (SELECT 1 FROM project_parties pp WHERE pp.organization_id = o.id)
                """, arguments: [])
            removed += database.changes
            try database.execute(sql: """
                DELETE FROM places AS pl
                WHERE NOT EXISTS (SELECT 1 FROM place_mentions m WHERE m.place_id = pl.id)
                  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.place_id = pl.id)
                  AND NOT EXISTS (SELECT 1 FROM projects j WHERE j.place_id = pl.id)
                """, arguments: [])
            removed += database.changes
            return removed
        }
    }

    /// Settings of this connection (not of the file) for a run that writes many articles:
    /// - a 32 MiB page cache, so a batch's dirty pages stay in memory until its commit instead of
    ///   spilling into the WAL mid-transaction, and the entity indexes are not re-read page by page;
    /// - temporary b-trees (DISTINCT, sorting) in memory;
    /// - checkpoints on a thread of their own (`BackgroundCheckpointer`) once the log passes
    ///   128 MiB (`checkpointFrames`), instead of SQLite's automatic ones on the writer's
    ///   thread: the writer no longer copies pages or waits for fsync (10k articles: 33.4–33.5 s
    ///   against 34.8–36.9 s). The last connection to close checkpoints the rest.
    /// All three are bounded: memory and WAL size do not grow with the number of articles (the
    /// log file peaked at 265 MiB at 20k; past 512 MiB the writer waits for the copy).
    public func configureForBulkWrites() throws {
        try database.execute(sql: "PRAGMA cache_size = -32768")
        try database.execute(sql: "PRAGMA temp_store = MEMORY")
        guard checkpointer == nil else { return }
        checkpointer = try BackgroundCheckpointer(path: path)
        // Replaces the automatic checkpoints: see `checkpointAfterBatch`.
        database.setWALCommitHandler { [unowned self] frames in walFrames = frames }
    }

    /// From now on, times every statement this connection runs (a few per cent slower: each
    /// statement's text is looked up in a table as it finishes).
    public func recordStatementTimes() -> StatementTimes {
        let times = StatementTimes()
        database.setStatementProfiler { sql, nanoseconds in times.record(sql: sql, nanoseconds: nanoseconds) }
        return times
    }

    deinit {
        // Before `database` closes: the last connection to close copies the rest of the log.
        checkpointer?.stop()
        checkpointer = nil
    }

    /// After a batch commits: starts a background checkpoint when the log is long, and once one
    /// is done, copies the frames written meanwhile here, so the next batch starts the log over
    /// (SQLite restarts it only for a writer that begins with every frame copied). Should the
    /// background copy fall far behind, waits for it: the log stays bounded.
    private func checkpointAfterBatch() throws {
        guard let checkpointer else { return }
        if checkpointPending {
            if checkpointer.isBusy {
                guard walFrames >= 4 * checkpointFrames else { return }
                checkpointer.waitUntilIdle()
            }
            try database.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
            checkpointPending = false
        } else if walFrames >= checkpointFrames {
            checkpointer.request()
            checkpointPending = true
        }
    }

    /// Runs `body` in one IMMEDIATE transaction, for writing a batch of articles at once; the
    /// batch commits whole or not at all.
    ///
    /// With `savepointPerWrite`, each write inside (`replaceArticle`, `removeArticle`,
    /// `recordRejection`) is a savepoint, so a write that throws leaves nothing behind and the
    /// batch can go on without it. Without, writes run straight in the transaction: about a
    /// fifth less work for the writer (a savepoint copies every page a write touches into the
    /// statement journal first), but a write that throws may leave part of itself behind, so
    /// the caller must let the error end the batch, which rolls it back whole (ImportRun then
    /// writes that batch again with savepoints, to keep the good articles).
    ///
    /// The batch's articles enter the full-text index together, in one statement just before
    /// the commit: SQLite 3.40's FTS5 writes its pending terms out as a new segment at every
    /// savepoint, so indexing each article as it is written (the trigger of migration 1, dropped
    /// in migration 3) cost one segment per article and merge after merge of them.
    public func inBatch<T>(savepointPerWrite: Bool = true, _ body: () throws -> T) throws -> T {
        precondition(!isInBatch, "inBatch does not nest")
        isInBatch = true
        self.savepointPerWrite = savepointPerWrite
        defer {
            isInBatch = false
            self.savepointPerWrite = true
            unindexed.removeAll()
            // Outside a batch other SQL may change the rows; the next batch asks the database again.
            articleWriter?.resolver.forgetCachedEntities()
        }
        let result = try database.inTransaction(.immediate) {
            let result = try body()
            try indexUnindexedArticles()
            return result
        }
        try checkpointAfterBatch()
        return result
    }

    /// Adds the batch's articles written so far to the full-text index.
    private func indexUnindexedArticles() throws {
        guard !unindexed.isEmpty else { return }
        try index(unindexed.values.sorted())
        unindexed.removeAll()
    }

    /// Adds these articles' title and text to `article_search`, ascending ids in one statement.
    private func index(_ articleIDs: [Int64]) throws {
        let list = "[" + articleIDs.map(String.init).joined(separator: ",") + "]"
        try database.execute(sql: """
            INSERT INTO article_search(rowid, title, text)
            SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, arguments: [list])
    }

    /// A transaction of its own, or a savepoint inside the caller's (none inside a batch opened
    /// without savepoints: its rollback is the undo).
    private func write<T>(_ body: () throws -> T) throws -> T {
        if isInBatch && !savepointPerWrite { return try body() }
        if database.isInTransaction {
            return try database.inSavepoint(body)
        }
        return try database.inTransaction(.immediate, body)
    }

    // MARK: - Import runs

    /// Starts an `import_runs` row and returns its id.
    public func beginRun() throws -> Int64 {
        try write {
            try database.execute(sql: "INSERT INTO import_runs(started_at) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                 arguments: [])
            return database.lastInsertRowID
        }
    }

    /// Records what the run did and when it finished; an interrupted run (`finished: false`)
    /// keeps its counts so far and a NULL `finished_at`.
    public func finishRun(_ id: Int64, counts: RunCounts, finished: Bool = true) throws {
        try write {
            try database.execute(sql: """
                UPDATE import_runs
                SET finished_at = CASE WHEN :finished THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END,
                    seen = :seen, new = :new, changed = :changed, unchanged = :unchanged,
                    pruned = :pruned, rejected = :rejected,
                    people = :people, posts = :posts, organizations = :organizations, events = :events,
                    targets = :targets, projects = :projects, seconds = :seconds
                WHERE id = :id
                """, arguments: ["id": id, "seen": counts.seen, "new": counts.new, "changed": counts.changed,
                                 "unchanged": counts.unchanged, "pruned": counts.pruned, "rejected": counts.rejected,
                                 "people": counts.people, "posts": counts.posts, "organizations": counts.organizations,
                                 "events": counts.events, "targets": counts.targets, "projects": counts.projects,
                                 "seconds": counts.seconds, "finished": finished])
        }
    }

    /// Records a file the run could not import.
    public func recordRejection(run: Int64, source: String, reason: String) throws {
        try write {
            try database.execute(sql: "INSERT INTO rejections(run_id, source, reason) VALUES (?, ?, ?)",
                                 arguments: [run, source, reason])
        }
    }
}
