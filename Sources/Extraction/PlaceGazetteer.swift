import Facts

/// One administrative division from `places.tsv`.
public struct Division: Sendable, Hashable {
    public let name: String
    /// Short form ("保定" for 保定市); empty when the lexicon gives none.
    public let short: String
    /// 省, 直辖市, 自治区, 特别行政区, 市, 地区, 自治州, 盟, 县级市, 县, 自治县, 区, 旗…
    public let level: String
    public let province: String
    /// Enclosing prefecture's short form, for county-level divisions.
    public let prefecture: String

    /// 0 for province-level, 1 for prefecture-level, 2 for county-level. Stored: extractors ask it of
    /// every mention, and working it out compares the level's String each time.
    public let rank: Int

    init(name: String, short: String, level: String, province: String, prefecture: String) {
        self.name = name
        self.short = short
        self.level = level
        self.province = province
        self.prefecture = prefecture
        // Compared as UTF-8 bytes: `==` on non-ASCII Strings goes through Unicode normalization, and the
        // gazetteer makes thousands of divisions at startup.
        func isAny(_ levels: [String]) -> Bool {
            levels.contains { $0.utf8.count == level.utf8.count && $0.utf8.elementsEqual(level.utf8) }
        }
        if isAny(["省", "直辖市", "自治区", "特别行政区"]) { rank = 0 }
        else if isAny(["市", "地区", "自治州", "盟"]) { rank = 1 }
        else { rank = 2 }
    }

    /// The city a fact about this division belongs to, in the short form gold uses
    /// (保定 for 保定市, 北京 for 北京市, 舒城 for 舒城县; a province has none).
    public var cityName: String? {
        switch rank {
        case 1: return short.isEmpty ? name : short
        case 0: return level == "直辖市" ? short : nil
        default: return short.isEmpty ? name : short
        }
    }

    /// The name with its suffix, as subjects of goals are written (河北省, 宁波市).
    public var fullName: String { name }
}

/// A place name found in text.
public struct PlaceMention: Sendable, Hashable {
    public let division: Division
    public let start: Int
    public let end: Int
    /// Matched the short form (保定) rather than the full name (保定市).
    public let isShort: Bool
}

/// The administrative-division lexicon as a trie over Unicode scalars, built once.
public final class PlaceGazetteer: Sendable {
    public static let shared = PlaceGazetteer(lexicon: Lexicon(named: "places"),
                                              ambiguous: Lexicon(named: "place-ambiguous").wordSet)

    /// What a name in the trie stands for: the division (index into `divisions`) a match of it is read as —
    /// of all divisions with that full name or short form, the highest level, full names before short
    /// forms, lexicon order among equals — and whether the name is its short form.
    struct Reading: Sendable {
        let division: Int32
        let isShort: Bool
    }

    /// Every full name and short form (of at least two scalars) → its reading.
    private let names: ScalarTrie<Reading>
    /// Short forms that need their suffix or a locative context.
    let ambiguous: Set<String>
    public let divisions: [Division]
    private let byShort: [String: [Division]]

    public init(lexicon: Lexicon, ambiguous: Set<String>) {
        var divisions: [Division] = []
        var byShort: [String: [Division]] = [:]
        var names = ScalarTrie<Reading>()
        // Readings go in in lexicon order and a later one replaces an earlier only when strictly better
        // (higher level, then full name before short form): the first of the best wins.
        func add(_ name: String, _ reading: Reading) {
            names.insert(name, reading) { new, old in
                (divisions[Int(new.division)].rank, new.isShort ? 1 : 0) < (divisions[Int(old.division)].rank, old.isShort ? 1 : 0)
            }
        }
        for e in lexicon.entries where e.count >= 3 {
            let d = Division(name: e[0], short: e[1], level: e[2],
                             province: e.count > 3 ? e[3] : "", prefecture: e.count > 4 ? e[4] : "")
            let index = Int32(divisions.count)
            divisions.append(d)
            if !e[0].isEmpty { add(e[0], Reading(division: index, isShort: false)) }
            if e[1].unicodeScalars.count >= 2 {
                add(e[1], Reading(division: index, isShort: true))
                byShort[e[1], default: []].append(d)
            }
        }
        self.names = names
        self.divisions = divisions
        self.byShort = byShort
        self.ambiguous = ambiguous
    }

    /// Longest name starting at `start`: the best division for it (higher level first,
    /// full names before short forms) and where it ends.
    @inline(__always)
    public func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> PlaceMention? {
        guard let m = names.longestMatch(in: scalars, at: start) else { return nil }
        return PlaceMention(division: divisions[Int(m.value.division)], start: start, end: start + m.length,
                            isShort: m.value.isShort)
    }

    /// Divisions a short form names, highest level first.
    public func divisions(short: String) -> [Division] {
        (byShort[short] ?? []).sorted { $0.rank < $1.rank }
    }

    /// The division whose full name or short form is exactly `name`, highest level first.
    public func division(named name: String) -> Division? {
        let scalars = Array(name.unicodeScalars)
        guard let m = longestMatch(in: scalars, at: 0), m.end == scalars.count else { return nil }
        return m.division
    }

    /// The place a name starts with ("合肥维信诺…" → 合肥, "舒城AMOLED…" → 舒城). A county's short
    /// form counts only when a non-Han scalar follows it: "新兴产业…" starts with a word, not 新兴县.
    /// With `countyShortForms`, any county short form that is not an ordinary word counts
    /// (project names lead with their county: "宜兴光伏组件生产").
    public func leadingPlace(of name: String, countyShortForms: Bool = false) -> PlaceMention? {
        let scalars = Array(name.unicodeScalars)
        guard let m = longestMatch(in: scalars, at: 0) else { return nil }
        if !m.isShort { return m }
        if ambiguous.contains(m.division.short) { return nil }
        if m.division.rank <= 1 || countyShortForms { return m }
        return m.end < scalars.count && !scalars[m.end].isHan ? m : nil
    }
}
