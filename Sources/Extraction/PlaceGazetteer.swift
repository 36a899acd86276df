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

    /// 0 for province-level, 1 for prefecture-level, 2 for county-level.
    public var rank: Int {
        switch level {
        case "省", "直辖市", "自治区", "特别行政区": return 0
        case "市", "地区", "自治州", "盟": return 1
        default: return 2
        }
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

    final class Node: @unchecked Sendable {
        var children: [Unicode.Scalar: Node] = [:]
        /// Divisions whose full name (false) or short form (true) ends here.
        var hits: [(Division, Bool)] = []
    }

    private let root: Node
    /// Bit set of the Basic Multilingual Plane scalars a name starts with: most offsets of a text start
    /// none, and this answers them without hashing.
    private let firstScalars: [UInt64]
    /// Short forms that need their suffix or a locative context.
    let ambiguous: Set<String>
    public let divisions: [Division]
    private let byShort: [String: [Division]]

    public init(lexicon: Lexicon, ambiguous: Set<String>) {
        let root = Node()
        var divisions: [Division] = []
        var byShort: [String: [Division]] = [:]
        for e in lexicon.entries where e.count >= 3 {
            let d = Division(name: e[0], short: e[1], level: e[2],
                             province: e.count > 3 ? e[3] : "", prefecture: e.count > 4 ? e[4] : "")
            divisions.append(d)
            PlaceGazetteer.insert(e[0], d, short: false, into: root)
            if e[1].unicodeScalars.count >= 2 {
                PlaceGazetteer.insert(e[1], d, short: true, into: root)
                byShort[e[1], default: []].append(d)
            }
        }
        self.root = root
        var bits = [UInt64](repeating: 0, count: 1024)
        for u in root.children.keys where u.value < 0x10000 { bits[Int(u.value >> 6)] |= 1 << UInt64(u.value & 63) }
        firstScalars = bits
        self.divisions = divisions
        self.byShort = byShort
        self.ambiguous = ambiguous
    }

    private static func insert(_ key: String, _ d: Division, short: Bool, into root: Node) {
        var node = root
        for u in key.unicodeScalars {
            if let next = node.children[u] { node = next } else {
                let next = Node()
                node.children[u] = next
                node = next
            }
        }
        node.hits.append((d, short))
    }

    /// Longest name starting at `start`: the best division for it (higher level first,
    /// full names before short forms) and where it ends.
    public func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> PlaceMention? {
        if start >= 0, start < scalars.count {
            let v = scalars[start].value
            if v < 0x10000, firstScalars[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 { return nil }
        }
        var node = root
        var best: PlaceMention?
        var i = start
        while i < scalars.count, let next = node.children[scalars[i]] {
            node = next
            i += 1
            if let pick = node.hits.min(by: { ($0.0.rank, $0.1 ? 1 : 0) < ($1.0.rank, $1.1 ? 1 : 0) }) {
                best = PlaceMention(division: pick.0, start: start, end: i, isShort: pick.1)
            }
        }
        return best
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
