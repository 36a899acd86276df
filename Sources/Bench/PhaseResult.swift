/// What one measured phase did, as a child process reports it on stdout (one JSON line).
struct PhaseResult: Codable, Equatable {
    enum Phase: String, Codable, CaseIterable {
        /// Decoded text into a bare table with an FTS5 trigram index: the cost any import pays.
        case floor
        /// The product's import pipeline into a fresh database.
        case firstImport = "first-import"
        /// The same pipeline again over the same database and files.
        case reimport
    }

    var phase: Phase
    /// Wall-clock time.
    var seconds: Double
    /// User + system CPU time of the process over the phase, all threads: on a busy machine
    /// the steadier figure, and the one the import/floor ratio is also given in.
    var cpuSeconds: Double
    /// Articles written (new or changed) — for the floor, every file stored.
    var articlesWritten: Int
    var filesSeen: Int
    var unchanged: Int
    var rejected: Int
    /// Bytes of the input files read (re-imports count only files they re-read).
    var inputBytes: Int
    /// Facts written: people, posts, organizations, events, targets, projects.
    var facts: Int
    /// The process's peak resident set (VmHWM), KiB.
    var peakKiB: Int
    /// Imports only (0 for the floor): thread CPU of preparing files, summed over the workers,
    /// and of the writer thread; wall-clock time the writer waited for work and the workers
    /// went without work because the queue was full (see ImportKit.StageTimes).
    var prepareCPUSeconds = 0.0
    var writeCPUSeconds = 0.0
    var writerWaitSeconds = 0.0
    var queueFullSeconds = 0.0
}
