/// A speech to a work meeting, redacted before publication: the city and figures are masked
/// (`**制造`, `****年`, `*.*万亿元`). Numbered sections, 第一/第二 paragraphs.
enum Speech {
    static func compose(_ cast: Cast) -> ComposedArticle {
        let city = cast.city
        var paragraphs: [String] = ["同志们："]
        paragraphs.append("今天我们召开全市制造业高质量发展大会，主要任务是\(cast.filler(sentences: 1))")
        let sections = ["一、深刻把握大势趋势，清醒认识制造业高质量发展的紧迫性",
                        "二、全力推进创新革新，高效落实产业转型升级的硬任务",
                        "三、强化组织保障，凝聚推动制造业高质量发展的强大合力"]
        var headings: Set<Int> = []
        for (index, section) in sections.enumerated() {
            headings.insert(paragraphs.count)
            paragraphs.append(section)
            if index == 0 {
                let from = cast.year - cast.random.int(5...10)
                paragraphs.append("\(cast.year - 1)年，全市规上工业总产值突破\(cast.random.decimal(1...3, fraction: 1))万亿元，工业增加值达到\(cast.random.int(2000...6000))亿元，分别是\(from)年的\(cast.random.decimal(1...3, fraction: 1))倍和\(cast.random.decimal(1...3, fraction: 1))倍；规上工业企业突破\(cast.random.int(2...9))万家，国家级专精特新“小巨人”企业数量居全国城市第\(cast.random.int(2...9))位。\(city)制造业高质量发展路子越走越宽广。")
            }
            for (ordinal, _) in zip(["第一", "第二", "第三"], 0..<cast.random.int(2...3)) {
                paragraphs.append("\(ordinal)，\(cast.filler(sentences: cast.random.int(3...5)))\(city)制造要\(cast.filler(sentences: 1))")
            }
            if index == 1 {
                paragraphs.append("到\(cast.year + 3)年，全市制造业增加值占地区生产总值比重达到\(cast.random.int(30...45))%以上，\(cast.filler(sentences: 1))")
            }
        }
        paragraphs.append("同志们，\(cast.filler(sentences: 2))")
        let date = cast.monthDay()
        var article = ComposedArticle(
            shape: .speech, title: "在全市制造业高质量发展大会上的讲话",
            published: .init(year: cast.year, month: date.month, day: date.day),
            paragraphs: paragraphs, headings: headings)
        article.masked = true
        article.fixedLead = 2
        article.fixedTail = 1
        return article
    }
}
