import Foundation

/// Copies the write-ahead log into the database file on a thread and connection of its own, so
/// the importer's one writer neither copies the pages nor waits for the disk to sync them.
///
/// SQLite starts the log over only when a writer begins a transaction with every frame already
/// copied, which never happens while a checkpoint runs beside a busy writer. So the writer
/// (`KnowledgeStore`) asks for a background checkpoint when the log is long, goes on writing,
/// and once it is done copies the few frames written meanwhile itself, between two batches: its
/// next batch then starts the log over, and the log stays bounded.
///
/// Invariant: at most one checkpoint runs at a time, on the checkpointer's own thread; `stop()`
/// waits for it and closes the connection, before the writer's connection closes (the last
/// connection to close checkpoints the rest and removes the log).
final class BackgroundCheckpointer {
    /// Released (closed) by the thread as it ends, before `stop()` returns.
    private var connection: Database?
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var requested = false
    private var running = false
    private var stopping = false
    private var finished = 0
    private var thread: Thread?

    init(path: String) throws {
        connection = try Database(path: path, mode: .readWrite, busyTimeout: 0, walJournal: false)
        let thread = Thread { [self] in loop() }
        thread.name = "store.checkpoint"
        self.thread = thread
        thread.start()
    }

    /// Checkpoints completed so far.
    var completedCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return finished
    }

    var isBusy: Bool {
        condition.lock()
        defer { condition.unlock() }
        return requested || running
    }

    /// Starts a checkpoint unless one is asked for or running; returns at once.
    func request() {
        condition.lock()
        if !requested && !running && !stopping {
            requested = true
            condition.broadcast()
        }
        condition.unlock()
    }

    /// Blocks until no checkpoint is asked for or running.
    func waitUntilIdle() {
        condition.lock()
        while requested || running { condition.wait() }
        condition.unlock()
    }

    /// Waits for a running checkpoint, ends the thread and closes the connection.
    func stop() {
        condition.lock()
        stopping = true
        requested = false
        condition.broadcast()
        while running || thread != nil { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        condition.lock()
        while true {
            while !requested && !stopping { condition.wait() }
            if stopping { break }
            requested = false
            running = true
            condition.unlock()
            // PASSIVE: copies what no reader still needs, never waits for the writer. A failure
            // (another checkpoint, an I/O error) only leaves the copying to the next one, the
            // writer's own or the one at close.
            try? connection?.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
            condition.lock()
            running = false
            finished += 1
            condition.broadcast()
        }
        connection = nil
        thread = nil
        condition.broadcast()
        condition.unlock()
    }
}
