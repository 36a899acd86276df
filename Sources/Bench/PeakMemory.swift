import Foundation

/// The peak resident set size of this process, from Linux's `/proc/self/status` (VmHWM),
/// falling back to `getrusage` (ru_maxrss, KiB on Linux) elsewhere.
enum PeakMemory {
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
}
