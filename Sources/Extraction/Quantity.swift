import Foundation

/// A number with the unit it is stated in ("1000亿元", "三条", "**万辆", "***%").
/// `unit` keeps multipliers as written ("亿元", "万辆"), since goals are compared as stated.
public struct Quantity: Sendable, Equatable {
    public let value: Decimal?
    public let unit: String
    public let masked: Bool
    public let start: Int
    public let end: Int
}

public enum QuantityParser {
    static let units: [[Unicode.Scalar]] = Lexicon(named: "units").words
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    static let multiplierScalars: Set<Unicode.Scalar> = ["十", "百", "千", "万", "亿"]

    /// The quantity starting at `start`, if a numeral there is followed by a known unit
    /// (optionally with 余/多/以上 between: "300余名").
    public static func quantity(in scalars: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> Quantity? {
        let end = min(limit ?? scalars.count, scalars.count)
        guard let n = ChineseNumber.scan(scalars, at: start), n.end <= end else { return nil }
        var runEnd = n.end
        while runEnd < end, multiplierScalars.contains(scalars[runEnd]), !(n.value == nil && !n.masked) { runEnd += 1 }
        // A unit may itself open with a multiplier character (千瓦, 百分点): "500万千瓦" is 500 of 万千瓦,
        // so shorter multiplier runs are tried when the longest leaves no unit.
        var cut = runEnd
        while cut >= n.end {
            if let q = quantity(scalars, n, multipliersEnd: cut, start: start, end: end) { return q }
            cut -= 1
        }
        return nil
    }

    static func quantity(_ scalars: [Unicode.Scalar], _ n: NumberMention, multipliersEnd: Int, start: Int,
                         end: Int) -> Quantity? {
        var i = multipliersEnd
        if i < end, scalars[i] == "余" || scalars[i] == "多" { i += 1 }
        let trailingMultipliers = i
        while i < end, scalars[i] == "万" || scalars[i] == "亿" { i += 1 }
        // The unit is found before any text is made: most numerals have none.
        guard let u = units.first(where: { i + $0.count <= end && ScalarSearch.matches(scalars, $0, at: i) }) else {
            return nil
        }
        // The unit as written: multipliers before 余/多, those after it, then the unit word.
        var unit = Array(scalars[n.end..<multipliersEnd])
        unit += scalars[trailingMultipliers..<i]
        unit += u
        return Quantity(value: n.masked ? nil : n.value, unit: ScalarText.string(unit), masked: n.masked,
                        start: start, end: i + u.count)
    }

    /// Every quantity in `scalars[lower..<upper]`, left to right, not overlapping.
    public static func quantities(in scalars: [Unicode.Scalar], from lower: Int, to upper: Int) -> [Quantity] {
        var found: [Quantity] = []
        var i = lower
        while i < upper {
            if i > lower, AmountParser.isNumeralScalar(scalars[i - 1]) { i += 1; continue }
            if let q = quantity(in: scalars, at: i, limit: upper) {
                found.append(q)
                i = q.end
            } else {
                i += 1
            }
        }
        return found
    }
}
