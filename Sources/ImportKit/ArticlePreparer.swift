import Foundation
import Facts
import Normalization
import Extraction
import Store

/// An article ready for the writer: normalized, extracted, hashed.
struct PreparedArticle {
    /// Where the file was read, for messages.
    var path: String
    var article: Article
    var contentHash: String
    var byteCount: Int
    var facts: ArticleFacts
    /// False when the store already held an article from this source (a changed file).
    var isNew: Bool
}

/// What a worker made of one walk entry.
enum FileOutcome {
    case unchanged(source: String)
    case prepared(PreparedArticle)
    case rejected(path: String, source: String, reason: String)
    /// The run was interrupted before this file was looked at.
    case skipped
}

/// The work of one worker thread on one file: read, hash, compare with the stored article,
/// and only when it changed, normalize and extract. Pure apart from reading the file, so any
/// number of them run in parallel; the writer alone touches the database.
struct ArticlePreparer {
    /// Hash and extractor version of every stored article, by source, taken before the run.
    let stored: [String: KnowledgeStore.StoredArticle]
    /// Its size limit is also the reading limit, so a file is refused by one rule.
    let normalizer: Normalizer
    let extractor = ArticleExtractor()

    init(stored: [String: KnowledgeStore.StoredArticle], maxFileBytes: Int) {
        self.stored = stored
        self.normalizer = Normalizer(maxBytes: maxFileBytes)
    }

    func prepare(_ entry: WalkEntry) -> FileOutcome {
        switch entry {
        case .skipped(let path, let source, let reason):
            return .rejected(path: path, source: source, reason: reason)
        case .file(let path, let source):
            let data: Data
            do {
                data = try FileBytes.read(path, limit: normalizer.maxBytes)
            } catch let failure as FileBytes.Failure {
                return .rejected(path: path, source: source, reason: failure.description)
            } catch {
                return .rejected(path: path, source: source, reason: "\(error)")
            }
            let hash = SHA256.hex(data)
            let previous = stored[source]
            if let previous, previous.contentHash == hash, previous.extractorVersion >= ArticleExtractor.version {
                return .unchanged(source: source)
            }
            let article: Article
            do {
                article = try normalizer.normalize(data, source: source)
            } catch let reason as RejectionReason {
                return .rejected(path: path, source: source, reason: reason.description)
            } catch {
                return .rejected(path: path, source: source, reason: "\(error)")
            }
            let facts = extractor.extract(article)
            return .prepared(PreparedArticle(path: path, article: article, contentHash: hash, byteCount: data.count,
                                             facts: facts, isNew: previous == nil))
        }
    }
}
