@testable import Bench
import XCTest

final class ReportTableTests: XCTestCase {
    private func phase(_ phase: PhaseResult.Phase, seconds: Double, peak: Int = 40_000) -> PhaseResult {
        PhaseResult(phase: phase, seconds: seconds, cpuSeconds: seconds, articlesWritten: 1000, filesSeen: 1000,
                    unchanged: 0, rejected: 0, inputBytes: 10_000_000, facts: 30_000, peakKiB: peak)
    }

    private func size(_ articles: Int, importSeconds: Double, reimportSeconds: Double, peak: Int) -> SizeReport {
        SizeReport(articles: articles, floor: phase(.floor, seconds: 2), firstImport: phase(.firstImport, seconds: importSeconds, peak: peak),
                   unchangedReimport: phase(.reimport, seconds: reimportSeconds, peak: peak),
                   changedReimport: phase(.reimport, seconds: 0.5, peak: peak), changedFiles: 10, databaseBytes: 40_000_000)
    }

    func testTargetsPassAndFailOnTheirThresholds() {
        let outcome = BenchRunner.Outcome(
            sizes: [size(1000, importSeconds: 2.9, reimportSeconds: 0.05, peak: 40_000),
                    size(20000, importSeconds: 3.1, reimportSeconds: 0.07, peak: 90_000)],
            queries: [QueryBench.Timing(label: "person_posts (person)", stats: LatencyStats(milliseconds: [3, 4, 5]), meanRows: 2),
                      QueryBench.Timing(label: "search q=2 chars", stats: LatencyStats(milliseconds: [60, 70]), meanRows: 9)],
            queryDatabaseArticles: 20000)
        let checks = ReportTable.targetChecks(outcome, memoryPerPhase: true)
        XCTAssert(checks.contains { $0.hasPrefix("PASS  1000: import ≤ 1.5× floor") })
        XCTAssert(checks.contains { $0.hasPrefix("FAIL  20000: import ≤ 1.5× floor") })
        XCTAssert(checks.contains { $0.hasPrefix("PASS  1000: unchanged re-import ≥ 50×") })
        XCTAssert(checks.contains { $0.hasPrefix("FAIL  20000: unchanged re-import ≥ 50×") })
        XCTAssert(checks.contains { $0.hasPrefix("PASS  predefined query p50 < 10 ms") })
        XCTAssert(checks.contains { $0.hasPrefix("FAIL  search q=2 chars < 50 ms") })
        XCTAssert(checks.contains { $0.hasPrefix("FAIL  peak memory independent of corpus size") })
        let table = ReportTable.render(outcome, memoryPerPhase: true)
        XCTAssert(table.contains("| 20000 | 2.00 [2.00] | 3.10 [3.10] | 1.6× [1.6×] |"), table)
    }
}
