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

    /// Files read ahead of the writer: bounds memory to a few files per job on any folder size.
    public var queueDepth: Int { max(2, jobs * 4) }

    public init(inputs: [String], databasePath: String, prune: Bool = false,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                lockTimeout: TimeInterval = 5, maxFileBytes: Int = ImportOptions.defaultMaxFileBytes) {
        self.inputs = inputs
        self.databasePath = databasePath
        self.prune = prune
        self.jobs = max(1, jobs)
        self.lockTimeout = lockTimeout
        self.maxFileBytes = maxFileBytes
    }

    /// The normalizer's limit, so a file is refused by the same rule whether or not it was read.
    public static let defaultMaxFileBytes = Normalizer.defaultMaxBytes
}
