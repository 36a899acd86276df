import Facts

/// The database of facts: opens (creating and migrating) the SQLite file and
/// writes and reads articles with their facts.
/// SCAFFOLD: the API the importer and query tool are written against.
public final class KnowledgeStore {
    public struct StoredArticle: Equatable, Sendable {
        public var contentHash: String
        public var extractorVersion: Int
    }

    public init(path: String) throws {}

    /// Hash and extractor version of the stored article, nil when absent.
    public func storedArticle(source: String) throws -> StoredArticle? { nil }

    /// Replaces the article and all its facts in one transaction.
    public func replaceArticle(_ article: Article, contentHash: String, byteCount: Int,
                               extractorVersion: Int, facts: ArticleFacts, run: Int64) throws {}
}
