/// A named, parameterized read-only query shipped with the tool (`Resources/Queries/*.sql`).
///
/// The file format is plain SQL with a header of `--` comment lines, so the same file
/// runs in the sqlite3 shell (after `.parameter set`) and reads as documentation:
///
///     -- name: events
///     -- title: Events by date or place
///     -- description: Events whose dates overlap a range, or held at a place.
///     -- param: from date? Earliest date (2021, 2021-03 or 2021-03-27)
///     -- param: limit integer = 100 Most rows to return
///     SELECT … WHERE start_date >= :from …
///
/// `TYPE?` marks an optional parameter (bound to NULL when absent); `= VALUE` gives a
/// default (which makes it optional). A parameter without either is required.
public struct PredefinedQuery: Sendable, Equatable {
    public var name: String
    /// A short human title (datasette shows it); falls back to the name.
    public var title: String
    public var description: String
    public var parameters: [Parameter]
    /// The statement, without the header; named parameters are `:name`.
    public var sql: String

    public init(name: String, title: String, description: String, parameters: [Parameter], sql: String) {
        self.name = name
        self.title = title
        self.description = description
        self.parameters = parameters
        self.sql = sql
    }

    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    /// One `-- param:` line.
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var type: ParameterType
        public var description: String
        /// True when the query runs without it (bound to the default, or NULL).
        public var isOptional: Bool
        /// The value, as written in the header, used when the parameter is not given.
        public var defaultValue: String?

        public init(name: String, type: ParameterType, description: String,
                    isOptional: Bool = false, defaultValue: String? = nil) {
            self.name = name
            self.type = type
            self.description = description
            self.isOptional = isOptional || defaultValue != nil
            self.defaultValue = defaultValue
        }

        public var isRequired: Bool { !isOptional }
    }

    /// The value types a parameter may declare; values arrive as text from the command line.
    public enum ParameterType: String, Sendable, CaseIterable {
        /// Any text.
        case text
        /// A whole number, bound as a 64-bit integer.
        case integer
        /// A number, bound as a double.
        case real
        /// An ISO 8601 date or a prefix of one (`2021`, `2021-03`, `2021-03-27`), or `--MM-DD`; bound as text.
        case date
    }

    /// A parameter value after checking it against its declared type.
    public enum Value: Sendable, Equatable {
        case text(String)
        case integer(Int64)
        case real(Double)
        case null
    }
}

extension PredefinedQuery.ParameterType {
    /// The value of `text` as this type, or nil when it is not one (`"二〇二一"` is no integer).
    public func value(of text: String) -> PredefinedQuery.Value? {
        switch self {
        case .text:
            return .text(text)
        case .integer:
            let trimmed = text.trimmingWhitespace()
            return Int64(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed).map { .integer($0) }
        case .real:
            guard let number = Double(text.trimmingWhitespace()), number.isFinite else { return nil }
            return .real(number)
        case .date:
            let trimmed = text.trimmingWhitespace()
            return Self.isISODatePrefix(trimmed) ? .text(trimmed) : nil
        }
    }

    /// What a valid value looks like, for error messages.
    public var expectation: String {
        switch self {
        case .text: return "text"
        case .integer: return "a whole number such as 2025"
        case .real: return "a number such as 3.5"
        case .date: return "a date such as 2021, 2021-03, 2021-03-27 or --03-27"
        }
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a real calendar day) or `--MM-DD` (year unknown,
    /// as the schema stores dates without a year).
    static func isISODatePrefix(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func number(_ s: String, digits: Int, in range: ClosedRange<Int>) -> Int? {
            guard s.count == digits, s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s), range.contains(n)
            else { return nil }
            return n
        }
        func validDay(_ day: Int, month: Int, year: Int?) -> Bool {
            let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            if month == 2, let year, day == 29 {
                return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            }
            return day <= lengths[month - 1]
        }
        switch parts.count {
        case 1:
            return number(parts[0], digits: 4, in: 0...9999) != nil
        case 2:
            return number(parts[0], digits: 4, in: 0...9999) != nil && number(parts[1], digits: 2, in: 1...12) != nil
        case 3:
            guard let year = number(parts[0], digits: 4, in: 0...9999),
                  let month = number(parts[1], digits: 2, in: 1...12),
                  let day = number(parts[2], digits: 2, in: 1...31) else { return false }
            return validDay(day, month: month, year: year)
        case 4 where parts[0].isEmpty && parts[1].isEmpty:
            guard let month = number(parts[2], digits: 2, in: 1...12),
                  let day = number(parts[3], digits: 2, in: 1...31) else { return false }
            return validDay(day, month: month, year: nil)
        default:
            return false
        }
    }
}

fileprivate extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
