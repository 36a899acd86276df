import Store

/// Receives a result as it is read: the column names, each row, then the end.
/// CSV and JSON writers stream; the table writer keeps rows to measure column widths.
protocol ResultWriter: AnyObject {
    func begin(columns: [String])
    func row(_ values: [DatabaseValue])
    func finish()
}

/// Column names made unique for JSON keys (`name`, `name_2`): a JSON object with one key
/// twice loses a value in most readers.
func uniqueKeys(_ columns: [String]) -> [String] {
    var used = Set<String>()
    return columns.map { column in
        var key = column
        var n = 2
        while used.contains(key) {
            key = "\(column)_\(n)"
            n += 1
        }
        used.insert(key)
        return key
    }
}
