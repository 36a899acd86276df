import Foundation

/// A sum of money as written ("投资180亿元", "12万元", "5亿美元"), converted exactly.
public struct MoneyAmount: Sendable, Equatable {
    /// Exact yuan; nil when masked or when the currency is not the yuan.
    public let yuan: Int64?
    /// ISO currency code the text states: CNY, USD, EUR…
    public let currency: String
    public let masked: Bool
    /// Scalar offsets of the amount (numeral through currency word).
    public let start: Int
    public let end: Int
}

/// Finds money amounts in scalar text: a numeral, optional 万/亿 multipliers, a currency word.
public enum AmountParser {
    /// Currency words after the multipliers, longest first. 元 alone is the yuan.
    static let currencies: [(word: [Unicode.Scalar], code: String)] = [
        ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"), ("港元", "HKD"), ("港币", "HKD"),
        ("人民币", "CNY"), ("元", "CNY"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// Every money amount in `scalars[range]`.
    public static func amounts(in scalars: [Unicode.Scalar], from lower: Int = 0, to upper: Int? = nil,
                               bareMultiplierIsYuan: Bool = false) -> [MoneyAmount] {
        let end = min(upper ?? scalars.count, scalars.count)
        var found: [MoneyAmount] = []
        var i = max(0, lower)
        while i < end {
            // A numeral starts only where the previous scalar is not part of another numeral.
            if i > lower, isNumeralScalar(scalars[i - 1]) { i += 1; continue }
            if let amount = amount(in: scalars, at: i, limit: end, bareMultiplierIsYuan: bareMultiplierIsYuan) {
                found.append(amount)
                i = amount.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The amount starting exactly at `start`, if one does.
    public static func amount(in scalars: [Unicode.Scalar], at start: Int, limit: Int? = nil,
                              bareMultiplierIsYuan: Bool = false) -> MoneyAmount? {
        let end = min(limit ?? scalars.count, scalars.count)
        var i = start
        var masked = false
        // The numeral is `scalars[start..<numeralEnd]`; its text is made only for an amount found.
        var numeralEnd = start
        if let n = ChineseNumber.extent(scalars, at: start), n.end <= end {
            masked = n.masked
            numeralEnd = n.end
            i = n.end
        } else if start < end, scalars[start] == "千" || scalars[start] == "百" {
            // "千亿元": a bare multiplier as the numeral.
        } else {
            return nil
        }
        var multipliers: [Unicode.Scalar] = []
        while i < end, isLargeUnit(scalars[i]),
              // 千/百/十 after arabic digits or alone scale; after Chinese numerals they were consumed already.
              scalars[i] == "万" || scalars[i] == "亿" || multipliers.isEmpty {
            multipliers.append(scalars[i])
            i += 1
        }
        if numeralEnd == start && multipliers.isEmpty { return nil }
        // "余"/"多" (approximate: 3000余亿元) sit between the numeral and the currency; keep the stated number.
        if i < end, scalars[i] == "余" || scalars[i] == "多" { i += 1 }
        // The multiplier may also follow 余/多 ("3千多亿").
        while i < end, scalars[i] == "万" || scalars[i] == "亿" {
            multipliers.append(scalars[i])
            i += 1
        }
        var code: String?
        for (word, c) in currencies where i + word.count <= end && ScalarSearch.matches(scalars, word, at: i) {
            code = c
            i += word.count
            break
        }
        if code == nil {
            guard bareMultiplierIsYuan, multipliers.contains("亿") || multipliers.contains("万") else { return nil }
            code = "CNY"
        }
        if masked { return MoneyAmount(yuan: nil, currency: code!, masked: true, start: start, end: i) }
        guard code == "CNY", let value = ChineseNumber.parse(ScalarText.string(scalars[start..<numeralEnd] + multipliers))
        else {
            return MoneyAmount(yuan: nil, currency: code!, masked: false, start: start, end: i)
        }
        return MoneyAmount(yuan: exactInt64(value), currency: "CNY", masked: false, start: start, end: i)
    }

    /// The keys of `ChineseNumber.largeUnits` (十百千万亿), as a switch.
    static func isLargeUnit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "十", "百", "千", "万", "亿": return true
        default: return false
        }
    }

    /// Whole yuan; fractions of a yuan are dropped toward zero, out-of-range values are nil.
    static func exactInt64(_ value: Decimal) -> Int64? {
        var v = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 0, .down)
        guard rounded <= Decimal(Int64.max), rounded >= 0 else { return nil }
        return Int64(truncating: NSDecimalNumber(decimal: rounded))
    }

    static func isNumeralScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || c == "*" || c == "." || ChineseNumber.isChineseNumeral(c)
    }
}
