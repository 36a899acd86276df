import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The scheduling priority of the calling thread.
///
/// The importer's one writer is its bottleneck: preparing an article costs about half of what
/// writing it does. With as many workers as cores, the workers and the writer share the cores
/// and the writer waits, runnable, for a quarter of its time (measured with
/// /proc/<pid>/task/<tid>/schedstat on 2 cores). Workers run at a lower priority instead, so
/// the writer gets a core whenever it can work and the workers take the rest.
enum ThreadPriority {
    /// The nice value workers run at (0 is normal, 19 the lowest): at 10 a thread gets about a
    /// tenth of a core that a normal thread also wants. Lowering needs no privilege.
    static let worker: Int32 = 10

    /// Lowers the calling thread to `nice` (never raises it: that would need privilege).
    /// Linux gives each thread its own nice value; elsewhere this does nothing.
    static func lowerCallingThread(to nice: Int32) {
        #if os(Linux)
        // On Linux "process" 0 is the calling thread (nice is a per-thread attribute there).
        errno = 0
        let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        guard errno == 0, current < nice else { return }
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
        #endif
    }
}
