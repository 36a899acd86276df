import CSQLite

/// An error SQLite reported, with the statement that caused it (GRDB style).
/// `description` reads "SQLite error 19 (constraint): UNIQUE constraint failed: people.name — in: INSERT …".
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    /// Primary result code (SQLITE_CONSTRAINT).
    public var resultCode: ResultCode { extendedResultCode.primaryResultCode }
    /// Extended result code (SQLITE_CONSTRAINT_UNIQUE), or the primary code when SQLite gave no more.
    public let extendedResultCode: ResultCode
    /// SQLite's message (sqlite3_errmsg), or a message of this layer.
    public let message: String?
    /// The SQL being prepared or run, when there was one.
    public let sql: String?

    public init(resultCode: ResultCode, message: String? = nil, sql: String? = nil) {
        self.extendedResultCode = resultCode
        self.message = message
        self.sql = sql
    }

    /// The error of the last failed call on `connection`, which returned `code`.
    init(code: Int32, connection: OpaquePointer?, sql: String?) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        // sqlite3_extended_errcode can be stale when the failing call was not the last; trust
        // the returned primary code and take the extended one only when it agrees.
        let resolved = (extended & 0xFF) == (code & 0xFF) ? extended : code
        var text: String? = nil
        if let connection, let cText = sqlite3_errmsg(connection) {
            text = String(cString: cText)
        } else if let cText = sqlite3_errstr(code) {
            text = String(cString: cText)
        }
        self.init(resultCode: ResultCode(rawValue: resolved), message: text, sql: sql)
    }

    public var description: String {
        var text = "SQLite error \(resultCode.rawValue) (\(resultCode.name))"
        if let message { text += ": \(message)" }
        if let sql { text += " — in: \(sql)" }
        return text
    }
}
