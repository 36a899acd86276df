/// A forum report: opening with dates and theme, a long title-chain attendee list,
/// speakers who 致辞, organizers, keynotes and round tables, then paraphrased remarks.
enum ForumReport {
    static func compose(_ cast: Cast) -> ComposedArticle {
        let theme = cast.random.pick(cast.vocabulary.eventThemes)
        let edition = ["二", "三", "四", "五", "六", "七", "八", "九", "十"][cast.random.below(9)]
        let eventName = "第\(edition)届\(theme.name)"
        let start = cast.monthDay()
        let twoDays = start.day < 28 && cast.random.chance(0.6)
        let dates = twoDays ? "\(start.month)月\(start.day)日至\(start.day + 1)日" : start.text
        let guests = cast.random.int(150...900)
        let venue = cast.random.chance(0.5) ? "在我市" : "在\(cast.city)"

        var paragraphs: [String] = []
        paragraphs.append("\(dates)，以“\(theme.theme)”为主题，\(eventName)\(venue)隆重举办，\(guests)余名国内外政企学研专家、企业家代表齐聚一堂，通过主旨演讲、圆桌对话、成果发布、产业对接等形式，\(cast.filler(sentences: 1))")

        let attendees = (0..<cast.random.int(8...14)).map { _ in
            cast.random.chance(0.7) ? cast.nationalOfficial() : cast.executive()
        }
        paragraphs.append(attendees.map(\.chain).joined(separator: "；") + "等出席会议。")

        let speakers = (0..<cast.random.int(2...5)).map { _ in cast.localOfficial() }
        paragraphs.append(speakers.map(\.chain).joined(separator: "、") + "致辞。")

        let partner = cast.otherCity()
        paragraphs.append("\(theme.name)已经举办至第\(edition)届，是国内规格高、影响力广的行业盛会之一。本届\(theme.name.hasSuffix("论坛") ? "论坛" : "大会")由\(theme.name)组委会、\(cast.city)市人民政府、\(partner.province.fullName)工业和信息化厅、\(cast.random.pick(cast.vocabulary.nationalBodies).name)等联合主办，\(cast.company().name)为承办单位。")

        let keynoteNames = cast.random.sample(attendees, min(attendees.count, cast.random.int(4...8))).map(\.name)
        let newKeynotes = (0..<cast.random.int(1...3)).map { _ in cast.nationalOfficial() }
        paragraphs.append("大会上，" + keynoteNames.joined(separator: "、") + "以及" + newKeynotes.map(\.chain).joined(separator: "，") + "分别作主题演讲。")

        let host = cast.random.pick(attendees)
        let panel = (0..<cast.random.int(3...6)).map { _ in cast.random.chance(0.5) ? cast.executive() : cast.nationalOfficial() }
        paragraphs.append("\(host.name)与" + panel.map(\.chain).joined(separator: "，") + "，围绕“\(cast.random.pick(cast.vocabulary.industries).projectWord)产业链协同发展”展开圆桌对话。")

        for speaker in speakers.prefix(2) {
            paragraphs.append("\(speaker.name)指出，\(cast.filler(sentences: cast.random.int(3...5)))")
        }
        let keynoteSpeaker = cast.random.pick(attendees)
        paragraphs.append("\(keynoteSpeaker.name)表示，\(cast.filler(sentences: cast.random.int(2...4)))")

        let year = cast.year
        var article = ComposedArticle(
            shape: .forumReport, title: "\(eventName)在\(cast.city)举办",
            published: .init(year: year, month: start.month, day: min(start.day + 2, 28)),
            paragraphs: paragraphs)
        article.paragraphs.append("据悉，本届\(theme.name.hasSuffix("论坛") ? "论坛" : "大会")期间共签约项目\(cast.random.int(12...90))个、投资总额\(cast.amountYi(80...900))亿元。")
        return article
    }
}
