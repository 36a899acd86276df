import SeededRandom
import Foundation

/// Invents the people, bodies, places, dates and amounts of one article. A class so that
/// the shapes share one generator and one set of names already used (a name appears once
/// per article as one person, as in real reports).
final class Cast {
    /// A person with the posts the article gives them, in the order a title chain lists them.
    struct Official {
        var name: String
        var posts: [String]
        /// "工业和信息化部副部长、党组成员张三": the chain as reports write it.
        var chain: String { posts.joined(separator: "、") + name }
    }

    struct Company {
        var name: String
        var industry: Vocabulary.Industry
    }

    var random: SplitMix64
    let vocabulary: Vocabulary
    private var usedNames: Set<String> = []
    private var usedCompanies: Set<String> = []

    /// The province and city the article is about.
    let province: Vocabulary.Province
    let city: String
    /// Year of the reported event.
    let year: Int

    init(random: SplitMix64, vocabulary: Vocabulary) {
        self.random = random
        self.vocabulary = vocabulary
        province = self.random.pick(vocabulary.provinces)
        city = self.random.pick(province.cities)
        year = self.random.int(2016...2024)
    }

    // MARK: names

    func personName() -> String {
        while true {
            let surname = random.pick(vocabulary.surnames)
            let givenLength = surname.count > 1 ? 1 : (random.chance(0.7) ? 2 : 1)
            var name = surname
            for _ in 0..<givenLength { name += random.pick(vocabulary.givenNameCharacters) }
            if usedNames.insert(name).inserted { return name }
        }
    }

    func company() -> Company {
        while true {
            let industry = random.pick(vocabulary.industries)
            let place = random.chance(0.4) ? random.pick(province.cities) : ""
            let name = place + random.pick(vocabulary.companyStems) + industry.companyWord + random.pick(vocabulary.legalSuffixes)
            if usedCompanies.insert(name).inserted { return Company(name: name, industry: industry) }
        }
    }

    func otherCity() -> (province: Vocabulary.Province, city: String) {
        let other = random.pick(vocabulary.provinces)
        return (other, random.pick(other.cities))
    }

    // MARK: officials

    /// A local official of the article's city or province.
    func localOfficial() -> Official {
        let posts: [[String]] = [
            ["\(city)市委书记"], ["\(city)市委副书记", "市长"], ["\(city)市副市长"], ["\(city)市长"],
            ["\(province.fullName)副\(province.fullName.hasSuffix("自治区") ? "主席" : "省长")"],
            ["\(province.fullName)人民政府副秘书长"], ["\(province.fullName)工业和信息化厅厅长"],
            ["\(province.fullName)发展和改革委员会副主任"], ["\(city)市经济和信息化局局长"],
            ["\(city)市人民政府副秘书长"], ["\(province.fullName)商务厅副厅长"],
        ]
        return Official(name: personName(), posts: random.pick(posts))
    }

    /// A national figure: one to three posts at national bodies or universities.
    func nationalOfficial() -> Official {
        var posts: [String] = []
        let count = random.int(1...3)
        var bodies = Set<String>()
        while posts.count < count {
            if random.chance(0.75) {
                let body = random.pick(vocabulary.nationalBodies)
                guard bodies.insert(body.name).inserted else { continue }
                let post = random.pick(body.posts)
                // 原 (former) marks a past office; membership titles like 院士 are for life.
                let prefix = post != "院士" && post != "委员" && random.chance(0.15) ? "原" : ""
                posts.append(body.name + prefix + post)
            } else {
                let university = random.pick(vocabulary.universities)
                guard bodies.insert(university.name).inserted else { continue }
                posts.append(university.name + random.pick(university.posts))
            }
        }
        if random.chance(0.2) { posts.insert("中国工程院院士", at: 0) }
        return Official(name: personName(), posts: posts)
    }

    /// A business leader of a new company.
    func executive(of company: Company? = nil) -> Official {
        let firm = company ?? self.company()
        let roles = ["董事长", "总经理", "党委书记、董事长", "董事长兼总经理", "副总经理", "首席执行官", "总裁", "副总裁"]
        let role = random.pick(roles)
        let posts = role.split(separator: "、").enumerated().map { index, part in
            index == 0 ? firm.name + part : String(part)
        }
        return Official(name: personName(), posts: posts)
    }

    // MARK: numbers and dates

    /// "3月27日" for a day of the article's year.
    func monthDay() -> (month: Int, day: Int, text: String) {
        let month = random.int(1...12)
        let day = random.int(1...28)
        return (month, day, "\(month)月\(day)日")
    }

    /// An amount in 亿元 as written: "180", "3.5".
    func amountYi(_ range: ClosedRange<Int>) -> String {
        random.chance(0.3) ? random.decimal(range, fraction: 1) : String(random.int(range))
    }

    // MARK: filler

    /// Policy-register sentences: `count` sentences of 2–5 clauses each.
    func filler(sentences count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            let clauses = random.sample(vocabulary.policyClauses, random.int(2...5)).map(fillSlots)
            text += clauses.joined(separator: "，") + "。"
        }
        return text
    }

    private func fillSlots(_ clause: String) -> String {
        guard clause.contains("{") else { return clause }
        return clause
            .replacingOccurrences(of: "{industry}", with: random.pick(vocabulary.industries).projectWord)
            .replacingOccurrences(of: "{city}", with: city)
            .replacingOccurrences(of: "{province}", with: province.shortName)
            .replacingOccurrences(of: "{n}", with: String(random.int(3...30)))
    }
}
