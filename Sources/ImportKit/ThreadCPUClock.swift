import Foundation

/// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID): what one stage of the pipeline
/// costs, independent of how busy the other threads or processes on the machine are.
enum ThreadCPUClock {
    /// Seconds of CPU the calling thread has used since it started.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// Monotonic wall-clock seconds, for the time a thread spends waiting.
    static func wallNow() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}
