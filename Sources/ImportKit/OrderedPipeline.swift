import Foundation
import Dispatch

/// Runs `work` on up to `jobs` threads over items a producer streams in, and hands the results
/// to one consumer in the order the items were produced.
///
/// Invariant: the producer submits an item only while fewer than `capacity` items are produced
/// but not yet consumed and the finished results waiting for the consumer weigh less than
/// `weightBudget` (by `weight`), so a slow consumer or a run of large items (big files) stalls
/// the producer instead of letting results pile up: memory stays flat however many items the
/// producer has (at most the budget plus `jobs` items in work). The consumer is whichever
/// thread calls `next()`; the importer uses it as the one writer that owns the database
/// connection.
final class OrderedPipeline<Input, Output> {
    private let condition = NSCondition()
    private let capacity: Int
    private let workerSlots: DispatchSemaphore
    private let workers = DispatchQueue(label: "importer.workers", attributes: .concurrent)
    private let running = DispatchGroup()
    private let work: (Input) -> Output
    /// Run on the producer's thread first: a result it gives needs no worker (no hand-off
    /// between threads, a few microseconds per item when items are many and trivial).
    private let shortcut: (Input) -> Output?
    private let weight: (Output) -> Int
    private let weightBudget: Int

    // Guarded by `condition`.
    private var results: [Int: Output] = [:]
    private var produced = 0
    private var consumed = 0
    /// The summed `weight` of the finished results not yet consumed.
    private var waitingWeight = 0
    private var producerFinished = false
    private var cancelled = false
    /// Wall-clock seconds `submit` waited because `capacity` results were unconsumed.
    private var producerBlockedSeconds = 0.0
    /// Wall-clock seconds `next()` waited for the result it must return next.
    private var consumerWaitSeconds = 0.0

    init(jobs: Int, capacity: Int, weightBudget: Int = .max, weight: @escaping (Output) -> Int = { _ in 0 },
         shortcut: @escaping (Input) -> Output? = { _ in nil }, work: @escaping (Input) -> Output) {
        self.shortcut = shortcut
        self.capacity = max(1, capacity)
        self.workerSlots = DispatchSemaphore(value: max(1, jobs))
        self.weightBudget = max(1, weightBudget)
        self.weight = weight
        self.work = work
    }

    /// Whether the producer must wait before submitting; called with `condition` held.
    /// Never true when every produced item was consumed (the weight is then 0), so the
    /// producer cannot wait on results that the consumer waits for.
    private var isFull: Bool {
        produced - consumed >= capacity || waitingWeight >= weightBudget
    }

    /// Starts `produce` on its own thread. It calls the `submit` it is given for each item;
    /// `submit` blocks while the pipeline is full and returns false once it is cancelled,
    /// at which point `produce` should return.
    func start(_ produce: @escaping (_ submit: (Input) -> Bool) -> Void) {
        running.enter()
        let thread = Thread { [self] in
            produce { self.submit($0) }
            condition.lock()
            producerFinished = true
            condition.broadcast()
            condition.unlock()
            running.leave()
        }
        thread.name = "importer.walk"
        thread.start()
    }

    private func submit(_ item: Input) -> Bool {
        condition.lock()
        if isFull && !cancelled {
            let waitStarted = ThreadCPUClock.wallNow()
            while isFull && !cancelled {
                condition.wait()
            }
            producerBlockedSeconds += ThreadCPUClock.wallNow() - waitStarted
        }
        if cancelled {
            condition.unlock()
            return false
        }
        let sequence = produced
        produced += 1
        condition.unlock()

        if let output = shortcut(item) {
            condition.lock()
            results[sequence] = output
            waitingWeight += weight(output)
            condition.broadcast()
            condition.unlock()
            return true
        }
        workerSlots.wait()
        running.enter()
        workers.async { [self] in
            let output = work(item)
            let outputWeight = weight(output)
            workerSlots.signal()
            condition.lock()
            results[sequence] = output
            waitingWeight += outputWeight
            condition.broadcast()
            condition.unlock()
            running.leave()
        }
        return true
    }

    /// The next result in production order; nil when the producer is done and every result has
    /// been taken, or when the pipeline was cancelled.
    func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        var waitStarted: Double?
        defer { if let waitStarted { consumerWaitSeconds += ThreadCPUClock.wallNow() - waitStarted } }
        while true {
            if cancelled { return nil }
            if let output = results.removeValue(forKey: consumed) {
                consumed += 1
                waitingWeight -= weight(output)
                condition.broadcast()
                return output
            }
            if producerFinished && consumed == produced { return nil }
            if waitStarted == nil { waitStarted = ThreadCPUClock.wallNow() }
            condition.wait()
        }
    }

    /// The two waiting times so far: (producer blocked on a full queue, consumer waiting for work).
    var waitingSeconds: (producerBlocked: Double, consumerWaiting: Double) {
        condition.lock()
        defer { condition.unlock() }
        return (producerBlockedSeconds, consumerWaitSeconds)
    }

    /// Stops the producer at its next item and makes `next()` return nil. Safe from any thread.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Waits until the producer has returned and every started work item has finished.
    func waitUntilIdle() {
        running.wait()
    }
}
