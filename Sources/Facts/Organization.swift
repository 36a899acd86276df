/// A named body (ministry, government, company, university, association, medium…)
/// in one article: its fullest form and the other forms the article uses for it.
public struct Organization: Hashable, Sendable, Codable {
    public var name: String
    public var aliases: [String]
    public var evidence: Evidence

    public init(name: String, aliases: [String] = [], evidence: Evidence) {
        self.name = name
        self.aliases = aliases
        self.evidence = evidence
    }
}
