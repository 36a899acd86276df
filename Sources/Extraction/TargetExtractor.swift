import Facts
import Foundation

/// Finds stated goals for a future date or period, with subject, target year and quantity.
///
/// Rules (each sets `Evidence.rule`):
/// - `targets.by-year-clause`: "到2025年，A，B，C" — one goal per clause after the year
///   ("到****年" keeps the goals with a nil year);
/// - `targets.plan-period`: a sentence naming a five-year plan ("十四五时期", "“十三五”规划") with a
///   modal (将, 要, 力争…) — one goal, year = the plan's last year;
/// - `targets.this-year`: "今年…要/力争…突破N" — one goal per quantified clause, year = the article's year;
/// - `targets.quantified-modal`: a modal and a goal verb with a quantity ("确保…达到***%").
/// Forecasts (预计, 有望) and results already reached (去年, 已) are not goals.
public struct TargetExtractor: Sendable {
    public static let shared = TargetExtractor()

    static let words = Lexicon(named: "target-words").entries
    static func words(_ role: String) -> [String] {
        words.filter { $0.count > 1 && $0[1] == role }.map { $0[0] }.sorted { $0.count > $1.count }
    }
    static let modals = words("modal")
    static let verbs = words("verb")
    static let verbTrie = ScalarTrie(verbs.map { ($0, $0) })
    /// First scalars of goal verbs: a one-load precheck before a trie walk.
    static let verbStarts = FirstScalarFilter(verbs)
    static let forecasts = words("forecast")
    static let pasts = words("past")

    public init() {}

    /// `placeMentions`: the article's place mentions when the caller has them (`ArticleExtractor`), else found here.
    public func extract(_ text: String, published: String?, places: [Place],
                        placeMentions known: [PlaceMention]? = nil) -> [Target] {
        let t = ScalarText(text)
        let placeMentions = known ?? PlaceExtractor.shared.mentions(in: t)
        let sentences = Segmenter.sentenceSpans(t)
        return extract(t, sentences: sentences, clauses: sentences.map { Segmenter.clauseSpans(t, in: $0) },
                       published: published, places: places, placeMentions: placeMentions,
                       mainCity: PlaceExtractor.shared.mainCity(placeMentions))
    }

    /// The article's text, sentences (with each one's clauses) and main city as `ArticleExtractor` makes
    /// them once for every extractor.
    func extract(_ t: ScalarText, sentences: [Span], clauses clausesBySentence: [[Span]], published: String?,
                 places: [Place],
                 placeMentions: [PlaceMention], mainCity: Division?) -> [Target] {
        let s = t.scalars
        let words = TargetWords(s)
        let subjects = SubjectResolver(text: t, mentions: placeMentions, mainCity: mainCity)
        let articleYear = DateExpression.articleYear(s, published: published)
        var targets: [Target] = []
        var covered: [Span] = []
        // The five-year plan the article presents (《河北省…“十四五”规划》), if any.
        let articlePlan = DateExpression.planMentions(in: s, from: 0, to: s.count).first
            .flatMap { DateExpression.planYears($0.ordinal) }
        func add(_ description: String, _ span: Span, year: Int?, yearMasked: Bool, rule: String, subject: String?) {
            let desc = description.trimmingCharacters(in: .whitespaces)
            guard desc.unicodeScalars.count >= 4 else { return }
            let ds = Array(desc.unicodeScalars)
            let quantities = QuantityParser.quantities(in: ds, from: 0, to: ds.count)
                .filter { !(($0.unit == "年") || ($0.value.map { $0 >= 1900 && $0 <= 2100 } ?? false) && $0.unit.isEmpty) }
            // "营业收入超百亿元企业达到15家": a size class before a noun (超/过 N企业, 千亿级) describes
            // what is counted; the goal's value is the count.
            let q = quantities.first { !isAttribute($0, in: ds) } ?? quantities.first
            let masked = yearMasked || desc.contains("*")
            targets.append(Target(subject: subject, year: year, description: desc,
                                  value: (q?.masked ?? true) ? nil : q?.value,
                                  unit: (q?.masked ?? true) ? nil : q?.unit,
                                  masked: masked,
                                  evidence: Evidence(span: span, rule: rule, confidence: 0.8)))
            covered.append(span)
        }
        // Every sentence lies in one paragraph (line): the article's sentences are those of its
        // paragraphs cut one by one (see `Segmenter.sentenceSpans`).
        let paragraphs = Segmenter.paragraphSpans(t)
        var p = 0
        for (n, sentence) in sentences.enumerated() {
            while p < paragraphs.count, paragraphs[p].end < sentence.end { p += 1 }
            let paragraph = paragraphs[min(p, paragraphs.count - 1)]
            if words.has(.forecast, sentence) { continue }
            let clauses = clausesBySentence[n]
            let subject = subjects.subject(sentence: sentence, paragraph: paragraph)
            planLeadClauses(s, words, clauses, sentence, articleYear: articleYear, add: {
                add($0, $1, year: $2, yearMasked: false, rule: "targets.plan-lead", subject: subject)
            })
            if yearClauses(s, words, clauses, sentence, articleYear: articleYear, add: { add($0, $1, year: $2, yearMasked: $3, rule: "targets.by-year-clause", subject: subject) }) {
                continue
            }
            if planPeriod(s, words, clauses, sentence, add: { add($0, $1, year: $2, yearMasked: false, rule: "targets.plan-period", subject: subject) }) {
                continue
            }
            if let years = articlePlan, planStatement(s, clauses, sentence, add: {
                add($0, $1, year: years.upperBound, yearMasked: false, rule: "targets.plan-aim", subject: subject)
            }) {
                continue
            }
            let thisYear = saysThisYear(s, sentence.start, sentence.end)
            var quantified: [Span] = []
            for clauseGroup in quantifiedClauses(s, words, t, clauses, sentence: sentence, requireModal: !thisYear) {
                // A clause naming its own year ("力争年内…", "明年…") dates its goal.
                let offset = relativeYear(s, clauseGroup.1) ?? (thisYear ? 0 : nil)
                add(clauseGroup.0, clauseGroup.1, year: offset.flatMap { o in articleYear.map { $0 + o } },
                    yearMasked: false,
                    rule: offset != nil ? "targets.this-year" : "targets.quantified-modal", subject: subject)
                quantified.append(clauseGroup.1)
            }
            for clause in clauses where !quantified.contains(clause) {
                guard let (from, offset) = datedModal(s, words, clause) else { continue }
                let span = Span(from, clause.end)
                add(self.text(s, span), span, year: articleYear.map { $0 + offset }, yearMasked: false,
                    rule: "targets.dated-modal", subject: subject)
            }
        }
        return targets
    }

    /// Words dating a goal relative to the article's year ("年内" this year, "明年" the next).
    static let relativeYearWords: [(String, Int)] = [("今年", 0), ("年内", 0), ("全年", 0), ("本年度", 0), ("年底前", 0),
                                                       ("上半年", 0), ("下半年", 0),
                                                       ("一季度", 0), ("二季度", 0), ("三季度", 0), ("四季度", 0),
                                                       ("年底", 0), ("明年", 1), ("来年", 1)]

    static let relativeYearScalars = relativeYearWords.map { (Array($0.0.unicodeScalars), $0.1) }

    static let reportedStretches = ["以来", "前", "上半年", "一季度", "1-", "1—", "1至", "1月至", "1～"]
        .map { Array($0.unicodeScalars) }
    static let thisYearWord = Array("今年".unicodeScalars)

    /// Whether `s[lo..<hi]` speaks of this year's plans: 今年, but not "今年以来" or "今年前三季度" (so far
    /// this year, a result).
    func saysThisYear(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Bool {
        var from = lo
        while let at = ScalarSearch.firstIndex(of: TargetExtractor.thisYearWord, in: s, from, hi) {
            // "今年以来", "今年前三季度", "今年上半年": a stretch of the year already reported on.
            let after = at + 2
            if !TargetExtractor.reportedStretches.contains(where: { w in
                after + w.count <= hi && s[after..<(after + w.count)].elementsEqual(w) }) { return true }
            from = after
        }
        return false
    }

    /// The year offset a clause states for itself (年内 → 0, 明年 → 1), nil when it states none.
    func relativeYear(_ s: [Unicode.Scalar], _ clause: Span) -> Int? {
        for (w, offset) in TargetExtractor.relativeYearScalars
        where ScalarSearch.firstIndex(of: w, in: s, clause.start, clause.end) != nil {
            if w == TargetExtractor.thisYearWord && !saysThisYear(s, clause.start, clause.end) { continue }
            return offset
        }
        return nil
    }

    static let firmModals = ["力争", "确保", "争取"].map(ScalarSearch.word)
    static let modalScalars = modals.map(ScalarSearch.word)
    /// Where a quantified goal reads from: "要" is dropped, the others stay.
    static let goalLeads = ["确保", "力争", "争取", "要"].map(ScalarSearch.word)
    static let mustWord = ScalarSearch.word("要"), andWord = ScalarSearch.word("和")
    static let effortMarkers = ["着力", "努力"].map(ScalarSearch.word)

    /// `targets.dated-modal`: "力争年内开工率达到七成", "确保明年6月建成投产" — a firm modal, then a
    /// relative year word within a few characters, then a goal verb. Returns where the goal starts and
    /// the year offset.
    func datedModal(_ s: [Unicode.Scalar], _ words: TargetWords, _ clause: Span) -> (Int, Int)? {
        guard !words.has(.past, clause) else { return nil }
        // One pass for the modals' first characters (力争, 确保, 争取) rules out most clauses.
        guard (clause.start..<clause.end).contains(where: { s[$0] == "力" || s[$0] == "确" || s[$0] == "争" }) else {
            return nil
        }
        for modal in TargetExtractor.firmModals {
            guard let at = firstOffset(of: modal, in: s, clause.start, clause.end) else { continue }
            let after = at + modal.count
            for (w, offset) in TargetExtractor.relativeYearScalars {
                guard let y = firstOffset(of: w, in: s, after, min(clause.end, after + 6)) else { continue }
                var p = y + w.count
                while p < clause.end {
                    if TargetExtractor.verbStarts.mayStart(s[p]), TargetExtractor.verbTrie.longestMatch(in: s, at: p) != nil {
                        return (at, offset)
                    }
                    p += 1
                }
            }
        }
        return nil
    }

    /// `targets.plan-lead`: "“十四五”期间，宜州将加快建设A，力争到2027年B": in a sentence led by a
    /// plan period, the modal clauses before a later dated goal are goals of the plan's last year.
    func planLeadClauses(_ s: [Unicode.Scalar], _ words: TargetWords, _ clauses: [Span], _ sentence: Span, articleYear: Int?,
                         add: (String, Span, Int?) -> Void) {
        guard clauses.count >= 3, let plan = DateExpression.planMentions(in: s, from: clauses[0].start,
                                                                         to: clauses[0].end).first,
              let years = DateExpression.planYears(plan.ordinal) else { return }
        let lead = text(s, Span(plan.end, clauses[0].end))
        guard ["期间", "时期", "”期间", "”时期"].contains(lead) else { return }
        guard let dated = clauses.indices.dropFirst(2).first(where: {
            yearTrigger(s, in: clauses[$0], articleYear: articleYear) != nil }) else { return }
        for clause in clauses[1..<dated] {
            guard !words.has(.past, clause), !words.has(.forecast, clause) else { continue }
            // The goal reads after its modal (将, 要); a clause with none is not committed.
            var from: Int?
            for m in TargetExtractor.modalScalars {
                if let at = firstOffset(of: m, in: s, clause.start, clause.end) {
                    let e = at + m.count
                    if from == nil || e < from! { from = e }
                }
            }
            guard let start = from, clause.end - start >= 4 else { continue }
            add(text(s, Span(start, clause.end)), Span(start, clause.end), years.upperBound)
        }
    }

    /// A quantity describing a noun rather than stating a goal's value: after 超/过 and before a noun
    /// ("超百亿元企业"), before 级 ("千亿级产业集群"), or before a quoted name.
    func isAttribute(_ q: Quantity, in s: [Unicode.Scalar]) -> Bool {
        guard q.end < s.count else { return false }
        let next = s[q.end]
        // "三个“一号工程”": a count of named programmes, not a result to reach.
        if next == "级" || next == "“" { return true }
        let before = q.start > 0 ? s[q.start - 1] : " "
        // "突破1万亿元大关" still states the value.
        return (before == "超" || before == "过") && next.isHan && !["以", "左", "大"].contains(next)
    }

    func text(_ s: [Unicode.Scalar], _ span: Span) -> String {
        ScalarText.string(s[span.start..<span.end])
    }

    /// "到2025年" / "到****年" / "至2030年" / "2025年前" / "三年内": the year (nil when masked or
    /// when a span of years has no known start) and whether it is masked.
    func yearTrigger(_ s: [Unicode.Scalar], in clause: Span, articleYear: Int?) -> (year: Int?, masked: Bool, end: Int)? {
        var i = clause.start
        while i < clause.end {
            // Every trigger starts with a digit, a Chinese numeral, 到 or 至: other scalars are passed over.
            let c = s[i]
            guard c.isASCIIDigit || c == "到" || c == "至" || ChineseNumber.isChineseNumeral(c) else {
                i += 1
                continue
            }
            // "2025年前", "2025年底前" without 到.
            if i + 5 < clause.end, (i == clause.start || !(s[i - 1].isASCIIDigit || s[i - 1] == "到" || s[i - 1] == "至")),
               s[i..<(i + 4)].allSatisfy(\.isASCIIDigit), s[i + 4] == "年",
               s[i + 5] == "前" || (i + 6 < clause.end && s[i + 5] == "底" && s[i + 6] == "前") {
                return (Int(text(s, Span(i, i + 4))), false, i + (s[i + 5] == "前" ? 6 : 7))
            }
            // "三年内", "5年内", "未来五年": years from the article's year.
            if s[i].isASCIIDigit || ChineseNumber.isChineseNumeral(s[i]),
               let n = ChineseNumber.extent(s, at: i), n.end + 1 < clause.end, s[n.end] == "年", s[n.end + 1] == "内",
               let v = ChineseNumber.mention(s, n).value, v > 0, v <= 10,
               i == clause.start || !ChineseNumber.isChineseNumeral(s[i - 1]) {
                let years = Int(truncating: NSDecimalNumber(decimal: v))
                return (articleYear.map { $0 + years }, false, n.end + 2)
            }
            // "到“十四五”末", "到十四五期末": the plan's last year.
            if s[i] == "到" {
                var k = i + 1
                if k < clause.end, s[k] == "“" { k += 1 }
                if let plan = DateExpression.planMentions(in: s, from: k, to: min(clause.end, k + 6)).first,
                   plan.start == k, let years = DateExpression.planYears(plan.ordinal) {
                    var e = plan.end
                    if e < clause.end, s[e] == "”" { e += 1 }
                    for tail in ["时期末", "期末", "末"] where DateExpression.matches(s, tail, at: e) {
                        return (years.upperBound, false, e + tail.unicodeScalars.count)
                    }
                }
            }
            // "截至2020年" reports a result; only 到/至 looking forward start a goal.
            if s[i] == "到" || (s[i] == "至" && (i == 0 || s[i - 1] != "截")) {
                var j = i + 1
                while j < clause.end, s[j].isASCIIDigit || s[j] == "*" { j += 1 }
                if j - i - 1 == 4, j < clause.end, s[j] == "年" {
                    let digits = text(s, Span(i + 1, j))
                    var end = j + 1
                    for tail in ["底", "末", "前", "时"] where end < clause.end && s[end] == tail.unicodeScalars.first! { end += 1 }
                    return (Int(digits), digits.contains("*"), end)
                }
            }
            i += 1
        }
        return nil
    }

    /// `targets.by-year-clause`. Returns whether the sentence was a year-goal sentence.
    func yearClauses(_ s: [Unicode.Scalar], _ words: TargetWords, _ clauses: [Span], _ sentence: Span, articleYear: Int?,
                     add: (String, Span, Int?, Bool) -> Void) -> Bool {
        // A year inside a book title (《关于到2025年…的意见》) names a document, not a goal here.
        guard let idx = clauses.firstIndex(where: {
            yearTrigger(s, in: $0, articleYear: articleYear) != nil
                && !insideBookTitle(s, $0.start, lower: sentence.start)
                && !text(s, $0).contains("《") }),
              let trigger = yearTrigger(s, in: clauses[idx], articleYear: articleYear) else { return false }
        var goals: [Span] = []
        let rest = Span(trigger.end, clauses[idx].end)
        if rest.length >= 4 { goals.append(rest) }
        goals += clauses[(idx + 1)...]
        var leadVerb: String?
        for (n, goal) in goals.enumerated() {
            let goalText = text(s, goal)
            var desc = goalText
            if words.has(.past, goal) { continue }
            for conj in ["以及", "和", "及", "并"] where desc.hasPrefix(conj) { desc = String(desc.dropFirst(conj.count)); break }
            if n == 0 { leadVerb = TargetExtractor.verbs.first { desc.hasPrefix($0) } }
            // "形成A集群，以B为支柱的C集群，和一批D集群": later items share the first item's verb.
            if n > 0, let v = leadVerb, !TargetExtractor.verbs.contains(where: { desc.hasPrefix($0) }),
               desc.hasPrefix("以") || desc.hasPrefix("一批") || goalText.hasPrefix("和") {
                desc = v + desc
            }
            add(desc, goal, trigger.year, trigger.masked)
        }
        return !goals.isEmpty
    }

    /// `targets.plan-period`: one goal from the plan mention (or the modal after it) to the sentence end.
    func planPeriod(_ s: [Unicode.Scalar], _ words: TargetWords, _ clauses: [Span], _ sentence: Span,
                    add: (String, Span, Int?) -> Void) -> Bool {
        let plans = DateExpression.planMentions(in: s, from: sentence.start, to: sentence.end)
            .filter { !insideBookTitle(s, $0.start, lower: sentence.start) }
        guard let plan = plans.first, let years = DateExpression.planYears(plan.ordinal) else { return false }
        let afterPlan = text(s, Span(plan.end, sentence.end))
        let periodLead = ["时期", "期间", "”时期", "”期间"].contains { afterPlan.hasPrefix($0) }
        // The goal starts after the first modal following the plan, or after the "十四五时期，" lead.
        var start: Int?
        for m in TargetExtractor.modals {
            if let r = afterPlan.range(of: m) {
                let off = plan.end + afterPlan[..<r.upperBound].unicodeScalars.count
                if start == nil || off < start! { start = off }
            }
        }
        if start == nil, periodLead, let first = clauses.first(where: { $0.start > plan.end }) {
            start = first.start
        }
        // A modal before the plan mention ("我们将…发布实施“十四五”…规划") also commits the sentence.
        if start == nil {
            let beforePlan = text(s, Span(sentence.start, plan.start))
            if let m = TargetExtractor.modals.compactMap({ beforePlan.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                start = sentence.start + beforePlan[..<m.upperBound].unicodeScalars.count
            }
        }
        guard var from = start, !words.has(.past, sentence) else { return false }
        while from < sentence.end, Segmenter.clauseSeparators.contains(s[from]) || Segmenter.isSpace(s[from]) { from += 1 }
        let span = Span(from, sentence.end)
        guard span.length >= 6 else { return false }
        add(text(s, span), span, years.upperBound)
        return true
    }

    /// Whether only 以上/左右/以内 (or nothing) follows `at` in its clause.
    func closesClause(_ s: [Unicode.Scalar], _ at: Int, _ end: Int) -> Bool {
        let rest = text(s, Span(min(at, end), end))
        return ["", "以上", "左右", "以内", "以下"].contains(rest)
    }

    /// `targets.plan-aim`: in a sentence whose subject is the plan ("规划提出，…", "规划明确…"), each
    /// clause of effort (着力…, 努力…) states one of the plan's aims for its last year.
    func planStatement(_ s: [Unicode.Scalar], _ clauses: [Span], _ sentence: Span,
                       add: (String, Span) -> Void) -> Bool {
        guard TargetExtractor.planSubjectLeads.contains(where: {
            sentence.length >= $0.count && ScalarSearch.matches(s, $0, at: sentence.start) }) else { return false }
        var any = false
        for clause in clauses.dropFirst() {
            for marker in TargetExtractor.effortMarkers {
                guard let at = firstOffset(of: marker, in: s, clause.start, min(clause.end, clause.start + 5))
                else { continue }
                let span = Span(at, clause.end)
                add(text(s, span), span)
                any = true
                break
            }
        }
        return any
    }

    /// Sentences whose subject is the plan ("规划提出，…").
    static let planSubjectLeads = ["规划提出", "规划明确", "规划要求", "规划指出"].map(ScalarSearch.word)

    func insideBookTitle(_ s: [Unicode.Scalar], _ at: Int, lower: Int) -> Bool {
        var depth = 0
        var i = lower
        while i < at {
            if s[i] == "《" { depth += 1 }
            if s[i] == "》" { depth = max(0, depth - 1) }
            i += 1
        }
        return depth > 0
    }

    /// Clauses stating a quantity after a goal verb, in a sentence with a modal (or 今年).
    /// "A和B" with a quantity on each side are two goals sharing A's verb.
    func quantifiedClauses(_ s: [Unicode.Scalar], _ words: TargetWords, _ t: ScalarText, _ clauses: [Span], sentence: Span,
                           requireModal: Bool) -> [(String, Span)] {
        let hasModal = words.has(.modal, sentence)
        if requireModal && !hasModal { return [] }
        let thisYear = ScalarSearch.firstIndex(of: TargetExtractor.thisYearWord, in: s, sentence.start,
                                               sentence.end) != nil
        var out: [(String, Span)] = []
        for clause in clauses {
            let lo = clause.start, hi = clause.end
            // "每年安排不少于20亿元": a standing measure, not a result to reach by a date.
            if words.has(.past, clause) || words.has(.recurring, clause) { continue }
            let all = QuantityParser.quantities(in: s, from: lo, to: hi)
            guard !all.isEmpty else { continue }
            // The leftmost goal verb whose quantity follows it closely ("突破**万辆", "打造三条") or closes
            // the clause after the thing counted ("新增规上工业企业200家"); a number further on belongs
            // to something else ("建设…等十项内容"), and "…等八项任务" sums up a list.
            var pick: (verbStart: Int, verbEnd: Int, quantities: [Quantity])?
            scan: for p in lo..<hi {
                guard TargetExtractor.verbStarts.mayStart(s[p]) else { continue }
                for m in TargetExtractor.verbTrie.allMatches(in: s, at: p).reversed() where p + m.length <= hi {
                    let verbEnd = p + m.length
                    let qs = all.filter { $0.start >= verbEnd && !isAttribute($0, in: s) }
                    guard let q0 = qs.first, q0.start == 0 || s[q0.start - 1] != "等" else { continue }
                    if q0.start - verbEnd <= 2 || (q0.start - verbEnd <= 20 && closesClause(s, q0.end, hi)) {
                        pick = (p, verbEnd, qs)
                        break scan
                    }
                }
            }
            guard let verb = pick else { continue }
            // The goal reads from its modal: "要" is dropped, "确保/力争/争取" stay since they say how
            // firm the goal is. In a 今年 sentence the whole clause is kept ("今年…要突破…").
            var from = lo
            if !thisYear {
                for lead in TargetExtractor.goalLeads {
                    if let r = firstOffset(of: lead, in: s, lo, verb.verbStart) {
                        from = lead == TargetExtractor.mustWord ? r + 1 : r
                        break
                    }
                }
            }
            if verb.quantities.count >= 2, let and = firstOffset(of: TargetExtractor.andWord, in: s, verb.verbEnd, hi),
               verb.quantities[1].start > and {
                // "整合打造**个以上的A和**个以上的B": two goals, the second repeating the verb phrase.
                out.append((text(s, Span(from, and)), clause))
                out.append((text(s, Span(from, verb.verbEnd)) + text(s, Span(and + 1, hi)), clause))
            } else {
                out.append((text(s, Span(from, hi)), clause))
            }
        }
        // Inside a 今年 sentence, later quantified clauses read as goals of the same year.
        if !out.isEmpty, let first = out.first, thisYear, !ScalarSearch.contains(first.0, "今年"),
           let c = clauses.first(where: {
               ScalarSearch.firstIndex(of: TargetExtractor.thisYearWord, in: s, $0.start, $0.end) != nil }),
           c == first.1 {
            out[0].0 = text(s, c)
        }
        return out
    }

    /// Offset of the first occurrence of `word` in `s[lo..<hi]`.
    func firstOffset(of word: [Unicode.Scalar], in s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Int? {
        ScalarSearch.firstIndex(of: word, in: s, lo, hi)
    }
}

/// Where an article's target words (target-words.tsv) are, by role: found in one trie pass per article,
/// so "does this sentence or clause hold a forecast/past/modal word?" costs a binary search, not a pass.
struct TargetWords {
    /// The roles the extractor asks about (goal verbs are looked up in `TargetExtractor.verbTrie`).
    enum Role: String, CaseIterable {
        case modal, forecast, past, recurring
    }

    /// Per role (`Role.allCases` order): the span of each occurrence, ordered by start.
    /// Invariant: an occurrence is a whole lexicon word at its offset whose (first) role is that role.
    private var occurrences: [[Span]]

    /// Per role (`Role.allCases` order), the words whose first listed role it is (a word listed twice
    /// keeps its first role).
    static let wordsByRole: [[String]] = {
        var seen = Set<String>()
        var words = Array(repeating: [String](), count: Role.allCases.count)
        for entry in TargetExtractor.words where entry.count > 1 && seen.insert(entry[0]).inserted {
            if let role = Role(rawValue: entry[1]) { words[index(role)].append(entry[0]) }
        }
        return words
    }()
    static let tries: [ScalarTrie<Bool>] = wordsByRole.map { ScalarTrie($0.map { ($0, true) }) }
    static let starts = FirstScalarFilter(wordsByRole.joined())

    init(_ s: [Unicode.Scalar]) {
        occurrences = Array(repeating: [], count: Role.allCases.count)
        let tries = Self.tries, starts = Self.starts
        // Each role's trie walked only where one of its words may start; walks never allocate.
        var p = starts.next(in: s, from: 0, to: s.count)
        while p < s.count {
            for r in tries.indices where tries[r].mayMatch(in: s, at: p) {
                tries[r].forEachMatchLength(in: s, at: p) { length in
                    occurrences[r].append(Span(p, p + length))
                    return false
                }
            }
            p = starts.next(in: s, from: p + 1, to: s.count)
        }
    }

    private static func index(_ role: Role) -> Int {
        switch role {
        case .modal: return 0
        case .forecast: return 1
        case .past: return 2
        case .recurring: return 3
        }
    }

    /// Whether a word of `role` lies wholly inside `span`.
    func has(_ role: Role, _ span: Span) -> Bool {
        let found = occurrences[Self.index(role)]
        // The first occurrence starting at or after the span's start, then those after it that start inside.
        var lo = 0, hi = found.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if found[mid].start < span.start { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < found.count, found[k].start < span.end {
            if found[k].end <= span.end { return true }
            k += 1
        }
        return false
    }
}

/// Who a goal is for: a province, city or region the sentence names as subject, else the
/// article's own city (全市) or province (全省).
struct SubjectResolver {
    let text: ScalarText
    let mentions: [PlaceMention]
    let mainCity: Division?
    let mainProvince: Division?
    let saysWholeCity: Bool
    let saysWholeProvince: Bool
    /// The text speaks for a province more than for a city.
    let provincial: Bool

    static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
    static let regions = scalars(["京津冀", "长三角", "粤港澳大湾区", "成渝", "珠三角"])
    // 全省/我省 say the text speaks for the whole province, 全市/我市 for the whole city; with 省委/省政府
    // and 市委/市政府 they are counted to tell a provincial text (see `init`).
    static let subjectLeads = scalars(["将", "要", "省将", "市将", "力争"])

    /// Where 全省/我省 and 全市/我市 start, and where a region follows a comma ("，京津冀": the comma's
    /// offset, the offset after the region, the region's index), in text order.
    let wholeProvinceAt: [Int]
    let wholeCityAt: [Int]
    let commaRegionsAt: [(at: Int, end: Int, region: Int)]

    init(text: ScalarText, mentions: [PlaceMention], mainCity: Division?) {
        self.text = text
        self.mentions = mentions
        self.mainCity = mainCity
        mainProvince = PlaceExtractor.shared.mainProvince(mentions)
        // One pass for the words a subject is decided by. Province words are 全省 我省 省委 省政府 and
        // city words 全市 我市 市委 市政府; none overlaps itself, so every occurrence counts.
        let s = text.scalars
        var wholeProvinceAt: [Int] = [], wholeCityAt: [Int] = [], commaRegionsAt: [(Int, Int, Int)] = []
        var provinceCount = 0, cityCount = 0
        var i = 0
        while i + 1 < s.count {
            let c = s[i], next = s[i + 1]
            switch c {
            case "全", "我":
                if next == "省" { wholeProvinceAt.append(i); provinceCount += 1 }
                if next == "市" { wholeCityAt.append(i); cityCount += 1 }
            case "省":
                if next == "委" || (next == "政" && i + 2 < s.count && s[i + 2] == "府") { provinceCount += 1 }
            case "市":
                if next == "委" || (next == "政" && i + 2 < s.count && s[i + 2] == "府") { cityCount += 1 }
            case "，":
                for (n, region) in Self.regions.enumerated() where ScalarSearch.matches(s, region, at: i + 1) {
                    commaRegionsAt.append((i, i + 1 + region.count, n))
                }
            default:
                break
            }
            i += 1
        }
        self.wholeProvinceAt = wholeProvinceAt
        self.wholeCityAt = wholeCityAt
        self.commaRegionsAt = commaRegionsAt
        saysWholeCity = !wholeCityAt.isEmpty
        saysWholeProvince = !wholeProvinceAt.isEmpty
        provincial = provinceCount > cityCount
    }

    func subject(sentence: Span, paragraph: Span) -> String? {
        let lo = sentence.start, hi = sentence.end
        // A sentence that opens with a region speaks for it ("京津冀三地将…").
        for region in Self.regions where hasPrefix(region, at: lo, hi) {
            return ScalarSearch.string(region)
        }
        // A place right before 将/要 in the sentence ("河北省将…").
        if let m = mentions.first(where: { m in
            m.start >= lo && m.end <= hi && Self.subjectLeads.contains { hasPrefix($0, at: m.end, min(hi, m.end + 3)) }
        }) {
            return m.division.fullName
        }
        let inSentence = { (start: Int, end: Int) in start >= lo && end <= hi }
        if wholeProvinceAt.contains(where: { inSentence($0, $0 + 2) }), let p = mainProvince { return p.fullName }
        if wholeCityAt.contains(where: { inSentence($0, $0 + 2) }) { return mainCity?.fullName ?? "全市" }
        // A region leading a later clause ("…，京津冀产业协同发展迈向更高层次") speaks for the sentence
        // only when no 全省/全市 claims it first: a province's goal list may name its region in passing.
        for n in Self.regions.indices where commaRegionsAt.contains(where: { $0.region == n && inSentence($0.at, $0.end) }) {
            return ScalarSearch.string(Self.regions[n])
        }
        // Otherwise the first place of the paragraph ("张劲松指出，…北京市…。我们将…").
        if let m = mentions.first(where: { $0.start >= paragraph.start && $0.end <= paragraph.end
            && $0.division.rank <= 1 }) {
            return m.division.fullName
        }
        // A provincial text (全省, 省委) falls back to its province before any city it mentions.
        if provincial, let p = mainProvince { return p.fullName }
        if let c = mainCity { return c.fullName }
        if let p = mainProvince { return p.fullName }
        if saysWholeCity { return "全市" }
        if saysWholeProvince { return "全省" }
        return nil
    }

    /// Whether `word` starts at `at` and ends by `end`.
    func hasPrefix(_ word: [Unicode.Scalar], at: Int, _ end: Int) -> Bool {
        guard at >= 0, at + word.count <= end else { return false }
        for k in 0..<word.count where text.scalars[at + k] != word[k] { return false }
        return true
    }
}
