import Foundation
import Dispatch

/// Turns SIGINT and SIGTERM into a polite stop: the current transaction finishes, the run
/// stops, the importer reports how far it got. A second signal ends the process at once;
/// SQLite's journal still leaves the database as it was before the open transaction.
public final class InterruptSignals {
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "importer.signals")
    private var received = 0

    /// Exit status for a process stopped by `signal`: 128 + the signal number (130, 143).
    public static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }

    /// Installs the handlers; `stop` runs once, on a private queue, with the first signal.
    public init(_ signals: [Int32] = [SIGINT, SIGTERM], stop: @escaping (Int32) -> Void) {
        for number in signals {
            // Ignored at the C level so only the dispatch source sees it and the default
            // action (die at once, mid-transaction) never runs.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in
                received += 1
                if received == 1 {
                    stop(number)
                } else {
                    _exit(Self.exitStatus(for: number))
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        sources.forEach { $0.cancel() }
    }
}
