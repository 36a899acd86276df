/// Finds when an article was published, as ISO `YYYY-MM-DD`: front matter `date:`, HTML meta tags,
/// or a dateline near the top (`发布时间:2016/08/18`, `2016年8月18日 来源：…`). Never guesses a year.
struct PublishedDateFinder {
    static let frontMatterKeys = ["date", "published", "publishdate", "pubdate", "created"]
    static let metaKeys = ["article:published_time", "publishdate", "publish_date", "pubdate", "pubtime",
                           "publishtime", "publish-date", "og:article:published_time", "og:release_date",
                           "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "firstpublishedtime",
                           "weibo:article:create_at", "date", "time:datetime"]
    /// Labels that introduce a publication date on a line.
    static let labels = ["发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "更新时间", "Date:", "date:"]
    /// Words that make a short dated line a dateline rather than body text.
    static let datelineWords = ["来源", "作者", "编辑", "记者", "点击", "浏览", "阅读", "字号", "稿源", "出处"]

    /// Lines from the top searched for a dateline.
    var headLines = 15

    func fromFrontMatter(_ fields: [String: String]) -> String? {
        for key in Self.frontMatterKeys { if let v = fields[key], let d = Self.firstDate(in: v) { return d } }
        return nil
    }

    func fromMeta(_ meta: [String: String]) -> String? {
        for key in Self.metaKeys { if let v = meta[key], let d = Self.firstDate(in: v) { return d } }
        return nil
    }

    /// The date of the first dateline among the first lines (trimmed lines, chrome not yet removed).
    func fromLines(_ lines: [String]) -> String? {
        for line in lines.prefix(headLines) where HanCharacter.characterCount(of: line, isAtMost: 100) {
            guard let date = Self.firstDate(in: line) else { continue }
            let labelled = Self.labels.contains { line.contains($0) }
            let dateline = Self.datelineWords.contains { line.contains($0) } && !line.contains("。")
            let bare = HanCharacter.characterCount(of: line, isAtMost: 24) && !line.contains("，") && !line.contains("。")
            if labelled || dateline || bare { return date }
        }
        return nil
    }

    /// First well-formed full date in text: `2016-08-18`, `2016/8/18`, `2016.08.18`, `2016年8月18日`.
    static func firstDate(in text: String) -> String? {
        let s = UTF8Scalars.array(text)
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else { i += 1; continue }
            if let d = date(s, at: i) { return d }
            i += 1
        }
        return nil
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    private static func number(_ s: [Unicode.Scalar], _ i: inout Int, maxDigits: Int) -> Int? {
        var v = 0, n = 0
        while i < s.count, isDigit(s[i]), n < maxDigits { v = v * 10 + Int(s[i].value - 0x30); i += 1; n += 1 }
        if i < s.count, isDigit(s[i]) { return nil }
        return n == 0 ? nil : v
    }

    private static func date(_ s: [Unicode.Scalar], at start: Int) -> String? {
        var i = start
        guard let year = number(s, &i, maxDigits: 4), i - start == 4, (1980...2100).contains(year), i < s.count else { return nil }
        let sep = s[i]
        let chinese = sep == "年"
        guard chinese || sep == "-" || sep == "/" || sep == "." else { return nil }
        i += 1
        guard let month = number(s, &i, maxDigits: 2), (1...12).contains(month), i < s.count else { return nil }
        if chinese { guard s[i] == "月" else { return nil } } else { guard s[i] == sep else { return nil } }
        i += 1
        guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day) else { return nil }
        if chinese { guard i < s.count, s[i] == "日" || s[i] == "号" else { return nil } }
        return "\(year)-\(pad2(month))-\(pad2(day))"
    }
}
