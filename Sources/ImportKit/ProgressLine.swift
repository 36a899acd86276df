import Foundation

/// The progress line on stderr: shown only when stderr is a terminal, redrawn at most five
/// times a second, erased before the summary so logs and pipes never see it.
final class ProgressLine {
    private let enabled: Bool
    private var lastDrawn = Date.distantPast
    private var visible = false

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    func update(_ counts: ImportCounts, current source: String) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let line = "importing: \(counts.seen) seen, \(counts.new) new, \(counts.changed) changed, "
            + "\(counts.unchanged) unchanged, \(counts.rejected) rejected — \(source)"
        // \r returns to column 0, ESC[K clears what a longer previous line left.
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        visible = true
    }

    func clear() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        visible = false
    }
}
