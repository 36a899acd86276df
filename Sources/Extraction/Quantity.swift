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

    /// The quantity starting at `start`, if a numeral there is followed by a known unit
    /// (optionally with 余/多/以上 between: "300余名").
    public static func quantity(in scalars: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> Quantity? {
        let end = min(limit ?? scalars.count, scalars.count)
        guard let n = ChineseNumber.extent(scalars, at: start), n.end <= end else { return nil }
        // The numeral's value is parsed only when asked for: most numerals have no unit after them.
        var mention: NumberMention?
        func numberMention() -> NumberMention {
            if let mention { return mention }
            let m = ChineseNumber.mention(scalars, n)
            mention = m
            return m
        }
        var runEnd = n.end
        while runEnd < end, AmountParser.isLargeUnit(scalars[runEnd]), n.masked || numberMention().value != nil {
            runEnd += 1
        }
        // A unit may itself open with a multiplier character (千瓦, 百分点): "500万千瓦" is 500 of 万千瓦,
        // so shorter multiplier runs are tried when the longest leaves no unit.
        var cut = runEnd
        while cut >= n.end {
            if let (unit, unitEnd) = unit(scalars, numeralEnd: n.end, multipliersEnd: cut, end: end) {
                let m = numberMention()
                return Quantity(value: m.masked ? nil : m.value, unit: unit, masked: m.masked, start: start, end: unitEnd)
            }
            cut -= 1
        }
        return nil
    }

    /// The unit as written after a numeral ending at `numeralEnd` whose multipliers run to
    /// `multipliersEnd` (multipliers, 余/多, more multipliers, then a unit word), with the offset after it.
    static func unit(_ scalars: [Unicode.Scalar], numeralEnd: Int, multipliersEnd: Int, end: Int) -> (String, Int)? {
        var i = multipliersEnd
        if i < end, scalars[i] == "余" || scalars[i] == "多" { i += 1 }
        let trailingMultipliers = i
        while i < end, scalars[i] == "万" || scalars[i] == "亿" { i += 1 }
        // The unit is found before any text is made: most numerals have none.
        guard let u = units.first(where: { i + $0.count <= end && ScalarSearch.matches(scalars, $0, at: i) }) else {
            return nil
        }
        // The unit as written: multipliers before 余/多, those after it, then the unit word.
        var unit = Array(scalars[numeralEnd..<multipliersEnd])
        unit += scalars[trailingMultipliers..<i]
        unit += u
        return (ScalarText.string(unit), i + u.count)
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
