/// A provincial plan as a press office reports it: what the plan is, its 到2025年 goals with
/// figures, the spatial layout, and a list of 行动 paragraphs under subheadings.
enum ProvincialPlan {
    static func compose(_ cast: Cast) -> ComposedArticle {
        let province = cast.province
        let industry = cast.random.pick(cast.vocabulary.industries)
        let planName = "《\(province.fullName)\(industry.projectWord)产业高质量发展“十四五”规划》"
        let date = cast.monthDay()
        let year = cast.random.int(2021...2023)
        let region = province.fullName.hasSuffix("自治区") ? "全区" : "全省"

        var paragraphs: [String] = []
        var headings: Set<Int> = []
        paragraphs.append("近日，\(province.fullName)人民政府新闻办公室召开新闻发布会，介绍\(planName)有关情况。规划分为发展基础、总体要求、发展重点、空间布局、主要任务、保障措施六个章节。\(cast.filler(sentences: 1))")
        paragraphs.append("规划提出，\(cast.filler(sentences: 2))")

        headings.insert(paragraphs.count)
        paragraphs.append("到2025年\(industry.projectWord)产业规模迈上新台阶")
        var goals: [String] = []
        goals.append("\(region)\(industry.projectWord)产业营业收入突破\(cast.random.int(5...60) * 100)亿元")
        goals.append("规模以上工业增加值年均增长\(cast.random.decimal(5...9, fraction: cast.random.chance(0.5) ? 1 : 0))%")
        goals.append("培育国家级专精特新“小巨人”企业\(cast.random.int(20...300))家")
        goals.append("规上工业企业研发经费投入强度达到\(cast.random.decimal(1...3, fraction: 1))%")
        goals.append("建成省级以上智能工厂和数字化车间\(cast.random.int(50...800))个")
        let chosen = cast.random.sample(goals, cast.random.int(3...5))
        paragraphs.append("规划明确主要目标为，到2025年，\(chosen.joined(separator: "，"))，\(cast.filler(sentences: 1))")
        paragraphs.append("到2035年，\(region)基本建成\(industry.projectWord)产业强省，\(cast.filler(sentences: 1))")

        let cities = cast.random.sample(province.cities, min(province.cities.count, 4))
        headings.insert(paragraphs.count)
        paragraphs.append("构建“一核、多极、多集群”发展格局")
        paragraphs.append("规划提出，" + cities.enumerated().map { index, city in
            index == 0 ? "以\(city)为核心打造\(industry.projectWord)产业发展核心区" : "支持\(city)建设\(cast.random.pick(cast.vocabulary.industries).projectWord)产业基地"
        }.joined(separator: "，") + "。\(cast.filler(sentences: 1))")

        headings.insert(paragraphs.count)
        paragraphs.append("\(["五", "六", "七", "八"][cast.random.below(4)])项行动推动产业高质量发展")
        let actions = ["产业创新能力提升行动", "产业链现代化攻坚行动", "融合发展深化行动", "企业梯度培育行动",
                       "绿色制造转型行动", "开放合作拓展行动", "质量品牌提升行动", "人才培育行动"]
        for action in cast.random.sample(actions, cast.random.int(4...6)) {
            paragraphs.append("实施\(action)。\(cast.filler(sentences: cast.random.int(3...5)))")
        }

        return ComposedArticle(
            shape: .provincialPlan, title: "\(planName)出台 推动\(industry.projectWord)产业高质量发展",
            published: .init(year: year, month: date.month, day: date.day),
            paragraphs: paragraphs, headings: headings)
    }
}
