import Foundation
import Normalization

/// What one importer run is asked to do.
public struct ImportOptions: Sendable {
    /// Folders and files to import, as the user gave them.
    public var inputs: [String]
    /// The SQLite file; created when missing.
    public var databasePath: String
    /// Remove articles whose files were not seen in this run (only after a complete walk).
    public var prune: Bool
    /// Threads that read, normalize and extract in parallel with the one writer.
    public var jobs: Int
    /// How long to wait for another importer that holds the database before giving up.
    public var lockTimeout: TimeInterval
    /// Files larger than this are rejected from their size alone, without reading them.
    public var maxFileBytes: Int
    /// Read and hash every file, even those whose size and modification time say they are
    /// unchanged (for files rewritten by tools that restore the old time).
    public var rehash = false
    /// Time each statement of the writer (`ImportRun.statementTimes`), for profiling.
    public var profileStatements = false

    /// Articles per transaction. Each commit rewrites the b-tree pages the batch touched (the
    /// same interior and index pages again and again) and flushes the full-text index's pending
    /// terms as one more segment, so fewer, larger batches write less. An interruption does not
    /// wait for a batch to fill: it cancels the pipeline and the batch commits what it holds.
    /// A kill loses at most the open batch, never part of an article.
    public var batchArticles: Int
    /// ... or this much wall-clock time, so readers see progress and a kill loses little work.
    public var batchSeconds: TimeInterval

    /// Files prepared ahead of the writer. The writer indexes a batch's text in one statement
    /// as the batch ends (about half its time goes there) and takes no article meanwhile; the
    /// workers go on preparing, and need room for what they prepare then, or the writer waits
    /// for them once it goes back to writing facts. 10,000 corpus articles: the writer waited
    /// 2.2-3.8 s with 8, 0.8 s with 64 and 0.1 s with 128 (import 17.4 -> 14.7 s).
    public var queueDepth: Int { max(2, jobs * 4, batchArticles / 2) }
    /// ... and at most this many bytes of files prepared ahead, so a run of large files waits
    /// instead of holding `queueDepth` of them: memory does not depend on the folder.
    public var queueBytes = 16 * 1024 * 1024

    public init(inputs: [String], databasePath: String, prune: Bool = false,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                lockTimeout: TimeInterval = 5, maxFileBytes: Int = ImportOptions.defaultMaxFileBytes,
                batchArticles: Int = 256, batchSeconds: TimeInterval = 1.0) {
        self.inputs = inputs
        self.databasePath = databasePath
        self.prune = prune
        self.jobs = max(1, jobs)
        self.lockTimeout = lockTimeout
        self.maxFileBytes = maxFileBytes
        self.batchArticles = max(1, batchArticles)
        self.batchSeconds = batchSeconds
    }

    /// The normalizer's limit, so a file is refused by the same rule whether or not it was read.
    public static let defaultMaxFileBytes = Normalizer.defaultMaxBytes
}
