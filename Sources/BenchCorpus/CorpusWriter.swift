import Foundation

/// Writes a generated corpus: the article files, a thousand to a folder, and `.manifest.tsv`
/// (one row per article: path, shape, form, masked, encoding, bytes), hidden so that
/// `importer out/ db.sqlite` imports the articles and only them.
struct CorpusWriter {
    struct Summary {
        var articles: Int
        var bytes: Int
        var regenerated: Int
    }

    let generator: CorpusGenerator
    let root: URL

    func write(articles count: Int, progress: ((Int) -> Void)? = nil) throws -> Summary {
        let manager = FileManager.default
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        let folders = (count + CorpusGenerator.articlesPerFolder - 1) / CorpusGenerator.articlesPerFolder
        var articles = [CorpusGenerator.GeneratedArticle?](repeating: nil, count: count)
        let failure = FailureBox()
        // Folders are independent: generate them on every core, each worker filling its own slots.
        articles.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: folders) { folder in
                let range = folder * CorpusGenerator.articlesPerFolder..<min(count, (folder + 1) * CorpusGenerator.articlesPerFolder)
                for index in range {
                    slots[index] = generator.article(index)
                }
                progress?(range.count)
            }
        }
        // Every article must be unique: re-draw (deterministically) any exact duplicate.
        var seen = Set<UInt64>()
        var regenerated = 0
        for index in 0..<count {
            var attempt = 0
            while !seen.insert(Self.fingerprint(articles[index]!.file.bytes)).inserted {
                attempt += 1
                regenerated += 1
                articles[index] = generator.article(index, attempt: attempt)
            }
        }
        DispatchQueue.concurrentPerform(iterations: folders) { folder in
            let range = folder * CorpusGenerator.articlesPerFolder..<min(count, (folder + 1) * CorpusGenerator.articlesPerFolder)
            do {
                if let first = articles[range.lowerBound] {
                    let directory = root.appendingPathComponent(first.path).deletingLastPathComponent()
                    try manager.createDirectory(at: directory, withIntermediateDirectories: true)
                }
                for index in range {
                    let article = articles[index]!
                    let url = root.appendingPathComponent(article.path)
                    do { try article.file.bytes.write(to: url) } catch {
                        throw CorpusError.write(path: url.path, reason: error.localizedDescription)
                    }
                }
            } catch { failure.record(error) }
        }
        if let error = failure.error { throw error }

        var manifest = "# path\tshape\tform\tmasked\tencoding\tbytes\n"
        var total = 0
        for article in articles.lazy.map({ $0! }) {
            total += article.file.bytes.count
            manifest += "\(article.path)\t\(article.shape.rawValue)\t\(article.file.form.rawValue)\t\(article.file.masked ? 1 : 0)\t\(article.file.encoding)\t\(article.file.bytes.count)\n"
        }
        let manifestURL = root.appendingPathComponent(".manifest.tsv")
        do { try Data(manifest.utf8).write(to: manifestURL) } catch {
            throw CorpusError.write(path: manifestURL.path, reason: error.localizedDescription)
        }
        return Summary(articles: count, bytes: total, regenerated: regenerated)
    }

    /// FNV-1a, 64 bits: a stable fingerprint (Swift's Hasher is seeded per process).
    static func fingerprint(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01B3
        }
        return hash
    }
}

enum CorpusError: Error, CustomStringConvertible {
    case write(path: String, reason: String)

    var description: String {
        switch self {
        case .write(let path, let reason): return "\(path): cannot write (\(reason))"
        }
    }
}

/// First error from concurrent workers.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: Error?

    func record(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }
}
