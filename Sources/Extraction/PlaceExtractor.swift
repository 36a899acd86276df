import Facts

/// Finds administrative divisions in text and works out the article's own city and province.
///
/// Rules: full names (保定市, 舒城县) always count; short forms of provinces and prefectures
/// (河北, 保定) count unless they are also ordinary words (place-ambiguous.tsv); short forms of
/// county-level divisions (舒城) count only after a locative word (在, 于, 赴, 落户…) or when the
/// article also uses the full name, since two-character county names are often ordinary words.
public struct PlaceExtractor: Sendable {
    public static let shared = PlaceExtractor()

    /// Words that put a place right after them.
    static let locatives: [[Unicode.Scalar]] = ["在", "于", "赴", "到", "落户", "来自", "位于", "地处", "安徽", "至"]
        .map { Array($0.unicodeScalars) }

    let gazetteer: PlaceGazetteer

    public init(gazetteer: PlaceGazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    public func extract(_ text: String) -> [Place] {
        extract(mentions: mentions(in: ScalarText(text)))
    }

    /// The places of an article from its mentions (`mentions(in:)`), first mention of each.
    // Not inlined into ArticleExtractor: profiles then show each extractor's own cost.
    @inline(never)
    public func extract(mentions: [PlaceMention]) -> [Place] {
        var seen: [String: Int] = [:]
        var places: [Place] = []
        for m in mentions {
            let name = m.division.short.isEmpty ? m.division.name : m.division.short
            if seen[name] != nil { continue }
            seen[name] = places.count
            places.append(Place(name: name, level: m.division.level, province: m.division.province,
                                evidence: Evidence(span: Span(m.start, m.end),
                                                   rule: m.isShort ? "places.short-form" : "places.full-name",
                                                   confidence: m.isShort ? 0.8 : 0.95)))
        }
        return places
    }

    /// Every accepted place mention, left to right, not overlapping.
    // Not inlined into ArticleExtractor: profiles then show each extractor's own cost.
    @inline(never)
    public func mentions(in text: ScalarText) -> [PlaceMention] {
        let s = text.scalars
        var raw: [PlaceMention] = []
        var i = 0
        while i < s.count {
            guard s[i].isHan, let m = gazetteer.longestMatch(in: s, at: i) else { i += 1; continue }
            raw.append(m)
            i = m.end
        }
        let fullNames = Set(raw.filter { !$0.isShort }.map(\.division.name))
        return raw.filter { m in
            if !m.isShort {
                // 河北区 inside 河北区域: a district name swallowing the word 区域.
                if m.division.name.hasSuffix("区"), m.end < s.count, s[m.end] == "域" { return false }
                return true
            }
            let short = m.division.short
            let context = hasLocative(before: m.start, in: s)
            if gazetteer.ambiguous.contains(short) {
                return fullNames.contains(m.division.name) || (context && endsPlacePhrase(s, at: m.end))
            }
            if m.division.rank == 2 { return context || fullNames.contains(m.division.name) }
            return true
        }
    }

    /// Verbs that may follow a place after a locative ("在来宾举行", "落户资源…" is not one).
    static let placeFollowers = ["举行", "举办", "召开", "开幕", "闭幕", "落户", "投资", "建设", "设立", "考察", "调研", "市"]

    /// Whether a place phrase can end at `end`: punctuation, the text's end, or a verb of holding/settling.
    func endsPlacePhrase(_ s: [Unicode.Scalar], at end: Int) -> Bool {
        guard end < s.count, s[end].isHan else { return true }
        return PlaceExtractor.placeFollowers.contains { DateExpression.matches(s, $0, at: end) }
    }

    func hasLocative(before offset: Int, in s: [Unicode.Scalar]) -> Bool {
        PlaceExtractor.locatives.contains { w in
            offset >= w.count && offset <= s.count && s[(offset - w.count)..<offset].elementsEqual(w)
        }
    }

    /// The city the article is about (its "我市", "全市"): the prefecture-level city or
    /// municipality mentioned most, when no other is mentioned as often.
    public func mainCity(_ mentions: [PlaceMention]) -> Division? {
        dominant(mentions.filter { $0.division.rank == 1 || $0.division.level == "直辖市" })
    }

    /// The province the article is about (its "全省", "我省"), from province and city mentions.
    public func mainProvince(_ mentions: [PlaceMention]) -> Division? {
        var counts: [String: Int] = [:]
        for m in mentions where !m.division.province.isEmpty { counts[m.division.province, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first else { return nil }
        if ranked.count > 1, Double(top.value) < 1.2 * Double(ranked[1].value) { return nil }
        return gazetteer.divisions(short: top.key).first { $0.rank == 0 }
    }

    static let abbreviations: [(Unicode.Scalar, String)] = Lexicon(named: "city-abbreviations").entries
        .compactMap { e in e.count > 1 ? e[0].unicodeScalars.first.map { ($0, e[1]) } : nil }

    /// The city whose one-character abbreviation (甬 for 宁波, 沪 for 上海) the text uses at least
    /// three times, when exactly one does. For articles that mask their city's name.
    public func cityByAbbreviation(_ text: String) -> Division? {
        var counts: [String: Int] = [:]
        for u in text.unicodeScalars {
            for (a, city) in PlaceExtractor.abbreviations where a == u { counts[city, default: 0] += 1 }
        }
        let hits = counts.filter { $0.value >= 3 }
        guard hits.count == 1, let city = hits.first?.key else { return nil }
        return gazetteer.division(named: city)
    }

    private func dominant(_ mentions: [PlaceMention]) -> Division? {
        // An article names few distinct divisions: a linear tally beats hashing five strings per mention.
        // Ranking: most mentions, then earliest first mention (distinct per division, so a total order).
        var tally: [(division: Division, count: Int, first: Int)] = []
        for m in mentions {
            if let k = tally.firstIndex(where: { $0.division == m.division }) {
                tally[k].count += 1
            } else {
                tally.append((m.division, 1, m.start))
            }
        }
        let ranked = tally.sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }
        guard let top = ranked.first else { return nil }
        if ranked.count > 1, top.count == ranked[1].count { return nil }
        return top.division
    }
}
