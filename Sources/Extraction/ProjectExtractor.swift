import Facts
import Foundation

/// Finds concrete investment or cooperation projects with their investment in exact yuan and place.
///
/// Rules (each sets `Evidence.rule`):
/// - `projects.invest-de-name`: "投资180亿元的X项目", "投资110亿元的X、投资65亿元的Y等项目";
/// - `projects.name-then-invest`: "X项目总投资12亿元";
/// - `projects.listed`: "A、B、C等项目" (items of a list the text calls projects).
/// Aggregates ("签约项目399个、投资总额3743.2亿元", "制造业项目656个") are statistics, never projects;
/// names made only of class words (重大合作项目, 基础设施建设项目) are not projects.
public struct ProjectExtractor: Sendable {
    public static let shared = ProjectExtractor()

    static let words = Lexicon(named: "project-words").entries
    static let boundaries: [[Unicode.Scalar]] = words.filter { $0.count > 1 && $0[1] == "boundary" }
        .map { Array($0[0].unicodeScalars) }.sorted { $0.count > $1.count }
    static let generic: [String] = words.filter { $0.count > 1 && $0[1] == "generic" }.map { $0[0] }
        .sorted { $0.count > $1.count }
    static let heads: [String] = words.filter { $0.count > 1 && $0[1] == "head" }.map { $0[0] }
    static let genericScalars = generic.map { Array($0.unicodeScalars) }
    /// Generic words then heads, removed in this order to find what a name says of its own.
    static let classWordScalars = (generic + heads).map { Array($0.unicodeScalars) }
    static let investVerbs = ["总投资", "计划投资", "投资额", "投资"]
    static let investVerbScalars = investVerbs.map(ScalarSearch.word)
    // Words of the inner loops as scalars (see `ScalarSearch.word`).
    static let projectWord = ScalarSearch.word("项目")
    static let coBuildWord = ScalarSearch.word("共建")
    static let investWord = ScalarSearch.word("投资")
    static let nameLeads = ["建设的", "兴建的", "新建的", "打造的", "的"].map(ScalarSearch.word)
    static let listEnds = ["等项目", "等重大项目"].map(ScalarSearch.word)
    static let amountOfWords = ["亿元的", "万元的"].map(ScalarSearch.word)

    public init() {}

    /// `placeMentions`: the article's place mentions when the caller has them (`ArticleExtractor`), else found here.
    public func extract(_ text: String, places: [Place], placeMentions known: [PlaceMention]? = nil) -> [Project] {
        let t = ScalarText(text)
        let placeMentions = known ?? PlaceExtractor.shared.mentions(in: t)
        let sentences = Segmenter.sentenceSpans(t)
        return extract(t, sentences: sentences, clauses: sentences.map { Segmenter.clauseSpans(t, in: $0) },
                       places: places, placeMentions: placeMentions,
                       mainCity: PlaceExtractor.shared.mainCity(placeMentions))
    }

    /// The article's text, sentences (with each one's clauses) and main city as `ArticleExtractor` makes
    /// them once for every extractor.
    func extract(_ t: ScalarText, sentences: [Span], clauses: [[Span]], places: [Place], placeMentions: [PlaceMention],
                 mainCity: Division?) -> [Project] {
        let s = t.scalars
        let mainCity = mainCity?.cityName
        var projects: [Project] = []
        func add(_ name: String, _ start: Int, _ end: Int, _ amount: MoneyAmount?, rule: String, sentence: Span) {
            let clean = name.trimmingCharacters(in: .whitespaces)
            guard isSpecific(clean) else { return }
            if let i = projects.firstIndex(where: { $0.name == clean }) {
                if projects[i].investmentCNY == nil, let a = amount?.yuan { projects[i].investmentCNY = a }
                return
            }
            // A project listed briefly (竹木精深加工) and later in full (融安县竹木精深加工产业园项目) is one project.
            if let i = projects.firstIndex(where: { ScalarSearch.contains(clean, $0.name) && $0.evidence.rule == "projects.listed" }) {
                projects[i].name = clean
                if let a = amount?.yuan { projects[i].investmentCNY = a }
                projects[i].evidence = Evidence(span: Span(start, end), rule: rule, confidence: amount == nil ? 0.7 : 0.85)
                projects[i].place = settledPlace(s, after: end, sentence: sentence)
                    ?? placeOf(name: clean, end: end, sentence: sentence, mentions: placeMentions) ?? mainCity
                return
            }
            let place = settledPlace(s, after: end, sentence: sentence)
                ?? placeOf(name: clean, end: end, sentence: sentence, mentions: placeMentions) ?? mainCity
            let amountText = amount.map { ScalarText.string(s[$0.start..<$0.end]) }
            projects.append(Project(name: clean, investmentCNY: amount?.yuan, amountText: amountText, place: place,
                                    evidence: Evidence(span: Span(start, end), rule: rule,
                                                       confidence: amount == nil ? 0.7 : 0.85)))
        }
        for (n, sentence) in sentences.enumerated() {
            let signing = aboutSigning(s, sentence)
            for clause in clauses[n] {
                investThenName(s, clause, sentence, add)
                nameThenInvest(s, clause, sentence, add)
                listed(s, t, clause, sentence, add)
                signedOrStarted(s, clause, sentence, add)
                if signing { coBuilt(s, clause, sentence, add) }
            }
        }
        return projects
    }

    typealias Add = (String, Int, Int, MoneyAmount?, String, Span) -> Void

    /// "投资N亿元的X" items: the name runs to 项目 (kept), to 、 or to 等项目 (dropped).
    func investThenName(_ s: [Unicode.Scalar], _ clause: Span, _ sentence: Span, _ add: Add) {
        // Amounts are read only right after an invest verb (and hedge): what `AmountParser.amounts` finds
        // there, since no amount can run across 投资 or a hedge into such an offset.
        // Every invest verb contains 投资: a clause without it has no such amount.
        guard let first = ScalarSearch.firstIndex(of: ProjectExtractor.investWord, in: s, clause.start, clause.end) else {
            return
        }
        for at in (first + 2)..<max(first + 2, clause.end) {
            let before = s[at - 1]
            guard before == "资" || before == "额" || ProjectExtractor.isHedge(before),
                  precededByInvest(s, at, lower: clause.start),
                  let a = AmountParser.amount(in: s, at: at, limit: clause.end, bareMultiplierIsYuan: true),
                  a.end < clause.end else { continue }
            // "投资N亿元的X", "投资N亿美元建设的X".
            var nameStart = a.end
            for v in ProjectExtractor.nameLeads where ScalarSearch.matches(s, v, at: a.end) {
                nameStart = a.end + v.count
                break
            }
            guard nameStart > a.end else { continue }
            var i = nameStart
            var nameEnd = clause.end
            while i < clause.end {
                if s[i] == "、" { nameEnd = i; break }
                if s[i] == "等", ProjectExtractor.listEnds.contains(where: { ScalarSearch.matches(s, $0, at: i) }) {
                    nameEnd = i
                    break
                }
                if ScalarSearch.matches(s, ProjectExtractor.projectWord, at: i) { nameEnd = i + 2; break }
                i += 1
            }
            guard nameEnd > nameStart else { continue }
            let name = ScalarText.string(s[nameStart..<nameEnd])
            add(name, nameStart, nameEnd, a.currency == "CNY" ? a : MoneyAmount(yuan: nil, currency: a.currency,
                masked: a.masked, start: a.start, end: a.end), "projects.invest-de-name", sentence)
        }
    }

    /// "X项目总投资N亿元" / "X项目，投资N亿元".
    func nameThenInvest(_ s: [Unicode.Scalar], _ clause: Span, _ sentence: Span, _ add: Add) {
        var i = clause.start
        // From one 项目 to the next.
        while let at = ScalarSearch.firstIndex(of: ProjectExtractor.projectWord, in: s, i, clause.end) {
            let end = at + 2
            i = end
            var k = end
            var verbFound = false
            for v in ProjectExtractor.investVerbScalars where ScalarSearch.matches(s, v, at: k) {
                k += v.count
                verbFound = true
                break
            }
            if verbFound, k < clause.end, ProjectExtractor.hedges.contains(s[k]) { k += 1 }
            guard verbFound, let a = AmountParser.amount(in: s, at: k, limit: clause.end, bareMultiplierIsYuan: true)
            else { continue }
            let start = nameStart(s, before: end - 2, lower: clause.start)
            let name = ScalarText.string(s[start..<end])
            add(name, start, end, a.currency == "CNY" ? a : nil, "projects.name-then-invest", sentence)
        }
    }

    /// Milestones that make a named project concrete: "X项目正式签约", "开工建设X项目".
    static let milestones = ["正式签约", "集中签约", "成功签约", "顺利签约", "签约", "开工建设", "正式开工", "开工",
                             "落户", "正式投产", "投产", "竣工"]
    static let milestoneScalars = milestones.map(ScalarSearch.word)
    /// "项目签约仪式", "项目集中签约仪式": events about projects (a signing word, optionally after how it was held).
    static let signingEvents: [[Unicode.Scalar]] = {
        let events = ["签约仪式", "签约会", "签约活动", "签约成果"]
        return (events + ["集中", "现场", "集体", "云"].flatMap { m in events.map { m + $0 } }).map(ScalarSearch.word)
    }()
    static let milestoneVerbsBefore: [[Unicode.Scalar]] = ["签约", "签署", "开工", "开工建设", "引进", "落地"]
        .map { Array($0.unicodeScalars) }

    /// `projects.milestone`: a project named right before or after a signing, groundbreaking or
    /// start of production. The investment comes from a following "总投资N亿元" clause.
    func signedOrStarted(_ s: [Unicode.Scalar], _ clause: Span, _ sentence: Span, _ add: Add) {
        var i = clause.start
        // From one 项目 to the next.
        while let at = ScalarSearch.firstIndex(of: ProjectExtractor.projectWord, in: s, i, clause.end) {
            let end = at + 2
            i = end
            let start = nameStart(s, before: end - 2, lower: clause.start)
            // "项目签约仪式" is an event about projects, not a milestone of one.
            if ProjectExtractor.signingEvents.contains(where: { ScalarSearch.matches(s, $0, at: end) }) { continue }
            let after = ProjectExtractor.milestoneScalars.contains { ScalarSearch.matches(s, $0, at: end) }
            let before = ProjectExtractor.milestoneVerbsBefore.contains { v in
                ScalarSearch.endsWith(s, v, at: start, lower: clause.start)
            }
            guard after || before else { continue }
            // "…项目正式签约，总投资50亿元": the amount in the next clause.
            var amount: MoneyAmount?
            var k = end
            while k < sentence.end, !Segmenter.clauseCut.contains(s[k]) { k += 1 }
            k += 1
            for v in ProjectExtractor.investVerbScalars where k < sentence.end && ScalarSearch.matches(s, v, at: k) {
                var a = k + v.count
                if a < sentence.end, ProjectExtractor.hedges.contains(s[a]) { a += 1 }
                amount = AmountParser.amount(in: s, at: a, limit: sentence.end, bareMultiplierIsYuan: true)
                break
            }
            let name = ScalarText.string(s[start..<end])
            // Without an amount or a list, only a name that says a good deal is a project.
            guard isSpecific(name, minimumCore: 4) else { continue }
            add(name, start, end, amount?.currency == "CNY" ? amount : nil, "projects.milestone", sentence)
        }
    }

    /// "A、B、C等项目": each item is a project.
    func listed(_ s: [Unicode.Scalar], _ t: ScalarText, _ clause: Span, _ sentence: Span, _ add: Add) {
        var found: (at: Int, end: Int)?
        var k = clause.start
        while k + 3 <= clause.end, found == nil {
            if s[k] == "等", let end = classOfProjects(s, after: k + 1, limit: clause.end) { found = (k, end) }
            k += 1
        }
        guard let (at, listEnd) = found else { return }
        // Aggregates: "等项目N个" counts projects.
        if let n = ChineseNumber.scan(s, at: listEnd), n.end < clause.end, s[n.end] == "个" { return }
        let listStart = nameStart(s, before: at, lower: clause.start, crossLists: true)
        for item in Segmenter.listItemSpans(t, in: Span(listStart, at)) {
            // "投资N亿元的X" items were taken with their amounts.
            if ScalarSearch.matches(s, ProjectExtractor.investWord, at: item.start) && item.length >= 2
                || ProjectExtractor.amountOfWords.contains(where: {
                    ScalarSearch.firstIndex(of: $0, in: s, item.start, item.end) != nil }) { continue }
            add(t[item], item.start, item.end, nil, "projects.listed", sentence)
        }
    }

    /// After 等: "项目", or class words then 项目 ("等特色产业项目", "等重大项目"). Returns the offset after 项目.
    func classOfProjects(_ s: [Unicode.Scalar], after i: Int, limit: Int) -> Int? {
        var j = i
        while j + 2 <= min(limit, i + 10) {
            if ScalarSearch.matches(s, ProjectExtractor.projectWord, at: j) {
                var between = Array(s[i..<j])
                for w in ProjectExtractor.genericScalars { between = ScalarSearch.removing(w, from: between) }
                return between.isEmpty ? j + 2 : nil
            }
            j += 1
        }
        return nil
    }

    /// Hedges between the verb and the amount ("投资约180亿元", "总投资超50亿元").
    static let hedges: Set<Unicode.Scalar> = ["约", "达", "超", "逾", "近"]

    /// `hedges.contains(c)` without hashing, for per-scalar loops.
    static func isHedge(_ c: Unicode.Scalar) -> Bool {
        c == "约" || c == "达" || c == "超" || c == "逾" || c == "近"
    }

    func precededByInvest(_ s: [Unicode.Scalar], _ at: Int, lower: Int) -> Bool {
        let end = at > lower && ProjectExtractor.hedges.contains(s[at - 1]) ? at - 1 : at
        return ProjectExtractor.investVerbScalars.contains { v in ScalarSearch.endsWith(s, v, at: end, lower: lower) }
    }

    /// Start of a name ending at `end`: after the nearest boundary word or separator.
    func nameStart(_ s: [Unicode.Scalar], before end: Int, lower: Int, crossLists: Bool = false) -> Int {
        var j = end
        while j > lower {
            let c = s[j - 1]
            if Segmenter.clauseCut.contains(c) || (!crossLists && c == "、") || Segmenter.isSpace(c) { return j }
            // An unclosed opening quote: the name is inside it (实行“一个项目…).
            if c == "“" || c == "《" { return j }
            if c == "”" || c == "》" {
                let opener: Unicode.Scalar = c == "”" ? "“" : "《"
                var k = j - 2
                while k >= lower, s[k] != opener { k -= 1 }
                j = max(k, lower)
                continue
            }
            if let b = ProjectExtractor.boundaries.first(where: { b in ScalarSearch.endsWith(s, b, at: j, lower: lower) }) {
                // "A中试线及研发中心项目": 和/及 join parts of one project unless a project name ends before them.
                let joins = ProjectExtractor.conjunctions.contains(b)
                if !joins || endsProjectName(s, at: j - b.count, lower: lower) { return j }
                j -= b.count
                continue
            }
            j -= 1
        }
        return lower
    }

    static let conjunctions: [[Unicode.Scalar]] = ["和", "及", "以及"].map { Array($0.unicodeScalars) }
    static let nameHeads: [[Unicode.Scalar]] = (heads + ["园", "中心"]).map { Array($0.unicodeScalars) }

    func endsProjectName(_ s: [Unicode.Scalar], at end: Int, lower: Int) -> Bool {
        ProjectExtractor.nameHeads.contains { h in ScalarSearch.endsWith(s, h, at: end, lower: lower) }
    }

    /// Facilities two parties agree to build together: "签署合作协议，共建X中心", "签约…合作共建X学院".
    static let facilityHeads = ["中心", "学院", "研究院", "实验室", "基地", "产业园", "平台", "工作站"]

    /// Whether a sentence reports signing (签约, or 签署/签订 an agreement): one pass over its scalars.
    func aboutSigning(_ s: [Unicode.Scalar], _ sentence: Span) -> Bool {
        var signs = false, agreement = false
        for i in sentence.start..<max(sentence.start, sentence.end - 1) {
            let a = s[i], b = s[i + 1]
            if a == "签" && b == "约" { return true }
            if a == "签" && (b == "署" || b == "订") { signs = true }
            if a == "协" && b == "议" { agreement = true }
        }
        return signs && agreement
    }

    /// `projects.co-built`: in a sentence about signing an agreement (签署/签订/签约), "共建" + a
    /// facility name running to the end of its clause.
    func coBuilt(_ s: [Unicode.Scalar], _ clause: Span, _ sentence: Span, _ add: Add) {
        var i = clause.start
        while i + 2 <= clause.end {
            guard ScalarSearch.matches(s, ProjectExtractor.coBuildWord, at: i) else { i += 1; continue }
            let start = i + 2
            let name = ScalarText.string(s[start..<clause.end])
            if ProjectExtractor.facilityHeads.contains(where: { name.hasSuffix($0) }), isSpecific(name, minimumCore: 4) {
                add(name, start, clause.end, nil, "projects.co-built", sentence)
            }
            return
        }
    }

    static let batchWord = ScalarSearch.word("一批"), classOfProjectsWord = ScalarSearch.word("类项目")
    static let aboveWord = ScalarSearch.word("以上"), belowWord = ScalarSearch.word("以下")

    /// A project name says which project: something is left after removing class words and heads.
    func isSpecific(_ name: String, minimumCore: Int = 2) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 4, scalars.count <= 40 else { return false }
        // "7项重大合作项目", "一批优质产业项目": counted or collective.
        if let n = ChineseNumber.scan(scalars, at: 0), n.end < scalars.count,
           ["项", "个", "批", "大", "类"].contains(scalars[n.end]) { return false }
        let has = { (w: [Unicode.Scalar]) in ScalarSearch.firstIndex(of: w, in: scalars, 0, scalars.count) != nil }
        if has(ProjectExtractor.batchWord) || has(ProjectExtractor.classOfProjectsWord) || name.hasSuffix("项目库") {
            return false
        }
        // "亿元以上工业项目": a size class of projects.
        if has(ProjectExtractor.aboveWord) || has(ProjectExtractor.belowWord) { return false }
        var core = scalars
        for w in ProjectExtractor.classWordScalars { core = ScalarSearch.removing(w, from: core) }
        return core.filter { $0.isHan || $0.isASCIIDigit || $0.properties.isAlphabetic }.count >= minimumCore
    }

    static let settlingVerbs = ["落户于", "落户在", "落户", "选址于", "选址在", "选址", "落地于", "落地", "位于"]
    static let settlingVerbScalars = settlingVerbs.map(ScalarSearch.word)
    static let areaSuffixes = ["新区", "高新区", "开发区", "园区", "区", "县", "市", "镇", "旗"]

    /// "…项目投资36亿元，落户伊滨区": the area named after a settling verb later in the project's sentence
    /// (districts and development zones the gazetteer may not list), before the next project's name.
    func settledPlace(_ s: [Unicode.Scalar], after end: Int, sentence: Span) -> String? {
        var i = end
        while i < sentence.end {
            // Stop at the next item of a list of projects.
            if s[i] == "；" || s[i] == "。" || ScalarSearch.matches(s, ProjectExtractor.projectWord, at: i) { return nil }
            for v in ProjectExtractor.settlingVerbScalars where ScalarSearch.matches(s, v, at: i) {
                let from = i + v.count
                var k = from
                while k < sentence.end, k - from <= 12, s[k].isHan { k += 1 }
                let area = ScalarText.string(s[from..<k])
                guard area.unicodeScalars.count >= 2, area.unicodeScalars.count <= 12,
                      ProjectExtractor.areaSuffixes.contains(where: { area.hasSuffix($0) }) else { return nil }
                return area
            }
            i += 1
        }
        return nil
    }

    /// The place a name starts with (合肥维信诺…), else the first place named after it in its sentence.
    func placeOf(name: String, end: Int, sentence: Span, mentions: [PlaceMention]) -> String? {
        if let lead = PlaceGazetteer.shared.leadingPlace(of: name, countyShortForms: true) {
            return lead.division.cityName
        }
        return mentions.first { $0.start >= end && $0.end <= sentence.end && $0.division.cityName != nil }?
            .division.cityName
    }
}
