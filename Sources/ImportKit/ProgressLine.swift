import Foundation

/// The progress line on stderr: shown only when stderr is a terminal, redrawn at most five
/// times a second, erased before the summary and before any rejection line, so logs and pipes
/// never see it.
final class ProgressLine {
    private let enabled: Bool
    private let output: (String) -> Void
    private var lastDrawn = Date.distantPast
    private var visible = false

    init(enabled: Bool = isatty(STDERR_FILENO) == 1,
         output: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.enabled = enabled
        self.output = output
    }

    func update(_ counts: ImportCounts, current source: String, now: Date = Date()) {
        guard enabled, now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let line = "importing: \(counts.seen) seen, \(counts.new) new, \(counts.changed) changed, "
            + "\(counts.unchanged) unchanged, \(counts.rejected) rejected — \(source)"
        // \r returns to column 0, ESC[K clears what a longer previous line left.
        output("\r" + line + "\u{1B}[K")
        visible = true
    }

    func clear() {
        guard visible else { return }
        output("\r\u{1B}[K")
        visible = false
    }
}
