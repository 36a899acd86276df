@testable import Bench
import Foundation
import XCTest

final class BenchMeasurementTests: XCTestCase {
    func testNearestRankPercentiles() {
        let stats = LatencyStats(milliseconds: (1...100).map(Double.init).reversed())
        XCTAssertEqual(stats.p50, 50)
        XCTAssertEqual(stats.p95, 95)
        XCTAssertEqual(stats.max, 100)
        XCTAssertEqual(LatencyStats(milliseconds: [7]).p95, 7)
    }

    func testPeakMemoryIsReported() {
        XCTAssertGreaterThan(ProcessUsage.currentProcessKiB(), 1000)
    }

    func testWorkingCopyChangesFilesWithoutTouchingTheCorpus() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("bench-wc-\(getpid())")
        defer { try? FileManager.default.removeItem(at: base) }
        let corpus = base.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("000"), withIntermediateDirectories: true)
        for i in 0..<5 { try Data("文章\(i)".utf8).write(to: corpus.appendingPathComponent("000/a\(i).txt")) }
        try Data("# manifest".utf8).write(to: corpus.appendingPathComponent(".manifest.tsv"))

        let copy = try WorkingCopy.make(from: corpus, count: 3, at: base.appendingPathComponent("work"))
        XCTAssertEqual(try WorkingCopy.articlePaths(in: copy.root), ["000/a0.txt", "000/a1.txt", "000/a2.txt"])
        XCTAssertEqual(try copy.changeEvery(2), 2)
        let changed = try String(contentsOf: copy.root.appendingPathComponent("000/a0.txt"), encoding: .utf8)
        XCTAssert(changed.hasPrefix("文章0") && changed.count > 3)
        XCTAssertEqual(try String(contentsOf: corpus.appendingPathComponent("000/a0.txt"), encoding: .utf8), "文章0")
        XCTAssertThrowsError(try WorkingCopy.make(from: corpus, count: 9, at: base.appendingPathComponent("w2")))
    }

    func testFloorStoresEveryFileAndDecodesGB18030() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("bench-floor-\(getpid())")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(at: base.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Data("工业和信息化部副部长出席会议。".utf8).write(to: base.appendingPathComponent("in/a.txt"))
        try XCTUnwrap("河北省制造业发展规划出台。".data(using: Phases.gb18030)).write(to: base.appendingPathComponent("in/b.txt"))
        let result = try Phases.floor(root: base.appendingPathComponent("in").path, databasePath: base.appendingPathComponent("f.sqlite").path)
        XCTAssertEqual(result.articlesWritten, 2)
        XCTAssertGreaterThan(result.inputBytes, 40)
        XCTAssertGreaterThan(result.seconds, 0)
    }
}
