import CSQLite

/// Typed binding and running for the writer's hot path: a value goes straight to
/// `sqlite3_bind_*` without becoming a `DatabaseValue` or an argument array first.
///
/// Protocol: bind every parameter, then `run()` (or `step()`/`reset()` to read a row). `run()`
/// and a failing `step()` reset the statement, and every parameter is bound again before the
/// next run, so no stale binding survives from one row to the next.
extension Statement {
    func bindInteger(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    func bindInteger(_ value: Int, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    func bindInteger(_ value: Int64?, at index: Int32) throws {
        if let value { try bindInteger(value, at: index) } else { try bindNull(at: index) }
    }

    func bindInteger(_ value: Int?, at index: Int32) throws {
        if let value { try bindInteger(value, at: index) } else { try bindNull(at: index) }
    }

    func bindReal(_ value: Double, at index: Int32) throws {
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// The string's UTF-8 with its byte length (an embedded NUL is kept), copied by SQLite.
    func bindText(_ value: String, at index: Int32) throws {
        var text = value
        let code = text.withUTF8 { bytes -> Int32 in
            guard let start = bytes.baseAddress, bytes.count > 0 else {
                // A NULL pointer would bind SQL NULL: the empty string needs a real one.
                return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
            }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), csqlite_transient())
            }
        }
        try check(code)
    }

    func bindText(_ value: String?, at index: Int32) throws {
        if let value { try bindText(value, at: index) } else { try bindNull(at: index) }
    }

    func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Runs the bound statement to completion and resets it (for writes).
    func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// The first column of the first row as an integer, nil when there is no row or it is NULL;
    /// the statement is reset afterwards.
    func firstInteger() throws -> Int64? {
        defer { sqlite3_reset(handle) }
        guard try step(), !isNull(at: 0) else { return nil }
        return int64(at: 0)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(code: code, connection: sqlite3_db_handle(handle), sql: sql)
        }
    }
}
