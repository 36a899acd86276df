/// A signing ceremony: who signed what where, headline statistics of the event
/// (签约项目N个、投资总额N亿元), then named projects with 投资N亿元 amounts and parties.
enum SigningCeremony {
    static func compose(_ cast: Cast) -> ComposedArticle {
        let date = cast.monthDay()
        let city = cast.city
        let eventName = "\(cast.year)年\(city)市重大项目集中签约仪式"
        let projectCount = cast.random.int(12...120)
        let leader = cast.localOfficial()
        let second = cast.localOfficial()

        var paragraphs: [String] = []
        paragraphs.append("\(date.text)，\(eventName)在\(city)国际会展中心举行。\(leader.chain)出席并致辞，\(second.chain)主持签约仪式。本次集中签约项目\(projectCount)个、投资总额\(cast.amountYi(200...2000))亿元，涵盖\(cast.random.sample(cast.vocabulary.industries, 3).map(\.projectWord).joined(separator: "、"))等领域。")
        paragraphs.append("\(leader.name)在致辞中表示，\(cast.filler(sentences: cast.random.int(2...4)))")

        for _ in 0..<cast.random.int(3...6) {
            let company = cast.company()
            let stem = cast.random.pick(cast.vocabulary.companyStems)
            let project = cast.random.chance(0.5)
                ? "\(stem)\(company.industry.projectWord)产业园项目"
                : "年产\(cast.random.int(2...80))万套\(company.industry.projectWord)项目"
            let district = ["高新区", "经济技术开发区", "临空经济区", "综合保税区"][cast.random.below(4)]
            let executive = cast.executive(of: company)
            paragraphs.append("投资\(cast.amountYi(5...260))亿元的\(project)由\(company.name)投资建设，落户\(city)\(district)，\(cast.filler(sentences: 1))\(executive.chain)介绍，项目建成后预计年产值可达\(cast.random.int(10...400))亿元。")
        }

        let partner = cast.otherCity()
        paragraphs.append("签约仪式上，\(city)市人民政府与\(cast.company().name)、\(partner.city)市人民政府分别签署战略合作协议。\(cast.filler(sentences: 2))")
        paragraphs.append("据了解，今年以来\(city)市累计招引亿元以上项目\(cast.random.int(50...400))个，\(cast.filler(sentences: 1))")

        return ComposedArticle(
            shape: .signingCeremony, title: "\(city)市重大项目集中签约 总投资超\(cast.random.int(2...20) * 100)亿元",
            published: .init(year: cast.year, month: date.month, day: date.day), paragraphs: paragraphs)
    }
}
