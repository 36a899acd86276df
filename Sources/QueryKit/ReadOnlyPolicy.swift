import Store

/// The authorizer rule for ad-hoc and predefined SQL: a statement may read this database and
/// nothing else. The read-only connection already stops writes to the file, and statements that
/// write are refused after preparing (`Statement.isReadOnly`); this also refuses,
/// at prepare time and with a reason, what a read-only connection would still allow: ATTACH
/// (opening other files, even creating them), pragmas that change the connection
/// (writable_schema), and load_extension.
final class ReadOnlyPolicy {
    /// Why the last statement was refused, for the error message.
    private(set) var refusal: String?

    /// Pragmas that only report. With an argument only those that take a table or index
    /// name; any other pragma with an argument sets something and is refused.
    static let reportingPragmas: Set<String> = [
        "application_id", "auto_vacuum", "busy_timeout", "cache_size", "collation_list",
        "compile_options", "data_version", "database_list", "encoding", "foreign_key_check",
        "foreign_key_list", "foreign_keys", "freelist_count", "function_list", "index_info",
        "index_list", "index_xinfo", "integrity_check", "journal_mode", "module_list",
        "page_count", "page_size", "pragma_list", "quick_check", "schema_version",
        "table_info", "table_list", "table_xinfo", "user_version",
    ]
    static let pragmasTakingAName: Set<String> = [
        "foreign_key_check", "foreign_key_list", "index_info", "index_list", "index_xinfo",
        "integrity_check", "quick_check", "table_info", "table_list", "table_xinfo",
    ]

    func reset() { refusal = nil }

    func decide(_ request: AuthorizerRequest) -> AuthorizerDecision {
        switch request.action {
        case .attach, .detach:
            return refuse("ATTACH and DETACH are not allowed: a query reads this database only")
        case .pragma:
            let name = (request.argument1 ?? "").lowercased()
            let argument = request.argument2
            guard Self.reportingPragmas.contains(name) else {
                return refuse("PRAGMA \(name) is not allowed in a query (only pragmas that report are)")
            }
            if argument != nil && !Self.pragmasTakingAName.contains(name) {
                return refuse("PRAGMA \(name) = … changes the connection; only reading it is allowed")
            }
            return .allow
        case .function:
            if request.argument2?.lowercased() == "load_extension" {
                return refuse("load_extension() is not allowed in a query")
            }
            return .allow
        default:
            // Writes are not refused here: FTS5 prepares its own internal statements (an UPDATE
            // of sqlite_master among them) while a MATCH query is compiled, and those arrive
            // here too. A statement that writes is refused after preparing, by
            // sqlite3_stmt_readonly, which looks at the user's statement alone.
            return .allow
        }
    }

    private func refuse(_ reason: String) -> AuthorizerDecision {
        if refusal == nil { refusal = reason }
        return .deny
    }
}
