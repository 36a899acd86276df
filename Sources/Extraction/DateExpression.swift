import Foundation

/// A date or date range as the text writes it: "2021年3月27日", "3月27日至28日", "11月22日",
/// "27日晚", "今天上午". Parts the text leaves out are nil and filled from context by `resolve`.
public struct DateMention: Sendable, Equatable {
    public var year: Int?
    public var month: Int?
    public var day: Int
    /// The range's last day when the text gives one ("至28日").
    public var endYear: Int?
    public var endMonth: Int?
    public var endDay: Int?
    /// 今天/今日/昨天: relative to the publication date.
    public var daysFromPublished: Int?
    public let start: Int
    public let end: Int
}

/// Finding dates and turning them into ISO 8601 text (`2021-03-27`, or `--03-27` without a year).
public enum DateExpression {
    static let relativeDays: [(String, Int)] = [("今天", 0), ("今日", 0), ("昨天", -1), ("昨日", -1), ("前天", -2)]
    static let relativeDayScalars = relativeDays.map { (ScalarSearch.word($0.0), $0.1) }

    /// Dates in `scalars[lower..<upper]`, left to right.
    public static func dates(in scalars: [Unicode.Scalar], from lower: Int, to upper: Int) -> [DateMention] {
        var found: [DateMention] = []
        var i = lower
        while i < upper {
            let c = scalars[i]
            // Only 今/昨/前 start a relative day and only a digit starts an absolute date: every other
            // scalar, nearly all of them, is passed over at once.
            if c == "今" || c == "昨" || c == "前",
               let (word, offset) = relativeDayScalars.first(where: { ScalarSearch.matches(scalars, $0.0, at: i) }) {
                found.append(DateMention(year: nil, month: nil, day: 0, daysFromPublished: offset, start: i,
                                         end: i + word.count))
                i += word.count
                continue
            }
            if c.isASCIIDigit, let m = absolute(in: scalars, at: i, upper: upper) {
                found.append(m)
                i = m.end
                continue
            }
            i += 1
        }
        return found
    }

    /// `[YYYY年][M月]D日[至|-|到[M月]D日]` starting at `i`.
    static func absolute(in s: [Unicode.Scalar], at i: Int, upper: Int) -> DateMention? {
        if i > 0, s[i - 1].isASCIIDigit { return nil }
        var j = i
        var year: Int?, month: Int?
        if let (y, e) = integer(s, j, upper), e < upper, s[e] == "年", y >= 1900, y <= 2100 {
            year = y
            j = e + 1
        }
        if let (m, e) = integer(s, j, upper), e < upper, s[e] == "月", (1...12).contains(m) {
            month = m
            j = e + 1
        } else if year != nil {
            return nil // "2021年" alone is a year, not a date.
        }
        guard let (d, e) = integer(s, j, upper), e < upper, s[e] == "日" || s[e] == "号", (1...31).contains(d) else {
            return nil
        }
        j = e + 1
        var mention = DateMention(year: year, month: month, day: d, start: i, end: j)
        // Range: 至/到/-/— then [M月]D日.
        if j < upper, rangeMarks.contains(s[j]) {
            var k = j + 1
            var endMonth: Int?
            if let (m, e2) = integer(s, k, upper), e2 < upper, s[e2] == "月", (1...12).contains(m) {
                endMonth = m
                k = e2 + 1
            }
            if let (d2, e2) = integer(s, k, upper), e2 < upper, s[e2] == "日" || s[e2] == "号", (1...31).contains(d2) {
                mention = DateMention(year: year, month: month, day: d, endYear: year, endMonth: endMonth ?? month,
                                      endDay: d2, start: i, end: e2 + 1)
            }
        }
        return mention
    }

    static let rangeMarks: [Unicode.Scalar] = ["至", "到", "-", "—", "~", "～"]

    /// Arabic digits at `i` (at most 4) as an integer, with the offset after them.
    static func integer(_ s: [Unicode.Scalar], _ i: Int, _ upper: Int) -> (Int, Int)? {
        var j = i, v = 0
        while j < upper, j - i < 4, s[j].isASCIIDigit {
            v = v * 10 + Int(s[j].value - 48)
            j += 1
        }
        return j > i ? (v, j) : nil
    }

    static func matches(_ s: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
        var k = i
        for u in word.unicodeScalars {
            guard k < s.count, s[k] == u else { return false }
            k += 1
        }
        return true
    }

    /// ISO text of a date; `--MM-DD` when the year is unknown.
    public static func iso(year: Int?, month: Int, day: Int) -> String {
        let md = String(format: "%02d-%02d", month, day)
        return year.map { String(format: "%04d-", $0) + md } ?? "--" + md
    }

    /// (year, month, day) of an ISO date `YYYY-MM-DD`.
    public static func parseISO(_ s: String?) -> (Int, Int, Int)? {
        guard let s else { return nil }
        let parts = s.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, s.hasPrefix(String(parts[0])) || s.first?.isNumber == true else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// A day offset from a date, across month and year ends.
    public static func shift(_ date: (Int, Int, Int), by days: Int) -> (Int, Int, Int) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let d = cal.date(from: DateComponents(year: date.0, month: date.1, day: date.2))!
        let c = cal.dateComponents([.year, .month, .day], from: cal.date(byAdding: .day, value: days, to: d)!)
        return (c.year!, c.month!, c.day!)
    }

    /// First and last year of a five-year plan by its ordinal (十四五 → 2021...2025).
    /// The first plans ran 1953–1962, then 1966 onward every five years (1963–65 were an adjustment).
    public static func planYears(_ ordinal: Int) -> ClosedRange<Int>? {
        switch ordinal {
        case 1: return 1953...1957
        case 2: return 1958...1962
        case 3...20: let start = 1966 + 5 * (ordinal - 3); return start...(start + 4)
        default: return nil
        }
    }

    static let planFollowers: Set<Unicode.Scalar> = ["规", "时", "期", "开", "末", "”", "以", "之", "初", "收", "中", "的", "发", "目"]

    /// Five-year plans named in `s` ("十四五", "“十三五”"): (ordinal, offset after the name).
    public static func planMentions(in s: [Unicode.Scalar], from lower: Int, to upper: Int) -> [(ordinal: Int, start: Int, end: Int)] {
        var out: [(Int, Int, Int)] = []
        var i = lower
        while i < upper {
            // 十N五 or 十五 preceded by a non-numeral, followed by 五 as the plan marker.
            if s[i] == "十" || s[i] == "二", i == 0 || !ChineseNumber.isChineseNumeral(s[i - 1]) {
                var j = i
                while j < upper, ChineseNumber.isChineseNumeral(s[j]) { j += 1 }
                if j - i >= 2, s[j - 1] == "五", j >= 2 {
                    let numeral = ScalarText.string(s[i..<(j - 1)])
                    let after = j < upper ? s[j] : " "
                    let quoted = i > 0 && s[i - 1] == "“"
                    // Plans are quoted or followed by 规划/时期/期间/开局/末…; "十五届", "十五年" are counts.
                    if let n = ChineseNumber.parseChinese(numeral), quoted || planFollowers.contains(after),
                       let ordinal = Int(exactly: NSDecimalNumber(decimal: n)), ordinal >= 6 {
                        out.append((ordinal, i, j))
                        i = j
                        continue
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Parts of a year a report covers as current ("2023年第二季度", "2024年上半年").
    static let periodsOfYear = ["第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
                                "前三季度", "上半年", "下半年"]

    /// An undated article's year from its headline when the headline reports a current part of a year
    /// ("柳州举行2023年第二季度重大项目集中签约仪式"): the report is written in that year.
    static func headlinePeriodYear(_ s: [Unicode.Scalar]) -> Int? {
        var end = 0
        while end < s.count, end < 200, s[end] != "\n" { end += 1 }
        var i = 0
        while i + 5 <= end {
            if (i == 0 || !s[i - 1].isASCIIDigit), let (y, e) = integer(s, i, end), e - i == 4, e < end, s[e] == "年",
               y > 1900, periodsOfYear.contains(where: { matches(s, $0, at: e + 1) }) {
                return y
            }
            i += 1
        }
        return nil
    }

    /// The year "今年" means in an article: the publication year, else the year of a
    /// "今年是“十四五”开局之年" statement. Nil when neither is there.
    public static func articleYear(_ scalars: [Unicode.Scalar], published: String?) -> Int? {
        if let (y, _, _) = parseISO(published) { return y }
        guard let at = ScalarSearch.firstIndex(of: "今年是", in: scalars, 0, scalars.count) else {
            return headlinePeriodYear(scalars)
        }
        let tail = Array(scalars[(at + 3)...].prefix(20))
        for plan in planMentions(in: tail, from: 0, to: tail.count) {
            guard let years = planYears(plan.ordinal) else { continue }
            if ScalarSearch.contains("开局", in: tail, plan.end, tail.count) { return years.lowerBound }
            if ScalarSearch.contains("收官", in: tail, plan.end, tail.count) { return years.upperBound }
        }
        if let (y, _) = integer(tail, 0, tail.count), tail.count > 4, tail[4] == "年", y > 1900 { return y }
        return nil
    }
}
