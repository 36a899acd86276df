/// One result row, copied out of the statement: values by column index or name.
public struct Row: Hashable, Sendable, CustomStringConvertible {
    public let columnNames: [String]
    public let values: [DatabaseValue]

    public init(columnNames: [String], values: [DatabaseValue]) {
        precondition(columnNames.count == values.count, "row has \(values.count) values for \(columnNames.count) columns")
        self.columnNames = columnNames
        self.values = values
    }

    public var count: Int { values.count }

    public subscript(index: Int) -> DatabaseValue { values[index] }

    /// The value of the first column with this name (case-insensitive, as SQLite compares
    /// identifiers); nil when there is no such column.
    public subscript(name: String) -> DatabaseValue? {
        index(ofColumn: name).map { values[$0] }
    }

    public func index(ofColumn name: String) -> Int? {
        columnNames.firstIndex(of: name)
            ?? columnNames.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Typed read: nil when the column is NULL, absent or of another type.
    public func value<T: DatabaseValueConvertible>(_ index: Int, as type: T.Type = T.self) -> T? {
        T.fromDatabaseValue(values[index])
    }

    public func value<T: DatabaseValueConvertible>(_ name: String, as type: T.Type = T.self) -> T? {
        self[name].flatMap { T.fromDatabaseValue($0) }
    }

    public var description: String {
        "[" + zip(columnNames, values).map { "\($0): \($1)" }.joined(separator: ", ") + "]"
    }
}
