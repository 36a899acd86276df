import XCTest
@testable import ImportKit

/// The run reports where its time went, per stage, for `importer --verbose` and the bench.
final class StageTimesTests: XCTestCase {
    func testRunReportsCPUOfBothStagesAndItsWorkers() throws {
        let folder = try TemporaryFolder("stages")
        for index in 0..<6 {
            try folder.write("in/article-\(index).txt", SampleArticle.text(index, variant: 0))
        }
        let run = ImportRun(options: ImportOptions(inputs: [folder.path("in")], databasePath: folder.path("kb.sqlite"), jobs: 2),
                            showProgress: false)
        let result = try run.run()
        XCTAssertEqual(result.counts.new, 6)
        let times = run.stageTimes
        XCTAssertEqual(times.workers, 2)
        XCTAssertGreaterThan(times.prepareCPUSeconds, 0)
        XCTAssertGreaterThan(times.writeCPUSeconds, 0)
        XCTAssertGreaterThanOrEqual(times.writerWaitSeconds, 0)
        XCTAssertGreaterThanOrEqual(times.queueFullSeconds, 0)
        XCTAssert(times.summaryLine.hasPrefix("prepare CPU "), times.summaryLine)
    }
}
