import Foundation

/// Keeps a second importer off a database while one is running.
///
/// SQLite's own locks last one transaction, and the importer commits article by article, so two
/// importers would interleave their writes. This holds an exclusive `flock` on the database file
/// for the whole run instead. On Linux `flock` locks are independent of the `fcntl` locks SQLite
/// takes, so readers are unaffected; the kernel drops the lock when the process dies, so a killed
/// importer never leaves a stale lock behind.
///
/// Invariant: the descriptor stays open until `release()`, which must come after the store's
/// connection is closed, because closing any descriptor of a file drops every `fcntl` lock the
/// process holds on it, SQLite's included.
final class ImporterLock {
    private var descriptor: Int32

    /// Polls for the lock every 50 ms up to `timeout`, like SQLite's busy timeout.
    /// - Throws: `ImportFailure.busy` when another process still holds it, `.cannotOpen` when the
    ///   file cannot be opened.
    init(databasePath: String, timeout: TimeInterval) throws {
        descriptor = open(databasePath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ImportFailure.cannotOpen(database: databasePath,
                                           reason: SourceWalker.describe(errno: errno))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw ImportFailure.busy(database: databasePath, waitedSeconds: timeout)
            }
            usleep(50_000)
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
