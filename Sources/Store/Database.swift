import CSQLite
import Foundation

/// One connection to an SQLite file: open modes, transactions, prepared and cached statements,
/// and the hooks a read-only query tool needs (authorizer, progress handler, interrupt).
///
/// Use a connection from one thread at a time (it is `@unchecked Sendable` so it can be handed
/// to a writer thread); `interrupt()` alone may be called from any thread.
public final class Database: @unchecked Sendable {
    public enum OpenMode: Sendable {
        /// SQLITE_OPEN_READONLY: nothing can be written, whatever the SQL.
        case readOnly
        /// The file must exist.
        case readWrite
        /// Created when missing.
        case create
    }

    /// BEGIN DEFERRED takes the write lock at the first write; IMMEDIATE at once, so a writer
    /// learns about a concurrent writer before doing any work (and waits the busy timeout for it).
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED", immediate = "IMMEDIATE", exclusive = "EXCLUSIVE"
    }

    public let path: String
    public let mode: OpenMode
    let handle: OpaquePointer
    private var statementCache: [String: Statement] = [:]
    // The hooks' closures, kept alive while SQLite holds an unretained pointer to them.
    private var progressBox: HookBox<() -> Bool>?
    private var authorizerBox: HookBox<(AuthorizerRequest) -> AuthorizerDecision>?
    private var walCommitBox: HookBox<(Int) -> Void>?
    private var profileBox: HookBox<(String, Int64) -> Void>?
    private var savepointCounter = 0

    /// Opens the file. With `walJournal`, a writable connection switches the file to WAL, which
    /// lets readers read while a writer writes; pass false to look at a file before changing it.
    public init(path: String, mode: OpenMode = .create, busyTimeout: TimeInterval = 5, walJournal: Bool = true) throws {
        _ = Self.configureLibrary
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var connection: OpaquePointer? = nil
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = DatabaseError(code: code, connection: connection, sql: nil)
            sqlite3_close_v2(connection)
            throw DatabaseError(resultCode: error.extendedResultCode,
                                message: "cannot open \(path): \(error.message ?? "unknown reason")", sql: nil)
        }
        self.handle = connection
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(connection, 1)
        self.busyTimeout = busyTimeout
        sqlite3_busy_timeout(connection, Int32(busyTimeout * 1000))
        // foreign_keys is a per-connection setting that does not touch the file.
        try execute(sql: "PRAGMA foreign_keys = ON")
        if walJournal && !isReadOnly { try enableWAL() }
    }

    deinit {
        statementCache.removeAll()
        // close_v2 waits for statements still held elsewhere before really closing.
        sqlite3_close_v2(handle)
    }

    /// Switches the file to write-ahead logging (persistent: stored in the file header).
    /// A no-op for in-memory databases.
    public func enableWAL() throws {
        let journal = try fetchOne(sql: "PRAGMA journal_mode = WAL")?[0].stringValue?.lowercased()
        // In-memory and temporary databases have no WAL; they keep their "memory"/"delete" journal.
        if journal == "memory" || path.isEmpty { return }
        guard journal == "wal" else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "could not switch \(path) to WAL (journal mode is \(journal ?? "unknown"))",
                                sql: "PRAGMA journal_mode = WAL")
        }
        // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
        try execute(sql: "PRAGMA synchronous = NORMAL")
    }

    // MARK: - State

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    public var busyTimeout: TimeInterval {
        didSet { sqlite3_busy_timeout(handle, Int32(busyTimeout * 1000)) }
    }

    /// True when the connection cannot write (opened read-only, or the file or directory is read-only).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// True inside BEGIN…COMMIT (not in autocommit mode).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// Makes the running statement fail with SQLITE_INTERRUPT. Safe from any thread.
    public func interrupt() { sqlite3_interrupt(handle) }

    // MARK: - Statements

    /// Runs SQL that may hold several statements (a script), with no parameters.
    /// A failing statement's error names that statement.
    public func execute(sql: String) throws {
        var remaining = Substring(sql)
        while true {
            // Prepare one statement at a time so the error can quote the one that failed.
            let (code, statement, consumed): (Int32, OpaquePointer?, Int) = String(remaining).withCString { start in
                var statement: OpaquePointer? = nil
                var tail: UnsafePointer<CChar>? = nil
                let code = sqlite3_prepare_v3(handle, start, -1, 0, &statement, &tail)
                let consumed = tail.map { $0 - start } ?? strlen(start)
                return (code, statement, consumed)
            }
            let utf8 = remaining.utf8
            let end = utf8.index(utf8.startIndex, offsetBy: consumed)
            let text = remaining[..<end]
            guard code == SQLITE_OK else {
                // After a failed prepare the tail stops where parsing did: quote up to the next ";".
                let failed = remaining.firstIndex(of: ";").map { remaining[...$0] } ?? remaining
                throw DatabaseError(code: code, connection: handle,
                                    sql: failed.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            remaining = remaining[end...]
            guard let statement else {
                if remaining.isEmpty || consumed == 0 { return }
                continue // only comments or whitespace were consumed
            }
            defer { sqlite3_finalize(statement) }
            var stepCode = sqlite3_step(statement)
            while stepCode == SQLITE_ROW { stepCode = sqlite3_step(statement) }
            guard stepCode == SQLITE_DONE else {
                // Trimmed only here: Foundation's trimming costs more than running most statements.
                throw DatabaseError(code: stepCode, connection: handle,
                                    sql: text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }

    /// Runs one statement with arguments.
    public func execute(sql: String, arguments: StatementArguments) throws {
        try cachedStatement(sql).execute(arguments)
    }

    /// Prepares one statement (more than one in `sql` is an error).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: handle, sql: sql)
    }

    /// A prepared statement kept for reuse, reset and with bindings cleared. For the statements
    /// a writer runs for every article: preparing costs more than running them.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    /// Drops the cached statements (e.g. before a schema change in a long-lived connection).
    public func clearStatementCache() { statementCache.removeAll() }

    public func fetchAll(sql: String, arguments: StatementArguments = []) throws -> [Row] {
        try cachedStatement(sql).fetchAll(arguments)
    }

    public func fetchOne(sql: String, arguments: StatementArguments = []) throws -> Row? {
        try cachedStatement(sql).fetchOne(arguments)
    }

    /// The first column of the first row, typed; nil when there is no row or the value is NULL
    /// or of another type.
    public func fetchValue<T: DatabaseValueConvertible>(_ type: T.Type = T.self, sql: String,
                                                        arguments: StatementArguments = []) throws -> T? {
        guard let row = try fetchOne(sql: sql, arguments: arguments), row.count > 0 else { return nil }
        return T.fromDatabaseValue(row[0])
    }

    // MARK: - Transactions

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    public func inTransaction<T>(_ kind: TransactionKind = .deferred, _ body: () throws -> T) throws -> T {
        try cachedStatement("BEGIN \(kind.rawValue) TRANSACTION").execute()
        let result: T
        do {
            result = try body()
        } catch {
            rollbackQuietly()
            throw error
        }
        do {
            try cachedStatement("COMMIT TRANSACTION").execute()
        } catch {
            rollbackQuietly()
            throw error
        }
        return result
    }

    /// Runs `body` in a savepoint: released when it returns, rolled back (and released) when it
    /// throws. Nests inside a transaction or another savepoint; outside one it acts as a deferred
    /// transaction.
    public func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        savepointCounter += 1
        let name = "sp\(savepointCounter)"
        defer { savepointCounter -= 1 }
        try cachedStatement("SAVEPOINT \(name)").execute()
        let result: T
        do {
            result = try body()
        } catch {
            // ROLLBACK TO keeps the savepoint open; RELEASE then ends it.
            try? cachedStatement("ROLLBACK TO SAVEPOINT \(name)").execute()
            try? cachedStatement("RELEASE SAVEPOINT \(name)").execute()
            throw error
        }
        try cachedStatement("RELEASE SAVEPOINT \(name)").execute()
        return result
    }

    private func rollbackQuietly() {
        // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL or an interrupt).
        if isInTransaction { try? cachedStatement("ROLLBACK TRANSACTION").execute() }
    }

    // MARK: - Hooks

    /// Calls `handler` about every `instructions` virtual-machine instructions of a running
    /// statement; returning true interrupts it (SQLITE_INTERRUPT). nil removes the handler.
    public func setProgressHandler(every instructions: Int32, _ handler: (() -> Bool)?) {
        guard let handler else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            progressBox = nil
            return
        }
        let box = HookBox(handler)
        progressBox = box
        sqlite3_progress_handler(handle, instructions, { context in
            guard let context else { return 0 }
            return HookBox<() -> Bool>.handler(at: context)() ? 1 : 0
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Calls `handler` after each commit in WAL mode with the number of frames the log now
    /// holds. Replaces SQLite's automatic checkpoints (`wal_autocheckpoint`), which use the same
    /// hook: whoever sets one checkpoints. nil removes it (and with it automatic checkpoints).
    public func setWALCommitHandler(_ handler: ((Int) -> Void)?) {
        guard let handler else {
            sqlite3_wal_hook(handle, nil, nil)
            walCommitBox = nil
            return
        }
        let box = HookBox(handler)
        walCommitBox = box
        sqlite3_wal_hook(handle, { context, _, _, frames in
            if let context { HookBox<(Int) -> Void>.handler(at: context)(Int(frames)) }
            return SQLITE_OK
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Calls `handler` as each statement finishes with its text and its wall time in nanoseconds
    /// (SQLITE_TRACE_PROFILE; the time of the triggers it fired is in it, and statements run
    /// inside a virtual table, such as FTS5's own, are reported as well). nil removes it.
    public func setStatementProfiler(_ handler: ((String, Int64) -> Void)?) {
        guard let handler else {
            sqlite3_trace_v2(handle, 0, nil, nil)
            profileBox = nil
            return
        }
        let box = HookBox(handler)
        profileBox = box
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_PROFILE), { _, context, statement, nanoseconds in
            guard let context, let statement, let nanoseconds,
                  let sql = sqlite3_sql(OpaquePointer(statement)) else { return 0 }
            HookBox<(String, Int64) -> Void>.handler(at: context)(String(cString: sql), nanoseconds.load(as: Int64.self))
            return 0
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Asks `authorizer` about each action while statements are compiled (prepare time);
    /// a `.deny` makes the prepare fail with SQLITE_AUTH. nil removes it.
    /// Cached statements compiled before were authorized by the old rule: the cache is cleared.
    public func setAuthorizer(_ authorizer: ((AuthorizerRequest) -> AuthorizerDecision)?) {
        statementCache.removeAll()
        guard let authorizer else {
            sqlite3_set_authorizer(handle, nil, nil)
            authorizerBox = nil
            return
        }
        let box = HookBox(authorizer)
        authorizerBox = box
        sqlite3_set_authorizer(handle, { context, action, a1, a2, database, trigger in
            guard let context else { return SQLITE_OK }
            let request = AuthorizerRequest(action: AuthorizerAction(rawValue: action),
                                            argument1: a1.map { String(cString: $0) },
                                            argument2: a2.map { String(cString: $0) },
                                            database: database.map { String(cString: $0) },
                                            trigger: trigger.map { String(cString: $0) })
            return HookBox<(AuthorizerRequest) -> AuthorizerDecision>.handler(at: context)(request).code
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Library-wide settings, made once before the first connection opens (SQLite takes them
    /// only before it initializes). Memory statistics off: with them on, each of SQLite's
    /// allocations takes a global mutex: 3.6% of the importer's writer instructions (valgrind,
    /// 300 corpus articles into a 10,000-article database).
    private static let configureLibrary: Void = {
        _ = csqlite_disable_memory_statistics()
    }()

    /// The SQLite library's version, e.g. "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}

/// A hook's Swift closure, passed to SQLite as its context pointer (unretained: the connection's
/// property holds the box for as long as the hook is set).
private final class HookBox<Handler> {
    let handler: Handler
    init(_ handler: Handler) { self.handler = handler }

    /// The closure behind a context pointer SQLite hands back to a hook.
    static func handler(at context: UnsafeMutableRawPointer) -> Handler {
        Unmanaged<HookBox<Handler>>.fromOpaque(context).takeUnretainedValue().handler
    }
}

