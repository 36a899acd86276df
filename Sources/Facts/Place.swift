/// A place named in an article, resolved against the administrative-division lexicon.
public struct Place: Hashable, Sendable, Codable {
    /// Name as the lexicon spells it in short form ("保定", "合肥", "河北").
    public var name: String
    /// 省, 市, 区, 县… from the lexicon; nil for venues.
    public var level: String?
    /// Enclosing province's short name, when known.
    public var province: String?
    public var evidence: Evidence

    public init(name: String, level: String? = nil, province: String? = nil, evidence: Evidence) {
        self.name = name
        self.level = level
        self.province = province
        self.evidence = evidence
    }
}
