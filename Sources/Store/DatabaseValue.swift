import Foundation

/// A value as SQLite stores it: one of its five storage classes.
public enum DatabaseValue: Hashable, Sendable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The integer, or a real that is exactly an integer; nil otherwise.
    public var int64Value: Int64? {
        switch self {
        case .integer(let v): return v
        case .real(let d): return Int64(exactly: d)
        default: return nil
        }
    }

    public var intValue: Int? { int64Value.flatMap { Int(exactly: $0) } }

    /// The real, or an integer converted; nil otherwise.
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let d): return d
        default: return nil
        }
    }

    public var stringValue: String? { if case .text(let s) = self { return s } else { return nil } }

    public var dataValue: Data? {
        switch self {
        case .blob(let d): return d
        case .text(let s): return Data(s.utf8)
        default: return nil
        }
    }

    /// SQLite's truth: non-zero numbers are true.
    public var boolValue: Bool? { int64Value.map { $0 != 0 } ?? doubleValue.map { $0 != 0 } }

    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let v): return String(v)
        case .real(let d): return String(d)
        case .text(let s): return s
        case .blob(let d): return "<\(d.count) bytes>"
        }
    }
}

/// A Swift type that binds to a statement parameter and reads back from a column.
public protocol DatabaseValueConvertible {
    var databaseValue: DatabaseValue { get }
    /// nil when the stored value has another type (a NULL, or text for an Int).
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
}

extension DatabaseValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
}

extension Int: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? { value.intValue }
}

extension Int64: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? { value.int64Value }
}

extension Int32: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int32? { value.int64Value.flatMap { Int32(exactly: $0) } }
}

extension Double: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .real(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? { value.doubleValue }
}

extension String: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? { value.stringValue }
}

extension Data: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .blob(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Data? { value.dataValue }
}

extension Bool: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? { value.boolValue }
}

/// Exact decimals are stored as TEXT ("3743.2"): a REAL would round them.
extension Decimal: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(NSDecimalNumber(decimal: self).stringValue) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Decimal? {
        switch value {
        case .text(let s): return Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))
        case .integer(let v): return Decimal(v)
        case .real(let d): return Decimal(d)
        default: return nil
        }
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Wrapped?? {
        value.isNull ? .some(nil) : Wrapped.fromDatabaseValue(value).map { .some($0) }
    }
}

/// Values for a statement's parameters: positional (`?`, `?NNN`) or named (`:name`, `@name`, `$name`).
public enum StatementArguments: Sendable, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case positional([DatabaseValue])
    /// Keys with or without their prefix: "name" matches `:name`, `@name` and `$name`.
    case named([String: DatabaseValue])

    public init(arrayLiteral elements: (any DatabaseValueConvertible)?...) {
        self = .positional(elements.map { $0?.databaseValue ?? .null })
    }

    public init(dictionaryLiteral elements: (String, (any DatabaseValueConvertible)?)...) {
        var values: [String: DatabaseValue] = [:]
        for (key, value) in elements { values[key] = value?.databaseValue ?? .null }
        self = .named(values)
    }

    public init(_ values: [(any DatabaseValueConvertible)?]) {
        self = .positional(values.map { $0?.databaseValue ?? .null })
    }

    public init(_ values: [String: (any DatabaseValueConvertible)?]) {
        self = .named(values.mapValues { $0?.databaseValue ?? .null })
    }

    public var isEmpty: Bool {
        switch self {
        case .positional(let v): return v.isEmpty
        case .named(let v): return v.isEmpty
        }
    }
}
