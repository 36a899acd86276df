import Foundation

/// Resource use of this process. The peak resident set size, from Linux's `/proc/self/status` (VmHWM),
/// falling back to `getrusage` (ru_maxrss, KiB on Linux) elsewhere.
enum ProcessUsage {
    static func currentProcessKiB() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kib = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) {
            return kib
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
    }

    /// User + system CPU seconds this process has used so far, all threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
