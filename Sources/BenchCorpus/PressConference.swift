/// A press-conference live blog scraped with its page: navigation lines, a 发布时间 line,
/// clock times ("9:04"), photo numbers ("275-1"), speeches and reporters' questions, footer.
enum PressConference {
    static func compose(_ cast: Cast) -> ComposedArticle {
        let city = cast.city
        let date = cast.monthDay()
        let body = cast.random.pick(cast.vocabulary.nationalBodies)
        let industry = cast.random.pick(cast.vocabulary.industries).projectWord
        let eventName = "“\(industry)产业创新发展”\(city)试点示范新闻发布会"
        let speakers = [cast.nationalOfficial(), cast.nationalOfficial(), cast.localOfficial(), cast.localOfficial()]
        let host = Cast.Official(name: cast.personName(), posts: ["\(body.name)新闻发言人"])
        let photo = cast.random.int(100...999)

        var paragraphs: [String] = []
        paragraphs.append("今天上午9点，\(body.name)和\(city)市人民政府联合召开\(eventName)，宣布\(city)成为\(industry)产业创新发展试点示范城市。")
        paragraphs.append(speakers.map(\.chain).joined(separator: "，") + "等出席发布会并讲话。新闻发布会由\(host.chain)主持。")
        var minute = 0
        func clock() -> String {
            minute += cast.random.int(2...9)
            return "\(9 + minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60)"
        }
        paragraphs.append("9:00")
        paragraphs.append("\(eventName)正式开始。")
        for (index, speaker) in speakers.enumerated() {
            paragraphs.append(clock())
            paragraphs.append("\(speaker.chain)讲话。")
            paragraphs.append("\(photo)-\(index + 1)")
            paragraphs.append("\(speaker.name)：\(cast.filler(sentences: cast.random.int(3...6)))")
        }
        for _ in 0..<cast.random.int(2...4) {
            let medium = cast.random.pick(cast.vocabulary.media)
            let answerer = cast.random.pick(speakers)
            paragraphs.append(clock())
            paragraphs.append("\(medium)记者提问：\(city)成为试点示范城市后，下一步将如何推动\(industry)产业发展？")
            paragraphs.append("\(answerer.chain)：\(cast.filler(sentences: cast.random.int(2...4)))")
        }
        paragraphs.append(clock())
        paragraphs.append("发布会圆满结束。")

        var article = ComposedArticle(
            shape: .pressConference, title: "直播回放|\(eventName)",
            published: .init(year: cast.year, month: date.month, day: date.day), paragraphs: paragraphs)
        article.fixedLead = article.paragraphs.count - 2
        article.fixedTail = 2
        let published = article.published
        article.chromeBefore = ["政策动态", "当前位置:首页>>新闻动态 >>政策动态", "", article.title, "",
                                "发布时间:\(published.slashed) 点击量:\(cast.random.int(100...9999))", ""]
        article.chromeAfter = ["", "", "\(city)\(cast.random.pick(cast.vocabulary.companyStems))信息科技有限公司 版权所有  ICP备\(cast.random.int(10_000_000...99_999_999))号",
                               "网站首页销售热线联系我们", "在线咨询"]
        return article
    }
}
