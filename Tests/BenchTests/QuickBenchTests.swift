@testable import Bench
@testable import BenchCorpus
import Foundation
import XCTest

/// The benchmark end to end on a tiny generated corpus, in process: what `bench --quick` does.
final class QuickBenchTests: XCTestCase {
    func testBenchOnATinyCorpusMeasuresEveryPhaseAndQueries() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("bench-quick-\(getpid())")
        defer { try? FileManager.default.removeItem(at: base) }
        let corpus = base.appendingPathComponent("corpus")
        _ = try CorpusWriter(generator: CorpusGenerator(seed: 5, targetBytes: 3000), root: corpus).write(articles: 12)

        let runner = BenchRunner(corpus: corpus, sizes: [12], scratch: base.appendingPathComponent("scratch"),
                                 launcher: PhaseLauncher(inProcess: true), queryRepetitions: 2, log: { _ in })
        let outcome = try runner.run()
        let report = try XCTUnwrap(outcome.sizes.first)
        XCTAssertEqual(report.floor.articlesWritten, 12)
        XCTAssertEqual(report.firstImport.articlesWritten + report.firstImport.rejected, 12)
        XCTAssertGreaterThan(report.firstImport.facts, 0)
        XCTAssertEqual(report.unchangedReimport.articlesWritten, 0)
        XCTAssertEqual(report.unchangedReimport.unchanged + report.unchangedReimport.rejected, 12)
        XCTAssertEqual(report.changedFiles, 1)
        XCTAssertEqual(report.changedReimport.articlesWritten, 1)
        XCTAssertGreaterThan(report.databaseBytes, 0)
        XCTAssert(outcome.queries.contains { $0.label == "search q=2 chars" })
        XCTAssert(outcome.queries.contains { $0.label == "search q=3 chars" })
        XCTAssert(ReportTable.render(outcome, memoryPerPhase: false).contains("| 12 |"))
    }
}
