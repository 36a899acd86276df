import CSQLite
import Foundation

/// A prepared SQL statement (one `sqlite3_stmt`): bind parameters, step, read columns.
///
/// Not thread-safe; use it on the thread that owns its `Database`. A statement keeps the
/// connection alive (SQLite closes it with `sqlite3_close_v2` once the last statement is gone).
public final class Statement {
    public let sql: String
    let handle: OpaquePointer
    private var connection: OpaquePointer? { sqlite3_db_handle(handle) }
    /// Column names are asked for once; rows share the array.
    private lazy var cachedColumnNames: [String] = (0..<columnCount).map { columnName(at: $0) }

    init(connection: OpaquePointer, sql: String) throws {
        // The tail pointer is only valid inside withCString, so the whole check happens there.
        let (code, prepared, hasMore): (Int32, OpaquePointer?, Bool) = sql.withCString { cSQL in
            var statement: OpaquePointer? = nil
            var tail: UnsafePointer<CChar>? = nil
            let code = sqlite3_prepare_v3(connection, cSQL, -1, 0, &statement, &tail)
            guard code == SQLITE_OK, let tail, tail.pointee != 0 else { return (code, statement, false) }
            // A second statement after the first would be silently ignored: refuse it instead,
            // so "SELECT 1; DROP TABLE t" never looks like it ran entirely. Comments alone are fine.
            var extra: OpaquePointer? = nil
            let tailCode = sqlite3_prepare_v3(connection, tail, -1, 0, &extra, nil)
            let hasMore = tailCode != SQLITE_OK || extra != nil
            sqlite3_finalize(extra)
            return (code, statement, hasMore)
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(prepared)
            throw DatabaseError(code: code, connection: connection, sql: sql)
        }
        guard let prepared else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql)
        }
        guard !hasMore else {
            sqlite3_finalize(prepared)
            throw DatabaseError(resultCode: .SQLITE_MISUSE,
                                message: "more than one statement; run scripts with execute(sql:)", sql: sql)
        }
        self.handle = prepared
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: - Description

    /// True when the statement does not write to the database (sqlite3_stmt_readonly).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Parameter names with their prefix (":name"), nil for `?` parameters; index 0 is parameter 1.
    public var parameterNames: [String?] {
        (0..<parameterCount).map { i in sqlite3_bind_parameter_name(handle, Int32(i + 1)).map { String(cString: $0) } }
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public var columnNames: [String] { cachedColumnNames }

    public func columnName(at index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// The declared type of a result column that is a table column ("INTEGER", "TEXT"); nil for expressions.
    public func declaredType(at index: Int) -> String? {
        sqlite3_column_decltype(handle, Int32(index)).map { String(cString: $0) }
    }

    public var declaredTypes: [String?] { (0..<columnCount).map { declaredType(at: $0) } }

    // MARK: - Binding

    /// Binds a value to parameter `index` (1-based, as in SQLite).
    public func bind(_ value: (any DatabaseValueConvertible)?, at index: Int) throws {
        try bind(value: value?.databaseValue ?? .null, at: index)
    }

    /// Binds an already converted value: no existential boxing on the writer's hot path.
    func bind(value: DatabaseValue, at index: Int) throws {
        let code: Int32
        let i = Int32(index)
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, i)
        case .integer(let v):
            code = sqlite3_bind_int64(handle, i, v)
        case .real(let d):
            code = sqlite3_bind_double(handle, i, d)
        case .text(let s):
            // Explicit byte length: text with an embedded NUL is kept whole.
            code = s.withCString { sqlite3_bind_text(handle, i, $0, Int32(s.utf8.count), csqlite_transient()) }
        case .blob(let d):
            code = d.withUnsafeBytes { raw in
                // A NULL pointer would bind SQL NULL; an empty blob needs a non-NULL one.
                sqlite3_bind_blob(handle, i, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else {
            throw DatabaseError(code: code, connection: connection, sql: sql)
        }
    }

    /// Binds a value to a named parameter; `name` may omit the prefix (":q" or "q").
    public func bind(_ value: (any DatabaseValueConvertible)?, named name: String) throws {
        guard let index = parameterIndex(named: name) else {
            throw DatabaseError(resultCode: .SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    /// 1-based index of a named parameter, trying the `:`, `@` and `$` prefixes when `name` has none.
    public func parameterIndex(named name: String) -> Int? {
        let candidates = [":", "@", "$"].contains(where: { name.hasPrefix($0) }) ? [name] : [":" + name, "@" + name, "$" + name]
        for candidate in candidates {
            let index = sqlite3_bind_parameter_index(handle, candidate)
            if index > 0 { return Int(index) }
        }
        return nil
    }

    /// Binds all arguments; positional ones must match the parameter count, named ones must all exist.
    public func bind(_ arguments: StatementArguments) throws {
        switch arguments {
        case .positional(let values):
            guard values.count == parameterCount else {
                throw DatabaseError(resultCode: .SQLITE_RANGE,
                                    message: "wrong number of arguments: \(values.count) for \(parameterCount) parameters",
                                    sql: sql)
            }
            for (offset, value) in values.enumerated() { try bind(value: value, at: offset + 1) }
        case .named(let values):
            for (name, value) in values {
                guard let index = parameterIndex(named: name) else {
                    throw DatabaseError(resultCode: .SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
                }
                try bind(value: value, at: index)
            }
        }
    }

    /// Resets the statement so it runs again from the start; bindings are kept.
    public func reset() {
        // sqlite3_reset repeats the last step's error; that error was already thrown by step().
        sqlite3_reset(handle)
    }

    public func clearBindings() { sqlite3_clear_bindings(handle) }

    // MARK: - Running

    /// Runs to the next row: true when a row is available, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = DatabaseError(code: code, connection: connection, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Resets, binds `arguments` and runs the statement to completion (for writes).
    public func execute(_ arguments: StatementArguments = []) throws {
        reset()
        if !arguments.isEmpty { try bind(arguments) }
        defer { reset() }
        while try step() {}
    }

    /// Resets, binds and returns a cursor over the rows.
    public func rows(_ arguments: StatementArguments = []) throws -> RowCursor {
        reset()
        if !arguments.isEmpty { try bind(arguments) }
        return RowCursor(statement: self)
    }

    /// All rows, copied out.
    public func fetchAll(_ arguments: StatementArguments = []) throws -> [Row] {
        let cursor = try rows(arguments)
        var result: [Row] = []
        while let row = try cursor.next() { result.append(row) }
        return result
    }

    /// The first row, or nil; the statement is reset afterwards.
    public func fetchOne(_ arguments: StatementArguments = []) throws -> Row? {
        let cursor = try rows(arguments)
        defer { reset() }
        return try cursor.next()
    }

    /// Calls `body` with the statement positioned on each row, without copying rows out.
    public func forEachRow(_ arguments: StatementArguments = [], _ body: (Statement) throws -> Void) throws {
        reset()
        if !arguments.isEmpty { try bind(arguments) }
        defer { reset() }
        while try step() { try body(self) }
    }

    // MARK: - Reading the current row

    public func isNull(at index: Int) -> Bool { sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL }

    public func int64(at index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    public func int(at index: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(index))) }

    public func double(at index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    public func bool(at index: Int) -> Bool { sqlite3_column_int64(handle, Int32(index)) != 0 }

    /// Text of the column (NULL reads as the empty string; check `isNull(at:)` when it matters).
    public func string(at index: Int) -> String {
        let i = Int32(index)
        guard let text = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    public func data(at index: Int) -> Data {
        let i = Int32(index)
        guard let bytes = sqlite3_column_blob(handle, i) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, i)))
    }

    /// The column's value in its storage class.
    public func value(at index: Int) -> DatabaseValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(int64(at: index))
        case SQLITE_FLOAT: return .real(double(at: index))
        case SQLITE_TEXT: return .text(string(at: index))
        default: return .blob(data(at: index))
        }
    }

    /// Typed read: nil when NULL or of another type.
    public func value<T: DatabaseValueConvertible>(at index: Int, as type: T.Type = T.self) -> T? {
        T.fromDatabaseValue(value(at: index))
    }

    /// The current row, copied out.
    public func currentRow() -> Row {
        Row(columnNames: columnNames, values: (0..<columnCount).map { value(at: $0) })
    }
}

/// Steps a statement and copies each row out. `next()` throws, so it is a cursor, not a Sequence.
public final class RowCursor {
    public let statement: Statement
    private var done = false

    init(statement: Statement) { self.statement = statement }

    public func next() throws -> Row? {
        guard !done else { return nil }
        if try statement.step() { return statement.currentRow() }
        done = true
        statement.reset()
        return nil
    }
}
