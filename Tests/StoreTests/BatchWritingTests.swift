import XCTest
import Facts
@testable import Store

/// The batch path of the writer: the full-text index is filled once per batch, and names kept
/// in memory never outlive a rollback.
final class BatchWritingTests: XCTestCase {
    var directory: TemporaryDirectory!
    var store: KnowledgeStore!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
        store = try KnowledgeStore(path: directory.path("kb.db"))
    }

    override func tearDown() {
        store = nil
        directory = nil
    }

    /// FTS5's own consistency check of an external-content index against `articles`.
    private func assertSearchIndexIsConsistent(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNoThrow(try store.database.execute(sql: "INSERT INTO article_search(article_search) VALUES ('integrity-check')"),
                         file: file, line: line)
    }

    private func matches(_ term: String) throws -> Int {
        try store.count("SELECT count(*) FROM article_search WHERE article_search MATCH ?", [term])
    }

    func testBatchIndexesEachArticleOnceIncludingOneReplacedInsideIt() throws {
        try store.inBatch {
            try store.store(article("east.txt", text: "临江市召开智能装备产业推进会。"), ArticleFacts())
            try store.store(article("west.txt", text: "青山县举办生物医药合作洽谈会。"), ArticleFacts())
            // The same source again before the commit: its first version must leave the index whole.
            try store.store(article("east.txt", text: "临江市召开海洋经济发展大会。"), ArticleFacts())
        }
        assertSearchIndexIsConsistent()
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_search"), 2)
        XCTAssertEqual(try matches("海洋经济"), 1)
        XCTAssertEqual(try matches("智能装备"), 0, "the replaced version is gone from the index")
        XCTAssertEqual(try matches("生物医药"), 1)
    }

    func testRolledBackBatchLeavesNothingInTheIndex() throws {
        struct Stop: Error {}
        XCTAssertThrowsError(try store.inBatch {
            try store.store(article("north.txt", text: "北岭区发布新材料产业规划。"), ArticleFacts())
            throw Stop()
        })
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_search"), 0)
        try store.store(article("north.txt", text: "北岭区发布新材料产业规划。"), ArticleFacts())
        assertSearchIndexIsConsistent()
        XCTAssertEqual(try matches("新材料"), 1, "an article written outside a batch is indexed in its own transaction")
    }

    func testArticleWrittenAfterAFailedOneInTheSameBatchDoesNotReuseItsRolledBackPeople() throws {
        let person = Person(name: "罗文涛", evidence: evidence(0, 3))
        let place = Place(name: "临江", level: "市", province: "江南", evidence: evidence(4, 6))
        try store.inBatch {
            // Inserts the person and the place, then fails the schema's CHECK: its savepoint rolls back.
            var bad = article("bad.txt", text: "罗文涛在临江调研。")
            bad.script = "Latn"
            XCTAssertThrowsError(try store.store(bad, ArticleFacts(people: [person], places: [place])))
            try store.store(article("good.txt", text: "罗文涛在临江调研。"), ArticleFacts(people: [person], places: [place]))
        }
        XCTAssertEqual(try store.strings("SELECT person FROM article_people"), ["罗文涛"])
        XCTAssertEqual(try store.strings("SELECT name || level || province FROM places"), ["临江市江南"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM people"), 1)
    }

    func testPlaceSeenAgainInALaterArticleOfTheBatchGetsItsMissingLevel() throws {
        try store.inBatch {
            try store.store(article("a.txt", text: "东港的项目。"), ArticleFacts(places: [Place(name: "东港", evidence: evidence(0, 2))]))
            try store.store(article("b.txt", text: "东港市的项目。"),
                            ArticleFacts(places: [Place(name: "东港", level: "市", province: "海东", evidence: evidence(0, 2))]))
            try store.store(article("c.txt", text: "东港的会议。"), ArticleFacts(places: [Place(name: "东港", evidence: evidence(0, 2))]))
        }
        XCTAssertEqual(try store.strings("SELECT coalesce(level, '-') || coalesce(province, '-') FROM places"), ["市海东"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM place_mentions"), 3)
    }
}
