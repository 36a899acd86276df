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
    let maxFileBytes: Int
    let normalizer: Normalizer
    let extractor = ArticleExtractor()

    init(stored: [String: KnowledgeStore.StoredArticle], maxFileBytes: Int) {
        self.stored = stored
        self.maxFileBytes = maxFileBytes
        self.normalizer = Normalizer(maxBytes: maxFileBytes)
    }

    func prepare(_ entry: WalkEntry) -> FileOutcome {
        switch entry {
        case .skipped(let path, let source, let reason):
            return .rejected(path: path, source: source, reason: reason)
        case .file(let path, let source):
            let data: Data
            do {
                data = try FileBytes.read(path, limit: maxFileBytes)
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

/// Reads a whole file with POSIX calls, so each failure keeps its errno and a file over the
/// limit is refused from `fstat` alone, before a byte of it is read.
enum FileBytes {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String, limit: Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: "cannot read file (\(SourceWalker.describe(errno: errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw Failure(description: "cannot read file (\(SourceWalker.describe(errno: errno)))")
        }
        let size = Int(info.st_size)
        if size > limit {
            throw Failure(description: RejectionReason.tooLarge(bytes: size, limit: limit).description)
        }
        // Read to end rather than trusting st_size: the file may grow or shrink meanwhile.
        var data = Data(count: size + 1)
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= limit else {
                    throw Failure(description: RejectionReason.tooLarge(bytes: data.count, limit: limit).description)
                }
                data.count += max(4096, data.count)
            }
            let got = data.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read file (\(SourceWalker.describe(errno: errno)))")
            }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }
}
