/// A post a person held, as one article states it (FollowTheMoney's Occupancy of a Position).
/// `title` is the full post as the text joins it ("工业和信息化部副部长"); `organization`
/// and `position` are its parts, nil when the text gives none.
public struct Post: Hashable, Sendable, Codable {
    public var title: String
    public var organization: String?
    public var position: String?
    public var evidence: Evidence

    public init(title: String, organization: String?, position: String?, evidence: Evidence) {
        self.title = title
        self.organization = organization
        self.position = position
        self.evidence = evidence
    }
}
