import XCTest
@testable import ImportKit

final class ProgressLineTests: XCTestCase {
    func testRedrawsAtMostFiveTimesASecondAndClearsOnce() {
        var written: [String] = []
        let progress = ProgressLine(enabled: true) { written.append($0) }
        var counts = ImportCounts()
        counts.seen = 12
        counts.new = 10
        counts.unchanged = 2
        let start = Date()
        progress.update(counts, current: "a/1.txt", now: start)
        progress.update(counts, current: "a/2.txt", now: start.addingTimeInterval(0.1))
        progress.update(counts, current: "a/3.txt", now: start.addingTimeInterval(0.3))
        XCTAssertEqual(written, [
            "\rimporting: 12 seen, 10 new, 0 changed, 2 unchanged, 0 rejected — a/1.txt\u{1B}[K",
            "\rimporting: 12 seen, 10 new, 0 changed, 2 unchanged, 0 rejected — a/3.txt\u{1B}[K",
        ])
        progress.clear()
        progress.clear()
        XCTAssertEqual(written.count, 3)
        XCTAssertEqual(written.last, "\r\u{1B}[K")
    }

    func testSilentWhenNotATerminal() {
        var written: [String] = []
        let progress = ProgressLine(enabled: false) { written.append($0) }
        progress.update(ImportCounts(), current: "x.txt")
        progress.clear()
        XCTAssertEqual(written, [])
    }
}
