import XCTest
import Foundation
import Store
@testable import ImportKit

/// End to end on the five seed articles in `seeds/`: import, search, contract views, re-import.
final class SeedImportTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var seeds: URL { ImportHarness.packageRoot.appendingPathComponent("seeds") }
    private var seedNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { !$0.hasPrefix(".") }.sorted()) ?? []
    }

    override func setUpWithError() throws {
        folder = try TemporaryFolder("seed-import")
        XCTAssertEqual(seedNames.count, 5, "seeds/ holds the five seed articles")
    }

    func testSeedsImportSearchAndFillTheContractViews() throws {
        let database = folder.path("seeds.sqlite")
        let first = try ImportHarness.run([seeds.path], into: database)
        XCTAssertEqual(first.rejections.count, 0, "\(first.rejections)")
        XCTAssertEqual([first.result.counts.seen, first.result.counts.new], [5, 5])
        XCTAssertEqual(first.result.exitStatus, 0)

        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source FROM articles ORDER BY source"), seedNames)
        XCTAssertGreaterThanOrEqual(try ImportHarness.integer(database,
            "SELECT count(*) FROM article_search WHERE article_search MATCH '制造强国'"), 1)
        XCTAssertGreaterThanOrEqual(try ImportHarness.integer(database,
            "SELECT count(*) FROM articles WHERE instr(text, '宁波') > 0"), 1)

        let views = ["article_people", "article_organizations", "article_events", "article_targets", "article_projects"]
        var seedsInAnyView = Set<String>()
        for view in views {
            let sources = try ImportHarness.strings(database, "SELECT DISTINCT source FROM \(view)")
            XCTAssertFalse(sources.isEmpty, "\(view) has rows")
            seedsInAnyView.formUnion(sources)
        }
        XCTAssertEqual(seedsInAnyView, Set(seedNames), "every seed has facts in the contract views")
        for seed in seedNames {
            XCTAssertGreaterThan(try ImportHarness.integer(database,
                "SELECT count(*) FROM article_organizations WHERE source = '\(seed)'"), 0, "organizations of \(seed)")
        }
        XCTAssertEqual(try ImportHarness.strings(database, "PRAGMA integrity_check"), ["ok"])
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM pragma_foreign_key_check"), 0)
    }

    func testReimportIsUnchangedAndAChangedSeedIsReimportedAlone() throws {
        let copy = folder.url.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: seeds, to: copy)
        let database = folder.path("seeds.sqlite")
        _ = try ImportHarness.run([copy.path], into: database)
        let before = try ImportHarness.tableCounts(database)

        let again = try ImportHarness.run([copy.path], into: database)
        XCTAssertEqual([again.result.counts.unchanged, again.result.counts.written, again.result.counts.rejected], [5, 0, 0])
        XCTAssertEqual(try ImportHarness.tableCounts(database), before)

        let changed = copy.appendingPathComponent(seedNames[1])
        var bytes = try Data(contentsOf: changed)
        bytes.append(Data("\n会议强调，要加快推进新型工业化，到2030年全市规模以上工业增加值年均增长6%。\n".utf8))
        try bytes.write(to: changed)
        let third = try ImportHarness.run([copy.path], into: database)
        XCTAssertEqual([third.result.counts.changed, third.result.counts.unchanged], [1, 4])
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source FROM articles WHERE changed_run = 3"), [seedNames[1]])
        XCTAssertEqual(try ImportHarness.integer(database, "SELECT count(*) FROM articles"), 5)
    }
}
