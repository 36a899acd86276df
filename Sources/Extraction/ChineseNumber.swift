import Foundation

/// A number as an article writes it: arabic digits (with decimals and thousands commas),
/// Chinese numerals (一百二十, 两千, 十三) or a mask (`**`, `*.*`) hiding the digits.
public struct NumberMention: Sendable, Equatable {
    /// Exact value of the numeral itself (multipliers like 万/亿 that follow are not applied);
    /// nil when masked.
    public let value: Decimal?
    public let masked: Bool
    /// Scalar offsets of the numeral in the text it was scanned from.
    public let start: Int
    public let end: Int
}

/// Exact parsing of Chinese and arabic numerals. Never uses Double: money must stay exact.
public enum ChineseNumber {
    static let digitValues: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    /// Multipliers inside a Chinese numeral (一百二十): below 万, they never start a unit.
    static let smallUnits: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]
    /// Multipliers that scale a whole number (3.5亿, 一百二十万).
    public static let largeUnits: [Unicode.Scalar: Decimal] = [
        "十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000,
    ]

    /// The keys of `digitValues` and `smallUnits`, as a switch: asked for nearly every scalar of a text.
    public static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
        default: return false
        }
    }

    /// Value of a Chinese numeral without 万/亿 ("一百二十" → 120, "十三" → 13, "两千零五" → 2005).
    public static func parseChinese(_ s: String) -> Decimal? {
        var total = 0, pending = 0, seen = false
        for c in s.unicodeScalars {
            if let d = digitValues[c] {
                pending = d
                seen = true
            } else if let m = smallUnits[c] {
                // A multiplier with no digit before it means one of it (十三 = 13, 千亿 = 1000亿).
                total += (pending == 0 ? 1 : pending) * m
                pending = 0
                seen = true
            } else {
                return nil
            }
        }
        return seen ? Decimal(total + pending) : nil
    }

    /// Value of arabic digits with an optional decimal part and thousands commas ("3,743.2").
    public static func parseArabic(_ s: String) -> Decimal? {
        let cleaned = s.unicodeScalars.contains(",") ? ScalarText.string(s.unicodeScalars.filter { $0 != "," }) : s
        guard !cleaned.isEmpty, cleaned.unicodeScalars.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
              cleaned.filter({ $0 == "." }).count <= 1, cleaned.first != ".", cleaned.last != "." else { return nil }
        return Decimal(string: cleaned, locale: posix)
    }

    /// Made once: building a Locale per number parsed showed in profiles.
    static let posix = Locale(identifier: "en_US_POSIX")

    /// A whole amount with its multipliers applied: "180亿" → 18_000_000_000, "3.5万" → 35_000,
    /// "一百亿" → 10_000_000_000, "千亿" → 100_000_000_000, "1.2万亿". Masked (`*`) → nil.
    public static func parse(_ s: String) -> Decimal? {
        let scalars = Array(s.unicodeScalars)
        guard !scalars.isEmpty, !scalars.contains("*") else { return nil }
        // Split the leading numeral from the trailing run of 万/亿 (and 千/百/十 directly before them).
        var coreEnd = scalars.count
        while coreEnd > 0, scalars[coreEnd - 1] == "万" || scalars[coreEnd - 1] == "亿" { coreEnd -= 1 }
        var multiplier: Decimal = 1
        for c in scalars[coreEnd...] { multiplier *= largeUnits[c]! }
        var core = ScalarText.string(scalars[..<coreEnd])
        if core.isEmpty { return coreEnd < scalars.count ? multiplier : nil }
        // "3千亿": an arabic number followed by 千/百/十 is one more multiplier.
        if let last = core.unicodeScalars.last, let m = smallUnits[last],
           core.unicodeScalars.dropLast().allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }),
           core.unicodeScalars.count > 1 {
            multiplier *= Decimal(m)
            core = ScalarText.string(core.unicodeScalars.dropLast())
        } else if core == "千" || core == "百" || core == "十" {
            return multiplier * largeUnits[core.unicodeScalars.first!]!
        }
        if let v = parseArabic(core) { return v * multiplier }
        if let v = parseChinese(core) { return v * multiplier }
        return nil
    }

    /// Scans the numeral starting at `start` (digits, decimal point, thousands commas,
    /// Chinese numerals, or `*` masks). Returns nil when no numeral starts there.
    /// Multipliers 万/亿 are left for the unit ("1000亿元" → 1000 then "亿元").
    public static func scan(_ scalars: [Unicode.Scalar], at start: Int) -> NumberMention? {
        extent(scalars, at: start).map { mention(scalars, $0) }
    }

    /// Where a numeral starting at `start` ends, without its value: callers that usually reject what
    /// follows the numeral (no unit, no currency) skip making text and parsing it.
    struct Extent {
        let start: Int
        let end: Int
        let masked: Bool
        let arabic: Bool
    }

    static func extent(_ scalars: [Unicode.Scalar], at start: Int) -> Extent? {
        guard start < scalars.count else { return nil }
        let first = scalars[start]
        var i = start
        if first.isASCIIDigit || first == "*" {
            var masked = false
            while i < scalars.count {
                let c = scalars[i]
                if c.isASCIIDigit { i += 1; continue }
                if c == "*" { masked = true; i += 1; continue }
                // A decimal point or thousands comma counts only between digits or masks.
                if (c == "." || c == ","), i + 1 < scalars.count,
                   scalars[i + 1].isASCIIDigit || scalars[i + 1] == "*",
                   c == "." || (i + 3 < scalars.count && scalars[i + 1...i + 3].allSatisfy(\.isASCIIDigit)) {
                    i += 1
                    continue
                }
                break
            }
            return Extent(start: start, end: i, masked: masked, arabic: true)
        }
        if isChineseNumeral(first) {
            // Every run of these scalars parses (`parseChinese` knows each of them).
            while i < scalars.count, isChineseNumeral(scalars[i]) { i += 1 }
            return Extent(start: start, end: i, masked: false, arabic: false)
        }
        return nil
    }

    /// The numeral of an extent with its value.
    static func mention(_ scalars: [Unicode.Scalar], _ n: Extent) -> NumberMention {
        let text = ScalarText.string(scalars[n.start..<n.end])
        if n.arabic {
            return NumberMention(value: n.masked ? nil : parseArabic(text), masked: n.masked, start: n.start, end: n.end)
        }
        return NumberMention(value: parseChinese(text), masked: false, start: n.start, end: n.end)
    }
}
