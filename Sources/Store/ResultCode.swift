import CSQLite

/// An SQLite result code, primary (`SQLITE_CONSTRAINT`) or extended (`SQLITE_CONSTRAINT_UNIQUE`).
/// Extended codes keep their primary code in the low 8 bits, which `primaryResultCode` extracts.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code of an extended code (SQLITE_CONSTRAINT for SQLITE_CONSTRAINT_UNIQUE).
    public var primaryResultCode: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    /// Short lowercase name of the primary code ("constraint", "busy", "notadb").
    public var name: String {
        switch primaryResultCode.rawValue {
        case CSQLite.SQLITE_OK: return "ok"
        case CSQLite.SQLITE_ERROR: return "error"
        case CSQLite.SQLITE_INTERNAL: return "internal"
        case CSQLite.SQLITE_PERM: return "perm"
        case CSQLite.SQLITE_ABORT: return "abort"
        case CSQLite.SQLITE_BUSY: return "busy"
        case CSQLite.SQLITE_LOCKED: return "locked"
        case CSQLite.SQLITE_NOMEM: return "nomem"
        case CSQLite.SQLITE_READONLY: return "readonly"
        case CSQLite.SQLITE_INTERRUPT: return "interrupt"
        case CSQLite.SQLITE_IOERR: return "ioerr"
        case CSQLite.SQLITE_CORRUPT: return "corrupt"
        case CSQLite.SQLITE_NOTFOUND: return "notfound"
        case CSQLite.SQLITE_FULL: return "full"
        case CSQLite.SQLITE_CANTOPEN: return "cantopen"
        case CSQLite.SQLITE_PROTOCOL: return "protocol"
        case CSQLite.SQLITE_EMPTY: return "empty"
        case CSQLite.SQLITE_SCHEMA: return "schema"
        case CSQLite.SQLITE_TOOBIG: return "toobig"
        case CSQLite.SQLITE_CONSTRAINT: return "constraint"
        case CSQLite.SQLITE_MISMATCH: return "mismatch"
        case CSQLite.SQLITE_MISUSE: return "misuse"
        case CSQLite.SQLITE_NOLFS: return "nolfs"
        case CSQLite.SQLITE_AUTH: return "auth"
        case CSQLite.SQLITE_FORMAT: return "format"
        case CSQLite.SQLITE_RANGE: return "range"
        case CSQLite.SQLITE_NOTADB: return "notadb"
        case CSQLite.SQLITE_NOTICE: return "notice"
        case CSQLite.SQLITE_WARNING: return "warning"
        case CSQLite.SQLITE_ROW: return "row"
        case CSQLite.SQLITE_DONE: return "done"
        default: return "unknown"
        }
    }

    public var description: String { "\(rawValue) (\(name))" }

    /// True when both codes share the same primary code: `.SQLITE_CONSTRAINT ~= extended`.
    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        pattern == code || (pattern.rawValue == pattern.primaryResultCode.rawValue
                            && pattern == code.primaryResultCode)
    }

    public static let SQLITE_OK = ResultCode(rawValue: CSQLite.SQLITE_OK)
    public static let SQLITE_ERROR = ResultCode(rawValue: CSQLite.SQLITE_ERROR)
    public static let SQLITE_INTERNAL = ResultCode(rawValue: CSQLite.SQLITE_INTERNAL)
    public static let SQLITE_PERM = ResultCode(rawValue: CSQLite.SQLITE_PERM)
    public static let SQLITE_ABORT = ResultCode(rawValue: CSQLite.SQLITE_ABORT)
    public static let SQLITE_BUSY = ResultCode(rawValue: CSQLite.SQLITE_BUSY)
    public static let SQLITE_LOCKED = ResultCode(rawValue: CSQLite.SQLITE_LOCKED)
    public static let SQLITE_NOMEM = ResultCode(rawValue: CSQLite.SQLITE_NOMEM)
    public static let SQLITE_READONLY = ResultCode(rawValue: CSQLite.SQLITE_READONLY)
    public static let SQLITE_INTERRUPT = ResultCode(rawValue: CSQLite.SQLITE_INTERRUPT)
    public static let SQLITE_IOERR = ResultCode(rawValue: CSQLite.SQLITE_IOERR)
    public static let SQLITE_CORRUPT = ResultCode(rawValue: CSQLite.SQLITE_CORRUPT)
    public static let SQLITE_FULL = ResultCode(rawValue: CSQLite.SQLITE_FULL)
    public static let SQLITE_CANTOPEN = ResultCode(rawValue: CSQLite.SQLITE_CANTOPEN)
    public static let SQLITE_SCHEMA = ResultCode(rawValue: CSQLite.SQLITE_SCHEMA)
    public static let SQLITE_TOOBIG = ResultCode(rawValue: CSQLite.SQLITE_TOOBIG)
    public static let SQLITE_CONSTRAINT = ResultCode(rawValue: CSQLite.SQLITE_CONSTRAINT)
    public static let SQLITE_MISMATCH = ResultCode(rawValue: CSQLite.SQLITE_MISMATCH)
    public static let SQLITE_MISUSE = ResultCode(rawValue: CSQLite.SQLITE_MISUSE)
    public static let SQLITE_AUTH = ResultCode(rawValue: CSQLite.SQLITE_AUTH)
    public static let SQLITE_RANGE = ResultCode(rawValue: CSQLite.SQLITE_RANGE)
    public static let SQLITE_NOTADB = ResultCode(rawValue: CSQLite.SQLITE_NOTADB)
    public static let SQLITE_ROW = ResultCode(rawValue: CSQLite.SQLITE_ROW)
    public static let SQLITE_DONE = ResultCode(rawValue: CSQLite.SQLITE_DONE)
}
