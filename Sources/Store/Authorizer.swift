import CSQLite

/// What SQLite asks an authorizer about while compiling a statement (sqlite3_set_authorizer).
public struct AuthorizerRequest: Sendable {
    /// SQLITE_ATTACH, SQLITE_PRAGMA, SQLITE_FUNCTION, SQLITE_INSERT…
    public let action: AuthorizerAction
    /// Meaning depends on the action: table and column, pragma name and value, file name, function name.
    public let argument1: String?
    public let argument2: String?
    /// "main", "temp" or an attached schema's name.
    public let database: String?
    /// The innermost trigger or view the access comes from.
    public let trigger: String?
}

/// An authorizer action code; the common ones are named.
public struct AuthorizerAction: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let createIndex = AuthorizerAction(rawValue: SQLITE_CREATE_INDEX)
    public static let createTable = AuthorizerAction(rawValue: SQLITE_CREATE_TABLE)
    public static let createTrigger = AuthorizerAction(rawValue: SQLITE_CREATE_TRIGGER)
    public static let createView = AuthorizerAction(rawValue: SQLITE_CREATE_VIEW)
    public static let delete = AuthorizerAction(rawValue: SQLITE_DELETE)
    public static let dropIndex = AuthorizerAction(rawValue: SQLITE_DROP_INDEX)
    public static let dropTable = AuthorizerAction(rawValue: SQLITE_DROP_TABLE)
    public static let dropTrigger = AuthorizerAction(rawValue: SQLITE_DROP_TRIGGER)
    public static let dropView = AuthorizerAction(rawValue: SQLITE_DROP_VIEW)
    public static let insert = AuthorizerAction(rawValue: SQLITE_INSERT)
    /// argument1: pragma name, argument2: its argument or nil.
    public static let pragma = AuthorizerAction(rawValue: SQLITE_PRAGMA)
    public static let read = AuthorizerAction(rawValue: SQLITE_READ)
    public static let select = AuthorizerAction(rawValue: SQLITE_SELECT)
    public static let transaction = AuthorizerAction(rawValue: SQLITE_TRANSACTION)
    public static let update = AuthorizerAction(rawValue: SQLITE_UPDATE)
    /// argument1: the file name.
    public static let attach = AuthorizerAction(rawValue: SQLITE_ATTACH)
    public static let detach = AuthorizerAction(rawValue: SQLITE_DETACH)
    public static let alterTable = AuthorizerAction(rawValue: SQLITE_ALTER_TABLE)
    public static let reindex = AuthorizerAction(rawValue: SQLITE_REINDEX)
    public static let analyze = AuthorizerAction(rawValue: SQLITE_ANALYZE)
    public static let createVirtualTable = AuthorizerAction(rawValue: SQLITE_CREATE_VTABLE)
    public static let dropVirtualTable = AuthorizerAction(rawValue: SQLITE_DROP_VTABLE)
    /// argument2: the function name (e.g. "load_extension").
    public static let function = AuthorizerAction(rawValue: SQLITE_FUNCTION)
    public static let savepoint = AuthorizerAction(rawValue: SQLITE_SAVEPOINT)
    public static let recursive = AuthorizerAction(rawValue: SQLITE_RECURSIVE)
}

/// An authorizer's answer: allow, refuse the whole statement with an error, or read NULL instead.
public enum AuthorizerDecision: Sendable {
    case allow, deny, ignore

    var code: Int32 {
        switch self {
        case .allow: return SQLITE_OK
        case .deny: return SQLITE_DENY
        case .ignore: return SQLITE_IGNORE
        }
    }
}
