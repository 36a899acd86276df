import Facts
import Foundation

/// Finds named happenings (forums, conferences, press conferences, signing ceremonies,
/// plenums, exhibitions) with their dates, places, participants and reported figures.
///
/// A name ends in a kind word (event-kinds.tsv) and extends leftward until a boundary word
/// (event-boundaries.tsv), a clause or list separator, or an opening quote. Quoted and bracketed
/// parts are crossed whole, so “中国制造2025”城市试点示范新闻发布会 stays one name. A name that is
/// nothing but kind words, a determiner (本届论坛), a count (10个平行论坛) or a place (北京发布会)
/// refers to an event rather than naming one.
public struct EventExtractor: Sendable {
    public static let shared = EventExtractor()

    static let kinds: [String: String] = Dictionary(
        Lexicon(named: "event-kinds").entries.map { ($0[0], $0.count > 1 ? $0[1] : $0[0]) },
        uniquingKeysWith: { a, _ in a })
    /// Kind words forward (which kind word starts here?) and backward (which one ends here?).
    static let kindTrie = ScalarTrie(kinds.map { ($0.key, $0.key) })
    /// First scalars of kind words: most offsets of a sentence start none, and this tells with one load.
    static let kindStarts = FirstScalarFilter(kinds.keys)
    /// Where `mentions` has anything to do: a kind word, 党的, or a book title's 《》.
    static let mentionStarts = FirstScalarFilter(Array(kinds.keys) + ["《", "》", "党"])
    static let kindEndTrie = ScalarTrie(kinds.map { ($0.key, $0.key) }, reversed: true)
    /// Kind words that abbreviate one particular fair (kind column 博览会, not a generic word).
    static let properKindWords: Set<String> = Set(kinds.filter { $0.value == "博览会" }.keys)
        .subtracting(["博览会", "博会", "交会", "交易会"])
    static let kindWordsLongestFirst = kinds.keys.sorted { $0.count > $1.count }
    static let kindWordScalarsLongestFirst = kindWordsLongestFirst.map { Array($0.unicodeScalars) }
    /// Boundary words by the offset they end at, with their role.
    static let boundaryTrie = ScalarTrie(Lexicon(named: "event-boundaries").entries
        .map { ($0[0], $0.count > 1 ? $0[1] : "verb") }, reversed: true)
    /// Words that keep a boundary character inside the name (建设, 设计): a boundary match that one of them
    /// crosses or ends with is not a boundary.
    static let insideWordTrie = ScalarTrie(Lexicon(named: "event-boundaries").entries
        .filter { $0.count > 1 && $0[1] == "inside" }.map { ($0[0], $0[0]) })
    /// After a kind word these make it part of an organization or a venue (大会执委会, 会议中心).
    static let nonEventFollowers = ["组委会", "执委会", "委员会", "办公室", "秘书处", "堂", "室", "中心", "馆", "厅",
                                    "场馆", "组织", "纪要"].map(ScalarSearch.word)
    /// What may follow an event's name: punctuation, or one of these (a verb of holding, a
    /// locative, a conjunction). Anything else means the kind word modifies a noun (大会项目, 大会的经验).
    static let nameFollowers = ["在", "于", "上", "中", "期间", "等", "及", "和", "与", "暨", "由", "正式", "隆重",
                                "圆满", "开幕", "闭幕", "举办", "召开", "举行", "以", "为", "是", "已", "自", "将",
                                "共", "精神", "部署", "要求", "贺信", "并", "还", "结束", "开始", "现场", "之一",
                                "等形式", "形式", "今天", "日前", "近日", "成功", "首次", "落下帷幕", "落幕", "期间",
                                "审议", "通过", "强调", "指出", "要求", "提出", "传达", "研究", "决定", "也", "又",
                                "会上", "上午", "下午", "当天"].map(ScalarSearch.word)
    /// Verbs of holding an event: a name followed by one of these within a few scalars is a name
    /// ("绵阳市委十四届七次全会也于近日召开").
    /// City abbreviations usable right before a holding verb (在京召开); 京 and 津 only count there.
    static let abbreviatedCities: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = ["京": "北京", "津": "天津"]
        for (a, city) in PlaceExtractor.abbreviations { map[a] = city }
        return map
    }()
    static let holdingVerbs = ["召开", "举办", "举行", "开幕", "闭幕", "落幕", "启幕"].map(ScalarSearch.word)
    /// After a name these say it is a class of happenings, not one (…峰会之一, …座谈会等形式).
    static let classFollowers = ["之一", "等形式", "形式", "等方式"].map(ScalarSearch.word)
    /// After a mention these say the article only refers to the event (its spirit, decisions, a speech there).
    static let referenceFollowers = ["精神", "部署", "要求", "贺信", "上主旨演讲", "上的讲话", "重要讲话", "报告"]
        .map(ScalarSearch.word)
    // Words of the inner loops as scalars (see `ScalarSearch.word`).
    static let partyWord = ScalarSearch.word("党的")
    static let sameDayWords = ["当天", "当日"].map(ScalarSearch.word)
    static let importantWord = ScalarSearch.word("重要"), ofWord = ScalarSearch.word("的")
    /// Modifiers that do not make a kind word a name (新闻发布会 is still generic).
    static let genericModifiers = ["新闻", "平行", "专题", "系列", "相关", "有关", "主", "分", "专场", "现场", "这个", "闭门",
                                   "常务", "工作",
                                   // Matchmaking meetings named only by the parties they match (供需对接会).
                                   "供需", "产需", "产销", "银企", "校企", "政企", "供采"]
    static let genericModifierScalars = genericModifiers.map { Array($0.unicodeScalars) }
    /// A body alone before a kind word (市政府常务会议) names a recurring meeting type, not one meeting.
    static let bodies = ["市政府", "省政府", "国务院", "县政府", "区政府", "市委", "省委", "县委", "区委", "党委", "党组"]
    static let partyBodies = ["党的", "中共中央", "省委", "市委", "县委", "区委", "州委", "党委"]
    static let endVerbs = ["落下帷幕", "闭幕", "落幕", "结束", "圆满收官"]
    static let roleVerbs = ["主题演讲", "圆桌对话", "致辞", "主持", "出席", "参加", "讲话", "提问", "发言", "演讲"]
    static let roleVerbScalars = roleVerbs.map { ($0, Array($0.unicodeScalars)) }
    static let roleVerbStarts = FirstScalarFilter(roleVerbs)

    public init() {}

    /// One mention of an event name or reference in the text.
    struct Mention {
        var start: Int
        var end: Int
        var kindWord: String
        var kind: String
        var name: String
        var sentence: Span
        var isReference: Bool
        var placeHint: Division?
    }

    struct Found {
        var name: String
        var kind: String
        var mentions: [Mention]
        var rule: String
    }

    /// `placeMentions`: the article's place mentions when the caller has them (`ArticleExtractor`), else found here.
    public func extract(_ text: String, published: String?, title: String?, people: [Person], places: [Place],
                        placeMentions known: [PlaceMention]? = nil) -> [Event] {
        let t = ScalarText(text)
        let placeMentions = known ?? PlaceExtractor.shared.mentions(in: t)
        return extract(t, text: text, sentences: Segmenter.sentenceSpans(t), published: published, title: title,
                       people: people, places: places, placeMentions: placeMentions,
                       mainCity: PlaceExtractor.shared.mainCity(placeMentions))
    }

    /// The article's text (as scalars and as the String), sentences and main city as `ArticleExtractor`
    /// makes them once for every extractor.
    func extract(_ t: ScalarText, text: String, sentences: [Span], published: String?, title: String?,
                 people: [Person], places: [Place], placeMentions: [PlaceMention], mainCity: Division?) -> [Event] {
        let s = t.scalars
        let placeExtractor = PlaceExtractor.shared
        // A masked article ("**制造") may still name its city by abbreviation (甬江, 甬商 → 宁波).
        let abbreviatedCity = mainCity == nil ? placeExtractor.cityByAbbreviation(text) : nil
        var mentions: [Mention] = []
        for sentence in sentences {
            mentions += self.mentions(in: s, sentence: sentence)
        }
        // Events: non-reference mentions, merged by name; references are kept for dates and roles.
        var found: [Found] = []
        var placeHints: [String: Division] = [:]
        if let title {
            // A headline like "北京发布会:…" says where the article's event of that kind took place.
            let ts = ScalarText(title)
            for m in self.mentions(in: ts.scalars, sentence: Span(0, ts.count)) {
                if let hint = m.placeHint { placeHints[m.kind] = hint }
            }
        }
        for m in mentions {
            if let hint = m.placeHint { placeHints[m.kind] = placeHints[m.kind] ?? hint; continue }
            if m.isReference { continue }
            let names = expandQuotedList(m.name, kindWord: m.kindWord)
            for name in names {
                var m2 = m
                m2.name = name
                merge(m2, into: &found, rule: names.count > 1 ? "events.quoted-list" : "events.kind-word")
            }
        }
        // A name opening with a bare kind word (大会开幕式暨主旨论坛) belongs to the main event of that kind.
        for i in found.indices {
            let name = Array(found[i].name.unicodeScalars)
            for (word, wordScalars) in zip(EventExtractor.kindWordsLongestFirst, EventExtractor.kindWordScalarsLongestFirst)
            where name.count > wordScalars.count && ScalarSearch.matches(name, wordScalars, at: 0) {
                if let host = found.first(where: { $0.name.hasSuffix(word) && $0.name != found[i].name && !$0.name.hasPrefix(word) }) {
                    found[i].name = host.name + found[i].name.dropFirst(word.count)
                }
                break
            }
        }
        let articleYear = DateExpression.articleYear(s, published: published)
        let allDates = DateExpression.dates(in: s, from: 0, to: s.count)
        var events: [Event] = []
        var mainPlace: String?
        for f in found {
            let first = f.mentions[0]
            var event = Event(name: f.name, kind: f.kind,
                              evidence: Evidence(span: Span(first.start, first.end), rule: f.rule,
                                                 confidence: f.mentions.count > 1 ? 0.9 : 0.75))
            let inherits = inheritsPlace(f, in: s)
            // Dates: the first mention whose sentence dates it.
            for m in f.mentions {
                if let (start, end) = date(for: m, name: f.name, in: s, dates: allDates, articleYear: articleYear,
                                           published: published) {
                    event.startDate = start
                    event.endDate = end
                    break
                }
            }
            // "大会为期三天": a one-day date is the first of N days.
            if let start = event.startDate, event.endDate == start, let days = duration(of: f, in: s, sentences: sentences),
               let (y, mo, d) = DateExpression.parseISO(start) {
                let e = DateExpression.shift((y, mo, d), by: days - 1)
                event.endDate = DateExpression.iso(year: e.0, month: e.1, day: e.2)
            }
            for m in f.mentions {
                if let p = place(for: m, in: s, places: placeMentions, mainCity: mainCity) {
                    event.place = p
                    break
                }
            }
            if event.place == nil, let city = parenthesizedPlace(in: f.name) {
                // "中国（临沂）商贸物流博览会": the host city in brackets.
                event.place = city
            }
            if event.place == nil, let lead = PlaceGazetteer.shared.leadingPlace(of: f.name),
               lead.division.rank > 0 || lead.division.level == "直辖市", let city = lead.division.cityName {
                // "绵阳市委十四届七次全会": a city's own body meets in that city.
                event.place = city
            }
            if event.place == nil, f.name.hasPrefix("市委") || f.name.hasPrefix("我市") || f.name.hasPrefix("全市") {
                event.place = (mainCity ?? abbreviatedCity)?.cityName
            }
            if event.place == nil, let hint = placeHints[f.kind] { event.place = hint.cityName }
            if mainPlace == nil, inherits, let p = event.place { mainPlace = p }
            events.append(event)
        }
        // The opening ceremony (开幕式暨主旨论坛) and what is held at or right after it (开幕式后举行了签约仪式)
        // fall on the main event's first day.
        if let main = found.firstIndex(where: { f in !f.mentions.allSatisfy { isReferenceUse($0, in: s) } }),
           let first = events[main].startDate {
            for i in events.indices where i != main && events[i].startDate == nil && events[i].endDate == nil
                && inheritsPlace(found[i], in: s) {
                let atOpening = found[i].name.contains("开幕式") || found[i].mentions.contains { m in
                    let before = ScalarText.string(s[m.sentence.start..<m.start])
                    return before.contains("开幕式后") || before.contains("开幕式上") || before.contains("开幕式结束后")
                }
                if atOpening {
                    events[i].startDate = first
                    events[i].endDate = first
                }
            }
        }
        // Every place-less event held within the main one (its forums, ceremonies, exhibitions) shares its place.
        if let mainPlace {
            for i in events.indices where events[i].place == nil && inheritsPlace(found[i], in: s) {
                events[i].place = mainPlace
            }
        }
        attachParticipants(&events, found: found, mentions: mentions, people: people, text: t, sentences: sentences)
        attachStatistics(&events, found: found, mentions: mentions, text: t, sentences: sentences)
        return events
    }

    // MARK: - Names

    func kindWord(in s: [Unicode.Scalar], at i: Int, upper: Int) -> String? {
        guard i < s.count, EventExtractor.kindStarts.mayStart(s[i]),
              let m = EventExtractor.kindTrie.longestMatch(in: s, at: i), i + m.length <= upper else { return nil }
        return m.value
    }

    func hasWord(_ s: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
        DateExpression.matches(s, word, at: i)
    }

    func hasWord(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int) -> Bool {
        ScalarSearch.matches(s, word, at: i)
    }

    func endsWithKind(_ s: [Unicode.Scalar], at end: Int, lower: Int) -> Bool {
        EventExtractor.kindEndTrie.allMatches(in: s, at: end).contains { end - $0.length >= lower }
    }

    /// Event names and references in one sentence.
    func mentions(in s: [Unicode.Scalar], sentence: Span) -> [Mention] {
        var out: [Mention] = []
        var bookDepth = 0
        var i = sentence.start
        let mentionStarts = EventExtractor.mentionStarts
        while true {
            // Most scalars neither open or close a book title nor start 党的 or a kind word: skip them.
            i = mentionStarts.next(in: s, from: i, to: sentence.end)
            guard i < sentence.end else { break }
            let c = s[i]
            if c == "《" { bookDepth += 1 }
            if c == "》" { bookDepth = max(0, bookDepth - 1) }
            if c == "党", hasWord(s, EventExtractor.partyWord, at: i), let m = partyCongress(in: s, at: i, sentence: sentence) {
                out.append(m)
                i = m.end
                continue
            }
            guard let word = kindWord(in: s, at: i, upper: sentence.end) else { i += 1; continue }
            let kEnd = i + word.unicodeScalars.count
            defer { i = kEnd }
            // A kind word inside a book title names a publication (《…大会合肥展望》).
            if bookDepth > 0 { continue }
            if EventExtractor.nonEventFollowers.contains(where: { hasWord(s, $0, at: kEnd) }) { continue }
            if !endsName(s, at: kEnd, sentence: sentence) { continue }
            // A longer kind word right after continues the name (论坛大会, 开幕式暨…论坛 is handled by the later word).
            var (start, reference) = leftBoundary(in: s, kindStart: i, sentence: sentence)
            if EventExtractor.classFollowers.contains(where: { hasWord(s, $0, at: kEnd) }) { reference = true }
            var name = ScalarText.string(s[start..<kEnd])
            if name.contains("届"), !EventExtractor.partyBodies.contains(where: { name.hasPrefix($0) }),
               let body = governingBody(in: s, before: start, sentence: sentence) {
                // "市委召开十四届四次全会": a numbered session is named with the body that holds it.
                name = body + name
            }
            var m = Mention(start: start, end: kEnd, kindWord: word, kind: EventExtractor.kinds[word]!, name: name,
                            sentence: sentence, isReference: reference, placeHint: nil)
            classify(&m, in: s)
            if m.isReference, m.placeHint == nil, m.kind == "发布会",
               let title = introducedDocument(in: s, after: kEnd, sentence: sentence) {
                // "召开新闻发布会，介绍《X》": the press conference is named after the document it presents.
                m.name = title + word
                m.isReference = false
            }
            out.append(m)
        }
        // A mention inside a longer one from the same start (大会 in 大会成果新闻发布会) is part of it.
        // A generic phrase around it (进博会 in "进博会等展会") does not hide it.
        return out.filter { m in
            !out.contains { o in o.start <= m.start && o.end >= m.end && (o.end - o.start) > (m.end - m.start)
                && !o.isReference }
        }
    }

    /// The party committee that holds a session: "市委召开…", "省委十五届…" a few scalars before the name.
    func governingBody(in s: [Unicode.Scalar], before start: Int, sentence: Span) -> String? {
        let lower = max(sentence.start, start - 6)
        let window = ScalarText.string(s[lower..<start])
        return EventExtractor.partyBodies.dropFirst().first { window.contains($0 + "召开") || window.contains($0 + "举行") }
    }

    /// The document a press conference presents: "，介绍《X》" right after it, or later in its sentence
    /// "…对《X》进行了解读" / "解读《X》". A short title the article defined ("（以下简称《规划》）") is
    /// replaced by the full one.
    func introducedDocument(in s: [Unicode.Scalar], after end: Int, sentence: Span) -> String? {
        var i = end
        while i < sentence.end {
            guard s[i] == "《" else { i += 1; continue }
            var k = i + 1
            var depth = 1
            while k < sentence.end, depth > 0 {
                if s[k] == "《" { depth += 1 }
                if s[k] == "》" { depth -= 1 }
                k += 1
            }
            guard depth == 0 else { return nil }
            let verbBefore = EventExtractor.presentingVerbs.contains { v in
                let n = v.unicodeScalars.count
                return i - n >= end && hasWord(s, v, at: i - n)
            }
            let verbAfter = i >= 1 && s[i - 1] == "对"
                && EventExtractor.presentingVerbs.contains { v in
                    (k..<min(k + 8, sentence.end)).contains { hasWord(s, v, at: $0) }
                }
            if verbBefore || verbAfter {
                let title = ScalarText.string(s[i..<k])
                return fullTitle(for: title, in: s) ?? title
            }
            i = k
        }
        return nil
    }

    static let presentingVerbs = ["介绍", "发布", "解读", "通报"]

    /// "《江西省…规划》（以下简称《规划》）": the full title a short one stands for.
    func fullTitle(for short: String, in s: [Unicode.Scalar]) -> String? {
        let shortScalars = Array(short.unicodeScalars)
        var i = 0
        while i + shortScalars.count <= s.count {
            // Find "简称" + short title, then the 《…》 ending right before the bracket that holds it.
            if s[i] == "简", hasWord(s, "简称", at: i), hasWord(s, short, at: i + 2) {
                var open = i
                while open > 0, s[open] != "（", s[open] != "(", i - open < 6 { open -= 1 }
                guard open > 0, s[open - 1] == "》" else { return nil }
                var k = open - 2
                var depth = 1
                while k >= 0 {
                    if s[k] == "》" { depth += 1 }
                    if s[k] == "《" { depth -= 1; if depth == 0 { break } }
                    k -= 1
                }
                guard k >= 0 else { return nil }
                return ScalarText.string(s[k..<open])
            }
            i += 1
        }
        return nil
    }

    /// Whether a name can end at `end`: punctuation, a closing quote, the sentence end, or a name follower.
    func endsName(_ s: [Unicode.Scalar], at end: Int, sentence: Span) -> Bool {
        if end >= sentence.end { return true }
        let c = s[end]
        if !c.isHan && !c.isASCIIDigit && !c.properties.isAlphabetic { return true }
        if EventExtractor.nameFollowers.contains(where: { hasWord(s, $0, at: end) }) { return true }
        var k = end
        while k < min(end + 6, sentence.end), s[k].isHan || s[k].isASCIIDigit {
            if EventExtractor.holdingVerbs.contains(where: { hasWord(s, $0, at: k) }) { return true }
            k += 1
        }
        return false
    }

    /// Where a name ending in the kind word at `kindStart` begins, and whether a determiner marks it a reference.
    func leftBoundary(in s: [Unicode.Scalar], kindStart: Int, sentence: Span) -> (Int, Bool) {
        var j = kindStart
        scan: while j > sentence.start {
            let c = s[j - 1]
            if let opener = EventExtractor.opener(of: c) {
                var k = j - 2
                while k >= sentence.start, s[k] != opener { k -= 1 }
                if k < sentence.start { return (j, false) }
                j = k
                continue
            }
            if c == "“" || c == "《" || c == "（" || c == "(" || c == "‘" { return (j, false) }
            if Segmenter.listAndClauseCut.contains(c) || Segmenter.isSpace(c)
                || c == "|" || c == "。" {
                return (j, false)
            }
            if let b = EventExtractor.boundaryTrie.allMatches(in: s, at: j).last(where: { j - $0.length >= sentence.start }),
               !crossesInsideWord(s, boundaryStart: j - b.length, end: j, lower: sentence.start) {
                switch b.value {
                case "conjunction":
                    // 及/和/与 separate two events only when an event name (or a reference to one's
                    // 精神/部署) ends right before them, or open a list item after a comma; elsewhere
                    // they are inside the name.
                    let before = j - b.length
                    if endsWithKind(s, at: before, lower: sentence.start) || before == sentence.start
                        || EventExtractor.referenceFollowers.contains(where: { w in
                            ScalarSearch.endsWith(s, w, at: before, lower: sentence.start) })
                        || !(s[before - 1].isHan || s[before - 1].isASCIIDigit) { return (j, false) }
                    j = before
                    continue scan
                case "determiner", "copula":
                    return (j, true)
                case "inside":
                    // A word that merely ends in a boundary character (建设 ends in 设) stays in the name.
                    j -= b.length
                    continue scan
                default:
                    // 党的十九届五中全会: 的 after 党 belongs to the name.
                    if b.length == 1, s[j - 1] == "的", j >= 2, s[j - 2] == "党" { return (j - 2, false) }
                    return (j, false)
                }
            }
            j -= 1
            if kindStart - j > 40 { return (kindStart, true) }
        }
        return (j, false)
    }

    /// The opening mark of a closing quote or bracket a name crosses whole, nil for any other scalar.
    static func opener(of c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "”": return "“"
        case "》": return "《"
        case "）": return "（"
        case ")": return "("
        case "’": return "‘"
        default: return nil
        }
    }

    /// Whether a word that stays in names (设计) starts inside the boundary word and runs past its end.
    func crossesInsideWord(_ s: [Unicode.Scalar], boundaryStart: Int, end: Int, lower: Int) -> Bool {
        (max(lower, boundaryStart - 2)..<end).contains { k in
            EventExtractor.insideWordTrie.allMatches(in: s, at: k).contains { k + $0.length > end }
        }
    }

    /// Marks references: names that are only kind words and modifiers, counts, or a place.
    func classify(_ m: inout Mention, in s: [Unicode.Scalar]) {
        var core = m.name
        if core.hasPrefix("“"), core.hasSuffix("”") { return }
        // 进博会, 广交会: abbreviations of one recurring fair are names by themselves.
        if EventExtractor.properKindWords.contains(core) { return }
        // "开幕式暨主论坛": two sessions held as one is a particular happening of the event.
        var coreScalars = Array(core.unicodeScalars)
        if let r = coreScalars.firstIndex(of: "暨"),
           EventExtractor.kindWordScalarsLongestFirst.contains(where: { coreScalars[..<r].reversed().starts(with: $0.reversed()) }) {
            return
        }
        // Every kind word, then every generic modifier, removed in turn (one left-to-right pass each).
        for w in EventExtractor.kindWordScalarsLongestFirst { coreScalars = ScalarSearch.removing(w, from: coreScalars) }
        for w in EventExtractor.genericModifierScalars { coreScalars = ScalarSearch.removing(w, from: coreScalars) }
        core = ScalarSearch.string(coreScalars)
        // "10个平行论坛", "两场论坛": a count of happenings.
        if let n = ChineseNumber.scan(Array(m.name.unicodeScalars), at: 0), n.end < m.name.unicodeScalars.count,
           ["个", "场", "次", "项", "批", "系"].contains(Array(m.name.unicodeScalars)[n.end]) {
            m.isReference = true
            return
        }
        if coreScalars.filter({ $0.isHan || $0.isASCIIDigit || $0.properties.isAlphabetic }).count < 2 {
            m.isReference = true
            return
        }
        // A date inside the phrase ("11月20日人民日报刊发大会") means the phrase is a report, not a name.
        if !DateExpression.dates(in: Array(m.name.unicodeScalars), from: 0, to: m.name.unicodeScalars.count).isEmpty {
            m.isReference = true
            return
        }
        if EventExtractor.partyBodies.contains(core) || EventExtractor.bodies.contains(core)
            || ["我市", "全市", "本市", "我省", "全省"].contains(core) {
            m.isReference = true
            return
        }
        if let d = PlaceGazetteer.shared.division(named: core) {
            m.isReference = true
            m.placeHint = d
        }
    }

    /// 党的二十大, 党的十九届五中全会 (the latter is also found by its kind word; this catches 党的N大).
    func partyCongress(in s: [Unicode.Scalar], at i: Int, sentence: Span) -> Mention? {
        var j = i + 2
        let numStart = j
        while j < sentence.end, ChineseNumber.isChineseNumeral(s[j]) { j += 1 }
        guard j > numStart, j < sentence.end, s[j] == "大" else { return nil }
        let name = ScalarText.string(s[i...j])
        return Mention(start: i, end: j + 1, kindWord: "大", kind: "代表大会", name: name, sentence: sentence,
                       isReference: false, placeHint: nil)
    }

    /// “A”“B”展览 names two exhibitions.
    func expandQuotedList(_ name: String, kindWord: String) -> [String] {
        let scalars = Array(name.unicodeScalars)
        guard scalars.first == "“", name.hasSuffix("”" + kindWord) else { return [cleanName(name)] }
        var parts: [String] = []
        var i = 0
        while i < scalars.count, scalars[i] == "“" {
            guard let close = scalars[i...].firstIndex(of: "”") else { return [cleanName(name)] }
            parts.append(ScalarText.string(scalars[i...close]))
            i = close + 1
        }
        guard parts.count > 1, ScalarText.string(scalars[i...]) == kindWord else { return [cleanName(name)] }
        return parts.map { $0 + kindWord }
    }

    /// “韩国文化周” → 韩国文化周: quotes around the whole name are punctuation, not part of it.
    func cleanName(_ name: String) -> String {
        if name.hasPrefix("“"), name.hasSuffix("”"), name.dropFirst().dropLast().firstIndex(of: "“") == nil {
            return String(name.dropFirst().dropLast())
        }
        return name
    }

    /// A city named alone in brackets inside an event name ("（临沂）").
    func parenthesizedPlace(in name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "（" || scalars[i] == "(", let close = scalars[i...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
                let inner = ScalarText.string(scalars[(i + 1)..<close])
                if let d = PlaceGazetteer.shared.division(named: inner), d.rank > 0 || d.level == "直辖市" {
                    return d.cityName
                }
                i = close
            }
            i += 1
        }
        return nil
    }

    /// The key two mentions of one event share: no quotes, brackets or bracketed asides.
    static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var depth = 0
        for u in name.unicodeScalars {
            if u == "（" || u == "(" { depth += 1; continue }
            if u == "）" || u == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 || "“”《》‘’\"".unicodeScalars.contains(u) { continue }
            out.append(u)
        }
        return String(out)
    }

    func merge(_ m: Mention, into found: inout [Found], rule: String) {
        let k = EventExtractor.key(m.name)
        for i in found.indices where found[i].kind == m.kind {
            let fk = EventExtractor.key(found[i].name)
            if fk == k || ScalarSearch.contains(fk, k) || ScalarSearch.contains(k, fk) {
                // Keep the fuller name, unless it only adds an edition ordinal to a different year.
                if k.count > fk.count { found[i].name = m.name }
                found[i].mentions.append(m)
                return
            }
        }
        found.append(Found(name: m.name, kind: m.kind, mentions: [m], rule: rule))
    }

    /// Bodies above a city: their congresses and plenums are not held in the article's city.
    static let higherBodies = ["党的", "中共中央", "全国", "省委", "省政府", "全省", "省第"]

    /// Whether an event without a stated place is held where the article's main event is: not when
    /// the article only refers to it (its 精神, 部署), not a national fair (进博会, 广交会, held in
    /// their own cities), not a meeting of a higher body.
    func inheritsPlace(_ f: Found, in s: [Unicode.Scalar]) -> Bool {
        !f.mentions.allSatisfy { isReferenceUse($0, in: s) }
            && !EventExtractor.properKindWords.contains { f.name.hasSuffix($0) }
            && !EventExtractor.higherBodies.contains { f.name.hasPrefix($0) }
    }

    func isReferenceUse(_ m: Mention, in s: [Unicode.Scalar]) -> Bool {
        EventExtractor.referenceFollowers.contains { hasWord(s, $0, at: m.end) }
    }

    // MARK: - Dates and places

    func date(for m: Mention, name: String, in s: [Unicode.Scalar], dates: [DateMention], articleYear: Int?,
              published: String?) -> (String?, String?)? {
        // The date that leads the mention's sentence, or follows the name with 于.
        let inSentence = dates.filter { $0.start >= m.sentence.start && $0.end <= m.sentence.end }
        var pick = inSentence.last { $0.end <= m.start }
        if let after = inSentence.first(where: { $0.start >= m.end }), after.start - m.end <= 2,
           hasWord(s, "于", at: m.end) || hasWord(s, "于", at: after.start - 1) {
            pick = after
        }
        // "当天下午举行的…论坛": the day of the last date the text gave before this sentence.
        if pick == nil, sayingSameDay(s, m.sentence.start, m.start) {
            if let last = dates.last(where: { $0.end <= m.sentence.start && $0.month != nil && $0.daysFromPublished == nil }) {
                pick = DateMention(year: last.year, month: last.month, day: last.day, start: last.start, end: last.end)
            }
        }
        guard let d = pick else { return nil }
        // A year in the name later than the article's is a goal year ("2035年远景目标研讨会"), not the date's.
        let nameYear = leadingYear(name).flatMap { y in (articleYear.map { y <= $0 } ?? true) ? y : nil }
        var year = nameYear ?? articleYear
        var month = d.month
        var day = d.day
        if let offset = d.daysFromPublished {
            guard let p = DateExpression.parseISO(published) else { return nil }
            let shifted = DateExpression.shift(p, by: offset)
            (year, month, day) = (shifted.0, shifted.1, shifted.2)
        }
        if let y = d.year { year = y }
        if month == nil {
            // "27日晚": the month of the last full date before it.
            month = dates.last { $0.end <= d.start && $0.month != nil }?.month
        }
        guard let month else { return nil }
        let start = DateExpression.iso(year: year, month: month, day: day)
        var end = start
        if let ed = d.endDay { end = DateExpression.iso(year: year, month: d.endMonth ?? month, day: ed) }
        if d.endDay == nil, EventExtractor.endVerbs.contains(where: { ScalarSearch.contains($0, in: s, m.end, m.sentence.end) }) {
            return (nil, start)
        }
        return (start, end)
    }

    /// The year a name states: leading digits ("2024中国…博览会") or "YYYY年" inside it ("…2023年第二季度…").
    /// "为期N天" in a sentence that names the event or its kind (大会为期三天): the number of days it lasts.
    func duration(of f: Found, in s: [Unicode.Scalar], sentences: [Span]) -> Int? {
        let kind = Array(f.kind.unicodeScalars), kindWord = Array(f.mentions[0].kindWord.unicodeScalars)
        let lasting = Array("为期".unicodeScalars)
        for sentence in sentences {
            let lo = sentence.start, hi = sentence.end
            guard ScalarSearch.firstIndex(of: lasting, in: s, lo, hi) != nil,
                  ScalarSearch.firstIndex(of: kind, in: s, lo, hi) != nil
                    || ScalarSearch.firstIndex(of: kindWord, in: s, lo, hi) != nil else { continue }
            let u = Array(s[lo..<hi])
            var i = 0
            while i + 2 < u.count {
                if u[i] == "为", u[i + 1] == "期", let n = ChineseNumber.scan(u, at: i + 2), n.end < u.count,
                   u[n.end] == "天" || u[n.end] == "日", let v = n.value,
                   let days = Int(exactly: NSDecimalNumber(decimal: v)), (2...31).contains(days) {
                    return days
                }
                i += 1
            }
        }
        return nil
    }

    func sayingSameDay(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Bool {
        (lo..<hi).contains { i in s[i] == "当" && EventExtractor.sameDayWords.contains { hasWord(s, $0, at: i) } }
    }

    func leadingYear(_ name: String) -> Int? {
        let u = Array(name.unicodeScalars)
        var i = 0
        while i + 4 <= u.count {
            if (i == 0 || !u[i - 1].isASCIIDigit), u[i..<(i + 4)].allSatisfy(\.isASCIIDigit),
               i + 4 == u.count || !u[i + 4].isASCIIDigit, i == 0 || (i + 4 < u.count && u[i + 4] == "年"),
               let y = Int(ScalarText.string(u[i..<(i + 4)])), y > 1900, y < 2100 {
                return y
            }
            i += 1
        }
        return nil
    }

    /// "…在安徽合肥举办", "在我市隆重举办", "在北京举行第X届…": the most specific place after 在.
    func place(for m: Mention, in s: [Unicode.Scalar], places: [PlaceMention], mainCity: Division?) -> String? {
        var i = m.sentence.start
        while i < m.sentence.end {
            if s[i] == "在" {
                // The 在 phrase must be about this event: right after it, or leading the clause it heads.
                let after = i >= m.end ? i - m.end : Int.max
                let before = i < m.start ? m.start - i : Int.max
                if after <= 16 || before <= 16 {
                    if hasWord(s, "我市", at: i + 1) || hasWord(s, "本市", at: i + 1) { return mainCity?.cityName }
                    var j = i + 1
                    var best: Division?
                    while let p = places.first(where: { $0.start == j }) {
                        best = p.division
                        j = p.end
                    }
                    if let best, let city = best.cityName { return city }
                    // "在京召开", "在沪举行": a one-character city abbreviation before a holding verb.
                    if i + 2 < m.sentence.end, let city = EventExtractor.abbreviatedCities[s[i + 1]],
                       EventExtractor.holdingVerbs.contains(where: { hasWord(s, $0, at: i + 2) }) {
                        return city
                    }
                }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Participants and statistics

    func attachParticipants(_ events: inout [Event], found: [Found], mentions: [Mention], people: [Person],
                            text: ScalarText, sentences: [Span]) {
        guard !events.isEmpty, !people.isEmpty else { return }
        let main = found.firstIndex { f in !f.mentions.allSatisfy { isReferenceUse($0, in: text.scalars) } } ?? 0
        let s = text.scalars
        let names = people.map { Array($0.name.unicodeScalars) }
        let nameLengths = people.map { $0.name.count }
        let nameStarts = FirstScalarFilter(names)
        for sentence in sentences {
            let lo = sentence.start, hi = sentence.end
            // Each role verb's first occurrence in the sentence, as (verb, start, end) offsets in the text,
            // found in one pass that stops only where a role verb can start.
            var p = EventExtractor.roleVerbStarts.next(in: s, from: lo, to: hi)
            guard p < hi else { continue }
            var firsts = [Int](repeating: -1, count: EventExtractor.roleVerbScalars.count)
            while p < hi {
                for (k, (_, w)) in EventExtractor.roleVerbScalars.enumerated()
                where firsts[k] < 0 && p + w.count <= hi && ScalarSearch.matches(s, w, at: p) {
                    firsts[k] = p
                }
                p = EventExtractor.roleVerbStarts.next(in: s, from: p + 1, to: hi)
            }
            let roles = EventExtractor.roleVerbScalars.indices.compactMap { k -> (String, Int, Int)? in
                let (v, w) = EventExtractor.roleVerbScalars[k]
                return firsts[k] < 0 ? nil : (v, firsts[k], firsts[k] + w.count)
            }
            guard !roles.isEmpty else { continue }
            let target = found.firstIndex { f in f.mentions.contains { $0.sentence == sentence } } ?? main
            // A role word after 重要/的 is a noun ("重要讲话精神"), not something someone did here.
            let verbs = roles.filter { _, start, _ in
                !(ScalarSearch.endsWith(s, EventExtractor.importantWord, at: start, lower: lo)
                    || ScalarSearch.endsWith(s, EventExtractor.ofWord, at: start, lower: lo))
            }
            // Each person's first occurrence in the sentence that is the name itself, not part of a longer
            // name in the list (朱玉 inside 朱玉兵), found in one pass over the offsets where a name may
            // start; an occurrence inside a longer name is skipped whole, as a search from after it would.
            var firstAt = [Int](repeating: -1, count: names.count)
            var searchFrom = [Int](repeating: lo, count: names.count)
            var at = nameStarts.next(in: s, from: lo, to: hi)
            while at < hi {
                for n in names.indices where firstAt[n] < 0 && at >= searchFrom[n] && !names[n].isEmpty
                    && at + names[n].count <= hi && ScalarSearch.matches(s, names[n], at: at) {
                    let name = names[n]
                    let longer = names.indices.contains { o in
                        nameLengths[o] > nameLengths[n] && names[o].starts(with: name)
                            && at + names[o].count <= hi && s[at..<(at + names[o].count)].elementsEqual(names[o])
                    }
                    if longer { searchFrom[n] = at + name.count } else { firstAt[n] = at }
                }
                at = nameStarts.next(in: s, from: at + 1, to: hi)
            }
            for (n, person) in people.enumerated() {
                let name = names[n]
                guard firstAt[n] >= 0 else { continue }
                let r = firstAt[n]
                let nameEnd = r + name.count
                // The role verb that follows the name (出席, 致辞, 主题演讲…).
                guard let role = verbs.filter({ $0.1 >= nameEnd }).min(by: { $0.1 < $1.1 })?.0 else { continue }
                let p = Participant(person: person.name, role: role,
                                    evidence: Evidence(span: Span(r, nameEnd),
                                                       rule: "events.participant-role-verb", confidence: 0.7))
                if !events[target].participants.contains(where: { $0.person == p.person && $0.role == p.role }) {
                    events[target].participants.append(p)
                }
            }
        }
    }


    /// "签约项目399个、投资总额3743.2亿元" in a sentence about the event: figures of the event.
    func attachStatistics(_ events: inout [Event], found: [Found], mentions: [Mention], text: ScalarText,
                          sentences: [Span]) {
        guard !events.isEmpty else { return }
        let s = text.scalars
        let main = found.firstIndex { f in !f.mentions.allSatisfy { isReferenceUse($0, in: s) } } ?? 0
        let mainKind = found[main].kind
        let mainKindScalars = Array(mainKind.unicodeScalars), mainName = Array(found[main].name.unicodeScalars)
        for sentence in sentences where ScalarSearch.firstIndex(of: mainKindScalars, in: s, sentence.start, sentence.end) != nil
            || ScalarSearch.firstIndex(of: mainName, in: s, sentence.start, sentence.end) != nil {
            for clause in Segmenter.listItemSpans(text, in: sentence, commas: true) {
                for q in QuantityParser.quantities(in: s, from: clause.start, to: clause.end) {
                    guard let value = q.value else { continue }
                    let label = ScalarText.string(s[clause.start..<q.start])
                    guard label.hasSuffix("项目") || label.hasSuffix("投资总额") || label.hasSuffix("总投资")
                            || label.hasSuffix("金额") else { continue }
                    events[main].statistics.append(EventStatistic(
                        label: label, value: value, unit: q.unit,
                        evidence: Evidence(span: Span(clause.start, q.end), rule: "events.statistic", confidence: 0.8)))
                }
            }
        }
    }
}
