import XCTest
import Facts
@testable import Store

/// Bulk writes copy the write-ahead log into the file on a thread of their own; the log must
/// still start over (stay bounded) and the file stay whole.
final class BackgroundCheckpointTests: XCTestCase {
    func testLogIsCopiedBesideTheWriterAndStaysBounded() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("kb.db")
        var store: KnowledgeStore? = try KnowledgeStore(path: path)
        try store!.configureForBulkWrites()
        store!.checkpointFrames = 32   // 128 KiB of log instead of 32 MiB
        let paragraph = String(repeating: "临江市召开智能装备产业推进会，全市签约项目二十个。", count: 60)
        var largestLog = 0
        for batch in 0..<40 {
            try store!.inBatch {
                for index in 0..<4 {
                    try store!.store(article("b\(batch)-\(index).txt", text: "第\(batch)批第\(index)篇。" + paragraph),
                                     ArticleFacts())
                }
            }
            let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            largestLog = max(largestLog, log ?? 0)
        }
        XCTAssertGreaterThan(store!.backgroundCheckpoints, 3, "checkpoints ran on the background thread")
        // Each batch writes about 100 pages; without restarts the log would hold all 40 batches.
        let pageSize = try store!.count("PRAGMA page_size")
        XCTAssertLessThan(largestLog, 40 * 100 * pageSize / 4, "the log started over")
        XCTAssertEqual(try store!.strings("PRAGMA integrity_check"), ["ok"])
        store = nil
        // Closed: the last connection copied the rest and removed the log.
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
        let reopened = try KnowledgeStore(path: path, readOnly: true)
        XCTAssertEqual(try reopened.count("SELECT count(*) FROM articles"), 160)
        XCTAssertEqual(try reopened.count("SELECT count(*) FROM article_search WHERE article_search MATCH '第39批'"), 4)
    }
}
