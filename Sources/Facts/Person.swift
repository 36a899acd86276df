/// A person named in one article, once per article, with every post the article gives.
/// Titles are never part of the name: identity is the name alone.
public struct Person: Hashable, Sendable, Codable {
    public var name: String
    public var posts: [Post]
    /// First (or strongest) mention of the name.
    public var evidence: Evidence

    public init(name: String, posts: [Post] = [], evidence: Evidence) {
        self.name = name
        self.posts = posts
        self.evidence = evidence
    }
}
