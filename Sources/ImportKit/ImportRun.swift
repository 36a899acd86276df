import Foundation
import Facts
import Extraction
import Store

/// One importer run: walks the inputs, prepares files on worker threads and writes them from
/// the calling thread, which alone owns the database connection.
///
/// Each article is written with all its facts in one transaction (`replaceArticle`), so a crash,
/// a kill or an interruption at any moment leaves every article fully present or absent.
public final class ImportRun {
    public let options: ImportOptions
    /// Called on the writer thread, in walk order, for each rejected file: (path, reason).
    public var onRejection: (String, String) -> Void = { path, reason in
        FileHandle.standardError.write(Data("importer: \(path): \(reason)\n".utf8))
    }
    private let progress: ProgressLine

    /// Where the last `run()` spent its time; set when it returns or throws.
    public private(set) var stageTimes = StageTimes()
    /// The writer's statements by time, when `options.profileStatements` asked for them.
    public private(set) var statementTimes: StatementTimes?

    private let stateLock = NSLock()
    private var interruptSignal: Int32?
    private var activePipeline: OrderedPipeline<WalkEntry, FileOutcome>?

    public init(options: ImportOptions, showProgress: Bool = isatty(STDERR_FILENO) == 1) {
        self.options = options
        self.progress = ProgressLine(enabled: showProgress)
    }

    /// Asks the run to stop after the article being written. Safe from any thread, any time.
    public func interrupt(signal: Int32) {
        stateLock.lock()
        if interruptSignal == nil { interruptSignal = signal }
        let pipeline = activePipeline
        stateLock.unlock()
        pipeline?.cancel()
    }

    private var receivedSignal: Int32? {
        stateLock.lock()
        defer { stateLock.unlock() }
        return interruptSignal
    }

    /// - Throws: `ImportFailure` when the database cannot be opened, is held by another
    ///   importer, or a write fails. Rejected files never throw.
    public func run() throws -> ImportResult {
        let started = Date()
        let databasePath = options.databasePath
        var store: KnowledgeStore?
        do {
            store = try KnowledgeStore(path: databasePath, readOnly: false, busyTimeout: options.lockTimeout)
        } catch let error as StoreError {
            throw ImportFailure.refused(error)
        } catch {
            throw ImportFailure.cannotOpen(database: databasePath, reason: Self.reason(error))
        }
        let lock: ImporterLock
        do {
            lock = try ImporterLock(databasePath: databasePath, timeout: options.lockTimeout)
        } catch {
            store = nil
            throw error
        }
        // The connection must close before the lock's descriptor does (see ImporterLock).
        defer {
            store = nil
            lock.release()
        }
        var counts = ImportCounts()
        let runID: Int64
        let stored: [String: KnowledgeStore.StoredArticle]
        do {
            try store!.configureForBulkWrites()
            if options.profileStatements { statementTimes = store!.recordStatementTimes() }
            runID = try store!.beginRun()
            stored = try store!.sources()
        } catch {
            throw ImportFailure.cannotWrite(database: databasePath, reason: Self.reason(error), articlesWritten: 0)
        }

        let preparer = ArticlePreparer(stored: stored, maxFileBytes: options.maxFileBytes, rehash: options.rehash)
        let prepareCPU = CPUTally()
        let pipeline = OrderedPipeline<WalkEntry, FileOutcome>(
            jobs: options.jobs, capacity: options.queueDepth, weightBudget: options.queueBytes,
            weight: { outcome in if case .prepared(let prepared) = outcome { prepared.byteCount } else { 0 } },
            shortcut: { [self] entry in receivedSignal == nil ? preparer.unchangedByStatus(entry) : nil }
        ) { [self] entry in
            guard receivedSignal == nil else { return .skipped }
            // Workers yield to the writer (ThreadPriority.swift); a syscall per file, ~1 µs.
            ThreadPriority.lowerCallingThread(to: ThreadPriority.worker)
            let cpuStarted = ThreadCPUClock.now()
            defer { prepareCPU.add(ThreadCPUClock.now() - cpuStarted) }
            return preparer.prepare(entry)
        }
        stateLock.lock()
        activePipeline = pipeline
        let alreadyInterrupted = interruptSignal != nil
        stateLock.unlock()
        if alreadyInterrupted { pipeline.cancel() }

        // Written by the walk thread only; read here after `waitUntilIdle`.
        let walked = WalkedSources()
        // The store is open, so its -wal and -shm files exist by now.
        let databaseFiles = ["", "-wal", "-shm", "-journal"].compactMap { FileIdentity(path: databasePath + $0) }
        let walker = SourceWalker(roots: options.inputs, excluding: Set(databaseFiles))
        pipeline.start { submit in
            walker.walk { entry in
                submit(walked.admit(entry))
            }
            walked.completed = !pipeline.isCancelled
        }

        let writeCPUStarted = ThreadCPUClock.now()
        defer {
            var times = StageTimes()
            times.workers = options.jobs
            times.prepareCPUSeconds = prepareCPU.seconds
            times.writeCPUSeconds = ThreadCPUClock.now() - writeCPUStarted
            let waiting = pipeline.waitingSeconds
            times.writerWaitSeconds = waiting.consumerWaiting
            times.queueFullSeconds = waiting.producerBlocked
            stageTimes = times
        }
        do {
            try write(pipeline, into: store!, run: runID, counts: &counts)
        } catch {
            pipeline.cancel()
            pipeline.waitUntilIdle()
            progress.clear()
            throw ImportFailure.cannotWrite(database: databasePath, reason: Self.reason(error),
                                            articlesWritten: counts.written)
        }
        pipeline.waitUntilIdle()
        progress.clear()

        let interrupted = receivedSignal
        do {
            // Pruning needs the full list of files: never after an interrupted walk.
            if options.prune, interrupted == nil, walked.completed {
                for source in stored.keys.sorted() where !walked.sources.contains(source) {
                    try store!.removeArticle(source: source)
                    counts.pruned += 1
                }
            }
            if counts.pruned > 0 { try store!.removeOrphans() }
            counts.seconds = Date().timeIntervalSince(started)
            try store!.finishRun(runID, counts: counts.runCounts, finished: interrupted == nil)
        } catch {
            throw ImportFailure.cannotWrite(database: databasePath, reason: Self.reason(error),
                                            articlesWritten: counts.written)
        }
        return ImportResult(counts: counts, interruptedBy: interrupted)
    }

    /// The writer loop: takes outcomes in walk order and writes them in batches, each batch one
    /// transaction, so a batch is fully present or absent. Counts change only when a batch commits.
    ///
    /// A batch is first written without a savepoint per article (a fifth less work for the
    /// writer). When an article's facts break a rule of the schema, that first attempt rolls back
    /// whole and the batch is written again from the outcomes it kept, each article in a
    /// savepoint: the failing article alone is rejected, the others are stored.
    private func write(_ pipeline: OrderedPipeline<WalkEntry, FileOutcome>, into store: KnowledgeStore,
                       run runID: Int64, counts: inout ImportCounts) throws {
        var walkFinished = false
        var batch: [FileOutcome] = []
        batch.reserveCapacity(options.batchArticles)
        // Rejections already reported to `onRejection`, so a replayed batch does not repeat them.
        var reported = Set<String>()
        while !walkFinished && receivedSignal == nil {
            batch.removeAll(keepingCapacity: true)
            reported.removeAll(keepingCapacity: true)
            var batchCounts = counts
            do {
                try store.inBatch(savepointPerWrite: false) {
                    let opened = Date()
                    var written = 0
                    while written < options.batchArticles && Date().timeIntervalSince(opened) < options.batchSeconds {
                        guard let outcome = pipeline.next() else {
                            walkFinished = true
                            return
                        }
                        batch.append(outcome)
                        if try write(outcome, into: store, run: runID, counts: &batchCounts,
                                     isolated: false, reported: &reported) { written += 1 }
                    }
                }
            } catch is BatchNeedsSavepoints {
                batchCounts = counts
                try store.inBatch(savepointPerWrite: true) {
                    for outcome in batch {
                        _ = try write(outcome, into: store, run: runID, counts: &batchCounts,
                                  isolated: true, reported: &reported)
                    }
                }
            }
            counts = batchCounts
        }
    }

    /// Thrown out of a batch written without savepoints when one article cannot be stored.
    private struct BatchNeedsSavepoints: Error {}

    /// Writes one outcome; true when it wrote an article. `isolated`: each write is a savepoint
    /// of its own, so an article the schema refuses is rejected and the batch goes on; otherwise
    /// such an article ends the batch (`BatchNeedsSavepoints`).
    private func write(_ outcome: FileOutcome, into store: KnowledgeStore, run runID: Int64,
                       counts: inout ImportCounts, isolated: Bool, reported: inout Set<String>) throws -> Bool {
        switch outcome {
        case .skipped:
            return false
        case .unchanged(let source, let fileModified):
            counts.seen += 1
            counts.unchanged += 1
            if let fileModified { try store.recordFileModified(source: source, modifiedNanoseconds: fileModified) }
            progress.update(counts, current: source)
            return false
        case .rejected(let path, let source, let reason):
            counts.seen += 1
            try reject(path: path, source: source, reason: reason, in: store, run: runID, counts: &counts,
                       reported: &reported)
            return false
        case .prepared(let prepared):
            counts.seen += 1
            let source = prepared.article.source
            do {
                try store.replaceArticle(prepared.article, contentHash: prepared.contentHash,
                                         byteCount: prepared.byteCount, extractorVersion: ArticleExtractor.version,
                                         facts: prepared.facts, run: runID, fileModified: prepared.fileModified)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT
                || error.resultCode == .SQLITE_TOOBIG {
                // The facts of this one file broke a rule of the schema: a defect of extraction,
                // not of the database. Its savepoint rolled back; the batch goes on.
                guard isolated else { throw BatchNeedsSavepoints() }
                try reject(path: prepared.path, source: source, reason: "cannot store its facts (\(error))",
                           in: store, run: runID, counts: &counts, reported: &reported)
                return false
            }
            if prepared.isNew { counts.new += 1 } else { counts.changed += 1 }
            counts.add(prepared.facts)
            progress.update(counts, current: source)
            return true
        }
    }

    private func reject(path: String, source: String, reason: String, in store: KnowledgeStore,
                        run runID: Int64, counts: inout ImportCounts, reported: inout Set<String>) throws {
        counts.rejected += 1
        if reported.insert(path).inserted {
            progress.clear()
            onRejection(path, reason)
        }
        try store.recordRejection(run: runID, source: source, reason: reason)
    }

    /// The sentence of an error, without the layers around it.
    static func reason(_ error: Error) -> String {
        if let failure = error as? ImportFailure { return failure.description }
        return String(describing: error)
    }
}

/// The sources the walk has handed out, so a file reached twice (through two inputs or a link)
/// is rejected the second time instead of overwriting the first, and `--prune` knows what exists.
final class WalkedSources {
    private(set) var sources = Set<String>()
    /// True when the walk went through every input without being cancelled.
    var completed = false

    func admit(_ entry: WalkEntry) -> WalkEntry {
        switch entry {
        case .file(let path, let source), .skipped(let path, let source, _):
            if sources.insert(source).inserted { return entry }
            return .skipped(path: path, source: source,
                            reason: "another file already has the source name \"\(source)\" in this run")
        }
    }
}
