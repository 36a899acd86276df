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
    /// The file's modification time when read, when old enough to trust (see `trustedModification`).
    var fileModified: Int64?
    var facts: ArticleFacts
    /// False when the store already held an article from this source (a changed file).
    var isNew: Bool
}

/// What a worker made of one walk entry.
enum FileOutcome {
    /// `fileModified`: a modification time to record because the file was read to find it
    /// unchanged (it was touched or copied); nil when the stored one still holds.
    case unchanged(source: String, fileModified: Int64?)
    case prepared(PreparedArticle)
    case rejected(path: String, source: String, reason: String)
    /// The run was interrupted before this file was looked at.
    case skipped
}

/// The work of one worker thread on one file: read, hash, compare with the stored article,
/// and only when it changed, normalize and extract. Pure apart from reading the file, so any
/// number of them run in parallel; the writer alone touches the database.
///
/// A file whose size and modification time are those recorded when it was last read is
/// unchanged without being read (as rsync and git decide). The time is recorded only when the
/// file had not changed for `settledSeconds` before it was read: a change within the same tick
/// of the file system's clock would not move it (git's "racily clean" entries). `rehash`
/// reads and hashes every file regardless.
struct ArticlePreparer {
    /// Hash, size, modification time and extractor version of every stored article, by source,
    /// taken before the run.
    let stored: [String: KnowledgeStore.StoredArticle]
    /// Its size limit is also the reading limit, so a file is refused by one rule.
    let normalizer: Normalizer
    let extractor = ArticleExtractor()
    let rehash: Bool
    /// 3 s: more than the coarsest clock in use (FAT's 2 s) and any skew between reading the
    /// clock and the file system stamping the file.
    static let settledSeconds: Int64 = 3

    init(stored: [String: KnowledgeStore.StoredArticle], maxFileBytes: Int, rehash: Bool = false) {
        self.stored = stored
        self.normalizer = Normalizer(maxBytes: maxFileBytes)
        self.rehash = rehash
    }

    /// The file's size and modification time (ns since 1970), following links; nil when it
    /// cannot be stat'ed (reading it then reports why).
    static func fileStatus(_ path: String) -> (size: Int, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// The modification time to record for a file read at `readAt` (ns): nil when it is too
    /// recent to tell a later change in the same clock tick apart.
    static func trustedModification(_ modified: Int64?, readAt: Int64) -> Int64? {
        guard let modified, modified <= readAt - settledSeconds * 1_000_000_000 else { return nil }
        return modified
    }

    static func nanosecondsNow() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// The outcome of a file known to be unchanged from `stat` alone (size and modification time
    /// as recorded, facts from the current extractor); nil when it must be read. Cheap enough
    /// for the walk's own thread: an unchanged folder then never goes through the workers.
    func unchangedByStatus(_ entry: WalkEntry) -> FileOutcome? {
        guard case .file(let path, let source) = entry, !rehash, let previous = stored[source] else { return nil }
        return Self.isUnchanged(previous, status: Self.fileStatus(path)) ? .unchanged(source: source, fileModified: nil) : nil
    }

    private static func isUnchanged(_ previous: KnowledgeStore.StoredArticle, status: (size: Int, modified: Int64)?) -> Bool {
        guard let status, let known = previous.fileModified else { return false }
        return known == status.modified && previous.byteCount == status.size
            && previous.extractorVersion >= ArticleExtractor.version
    }

    func prepare(_ entry: WalkEntry) -> FileOutcome {
        switch entry {
        case .skipped(let path, let source, let reason):
            return .rejected(path: path, source: source, reason: reason)
        case .file(let path, let source):
            let previous = stored[source]
            let status = Self.fileStatus(path)
            if !rehash, let previous, Self.isUnchanged(previous, status: status) {
                return .unchanged(source: source, fileModified: nil)
            }
            let readAt = Self.nanosecondsNow()
            let data: Data
            do {
                data = try FileBytes.read(path, limit: normalizer.maxBytes)
            } catch let failure as FileBytes.Failure {
                return .rejected(path: path, source: source, reason: failure.description)
            } catch {
                return .rejected(path: path, source: source, reason: "\(error)")
            }
            let hash = SHA256.hex(data)
            let modified = Self.trustedModification(status?.modified, readAt: readAt)
            if let previous, previous.contentHash == hash, previous.extractorVersion >= ArticleExtractor.version {
                // Same hash, so same size: only the time can be new (touched, copied).
                return .unchanged(source: source, fileModified: modified != previous.fileModified ? modified : nil)
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
                                             fileModified: modified, facts: facts, isNew: previous == nil))
        }
    }
}
