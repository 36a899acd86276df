import Foundation

/// Where one run's time went, per stage of the pipeline, so a slow import says which side
/// to make cheaper: preparing (workers) or writing (the one writer thread).
///
/// The pipeline overlaps when the writer seldom waits for work and the producer seldom waits
/// for the writer: `writerWaitSeconds` large means preparing is the bottleneck,
/// `queueFullSeconds` large means writing is.
public struct StageTimes: Equatable, Sendable {
    /// Thread CPU of read + hash + normalize + extract, summed over the worker threads.
    public var prepareCPUSeconds = 0.0
    /// Thread CPU of the writer thread while writing (SQLite, and the glue around it).
    public var writeCPUSeconds = 0.0
    /// Wall-clock time the writer spent waiting for the next article in walk order.
    public var writerWaitSeconds = 0.0
    /// Wall-clock time no new file could be handed to a worker because the queue held as
    /// many unwritten results as it may (the writer was behind).
    public var queueFullSeconds = 0.0
    /// Worker threads that prepared files.
    public var workers = 0

    public init() {}

    /// `prepare CPU 3.61 s (2 workers), write CPU 4.30 s; writer waited 0.52 s for work,
    /// queue full 0.20 s`
    public var summaryLine: String {
        String(format: "prepare CPU %.2f s (%d workers), write CPU %.2f s; writer waited %.2f s for work, queue full %.2f s",
               prepareCPUSeconds, workers, writeCPUSeconds, writerWaitSeconds, queueFullSeconds)
    }
}

/// Sums thread CPU reported from several worker threads.
final class CPUTally: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0.0

    func add(_ seconds: Double) {
        lock.lock()
        total += seconds
        lock.unlock()
    }

    var seconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}
