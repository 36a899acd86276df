/// Finds the `:name` parameters of an SQL text the way SQLite's tokenizer sees them:
/// not inside string literals, quoted identifiers or comments.
///
/// Used to check that a predefined query's header declares exactly the parameters its
/// body uses, and to rewrite parameters for other hosts (datasette binds text only).
public enum SQLNamedParameters {
    public struct Occurrence: Equatable, Sendable {
        /// The name without the colon.
        public var name: String
        /// Range of `:name` (colon included) in the SQL's unicode scalars.
        public var range: Range<Int>
    }

    /// Every `:name` occurrence, in order.
    public static func occurrences(in sql: String) -> [Occurrence] {
        let scalars = Array(sql.unicodeScalars)
        var result: [Occurrence] = []
        var i = 0
        func skip(until closing: Unicode.Scalar, from start: Int) -> Int {
            // Quotes escape themselves by doubling ('it''s'), which this loop handles as
            // two adjacent literals: equivalent for the purpose of skipping.
            var j = start
            while j < scalars.count && scalars[j] != closing { j += 1 }
            return min(j + 1, scalars.count)
        }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "'", "\"", "`":
                i = skip(until: c, from: i + 1)
            case "[":
                i = skip(until: "]", from: i + 1)
            case "-" where i + 1 < scalars.count && scalars[i + 1] == "-":
                while i < scalars.count && scalars[i] != "\n" { i += 1 }
            case "/" where i + 1 < scalars.count && scalars[i + 1] == "*":
                var j = i + 2
                while j + 1 < scalars.count && !(scalars[j] == "*" && scalars[j + 1] == "/") { j += 1 }
                i = min(j + 2, scalars.count)
            case ":":
                var j = i + 1
                while j < scalars.count && isNameScalar(scalars[j]) { j += 1 }
                if j > i + 1 {
                    var name = String.UnicodeScalarView()
                    name.append(contentsOf: scalars[(i + 1)..<j])
                    result.append(Occurrence(name: String(name), range: i..<j))
                }
                i = max(j, i + 1)
            default:
                i += 1
            }
        }
        return result
    }

    /// The distinct parameter names, in order of first use.
    public static func names(in sql: String) -> [String] {
        var seen = Set<String>()
        return occurrences(in: sql).compactMap { seen.insert($0.name).inserted ? $0.name : nil }
    }

    /// The SQL with every `:name` replaced by `replacement(name)`.
    public static func rewrite(_ sql: String, replacement: (String) -> String) -> String {
        let scalars = Array(sql.unicodeScalars)
        var out = String.UnicodeScalarView()
        var cursor = 0
        for occurrence in occurrences(in: sql) {
            out.append(contentsOf: scalars[cursor..<occurrence.range.lowerBound])
            out.append(contentsOf: replacement(occurrence.name).unicodeScalars)
            cursor = occurrence.range.upperBound
        }
        out.append(contentsOf: scalars[cursor...])
        return String(out)
    }

    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_"
    }
}
