import Foundation

/// How a run ended, for the summary and the exit status.
public struct ImportResult: Equatable, Sendable {
    public var counts: ImportCounts
    /// SIGINT or SIGTERM when the run was interrupted, nil when it went through.
    public var interruptedBy: Int32?

    /// 0 all imported, 1 some files rejected, 128 + signal when interrupted (130, 143).
    /// Database failures never get here: they are thrown as `ImportFailure` (exit 2).
    public var exitStatus: Int32 {
        if let signal = interruptedBy { return InterruptSignals.exitStatus(for: signal) }
        return counts.rejected > 0 ? 1 : 0
    }

    public var interruptionMessage: String? {
        guard interruptedBy != nil else { return nil }
        return "interrupted after \(counts.written) articles; the database holds every article imported so far"
    }
}
