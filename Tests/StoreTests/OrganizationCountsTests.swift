import Foundation
import XCTest
import Facts
@testable import Store

/// organization_counts is kept up to date as articles are written (OrganizationCounts.add),
/// re-imported and removed (delete triggers), and as organizations are merged (recounted);
/// after every step it must equal the table computed from scratch from the fact tables, with
/// nothing left to recount.
final class OrganizationCountsTests: XCTestCase {
    /// An article dated `published` naming `organizations` (name and aliases) and `people`
    /// holding posts at organizations (nil: a post naming none).
    func write(_ store: KnowledgeStore, _ source: String, published: String?, step: Int,
               organizations: [(String, [String])], posts: [(String, String?)]) throws {
        var stored = article(source, text: "第\(step)篇：滨江市召开智能装备产业推进会，多家单位负责人出席。")
        stored.published = published
        let named = organizations.enumerated().map { index, organization in
            Organization(name: organization.0, aliases: organization.1, evidence: evidence(index, index + 2))
        }
        let people = posts.enumerated().map { index, post in
            Person(name: post.0, posts: [Post(title: (post.1 ?? "") + "主任", organization: post.1, position: "主任",
                                              evidence: evidence(20 + index, 24 + index))],
                   evidence: evidence(20 + index, 23 + index))
        }
        try store.store(stored, ArticleFacts(people: people, organizations: named))
    }

    /// The kept table and the recomputed one, as sorted "name:articles/people/first..last" lines.
    func keptAndRecounted(_ store: KnowledgeStore) throws -> ([String], [String]) {
        let listing = """
            SELECT o.name || ':' || c.articles || '/' || c.people || '/'
                   || coalesce(c.first_published, '-') || '..' || coalesce(c.last_published, '-')
            FROM organization_counts c JOIN organizations o ON o.id = c.organization_id
            ORDER BY 1
            """
        return try store.keptAndRecounted(listing) { try OrganizationCounts.recount(in: $0) }
    }

    func assertMatchesRecount(_ store: KnowledgeStore, file: StaticString = #filePath, line: UInt = #line) throws {
        let (kept, recounted) = try keptAndRecounted(store)
        XCTAssertEqual(kept, recounted, file: file, line: line)
        XCTAssertEqual(try store.count("SELECT count(*) FROM organization_counts_stale"), 0, file: file, line: line)
    }

    func testCountsFollowWritesReimportsAndRemovals() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        try write(store, "a.txt", published: "2022-03-01", step: 1,
                  organizations: [("滨江市经济和信息化局", ["滨江经信局"]), ("东湖实验室", [])],
                  posts: [("赵一鸣", "滨江市经济和信息化局"), ("钱二松", "滨江市经济和信息化局")])
        try write(store, "b.txt", published: "2023-07-15", step: 2,
                  organizations: [("滨江市经济和信息化局", [])],
                  posts: [("赵一鸣", "滨江市经济和信息化局"), ("孙三立", nil)])
        try write(store, "c.txt", published: nil, step: 3,
                  organizations: [("东湖实验室", [])], posts: [])
        // As expected by hand: 赵 counts once for the bureau however many posts; an undated
        // article counts but leaves the dates alone.
        XCTAssertEqual(try keptAndRecounted(store).0,
                       ["东湖实验室:2/0/2022-03-01..2022-03-01", "滨江市经济和信息化局:2/2/2022-03-01..2023-07-15"])
        try assertMatchesRecount(store)

        // Re-import of b.txt (the bureau's last date) with another date and people.
        try write(store, "b.txt", published: "2021-01-05", step: 4,
                  organizations: [("滨江市经济和信息化局", [])], posts: [("李四海", "滨江市经济和信息化局")])
        try assertMatchesRecount(store)
        XCTAssertEqual(try keptAndRecounted(store).0.last, "滨江市经济和信息化局:2/3/2021-01-05..2022-03-01")

        // Removal (prune) of a.txt: the bureau keeps b.txt's date and person; a row at zero goes.
        XCTAssertTrue(try store.removeArticle(source: "a.txt"))
        try assertMatchesRecount(store)
        XCTAssertEqual(try keptAndRecounted(store).0,
                       ["东湖实验室:1/0/-..-", "滨江市经济和信息化局:1/1/2021-01-05..2021-01-05"])
        XCTAssertTrue(try store.removeArticle(source: "b.txt"))
        XCTAssertTrue(try store.removeArticle(source: "c.txt"))
        XCTAssertEqual(try store.count("SELECT count(*) FROM organization_counts"), 0)
    }

    /// Many random articles, dates, posts, re-imports and removals, with organizations known
    /// by a short form before their full name (the resolver then renames or merges rows and
    /// re-points mentions and posts): the kept table equals the recount after every step.
    func testRandomHistoryMatchesRecount() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        let organizations: [(String, [String])] = [
            ("滨江市经济和信息化局", ["滨江经信局"]), ("滨江经信局", []), ("东湖实验室", []),
            ("云台县人民政府", ["云台县政府"]), ("云台县政府", []), ("北辰智能装备有限公司", ["北辰智能"]),
        ]
        let people = ["甲子明", "乙丑亮", "丙寅华", "丁卯强"]
        let dates: [String?] = [nil, "2020-02-02", "2021-06-30", "2022-11-11", "2024-01-01"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for step in 0..<80 {
            let source = "n\(next(8)).txt"
            if next(5) == 0 {
                try store.removeArticle(source: source)
            } else {
                let named = organizations.filter { _ in next(3) == 0 }
                let posts = people.filter { _ in next(2) == 0 }.map { person -> (String, String?) in
                    let choice = next(named.count + 1)
                    return (person, choice < named.count ? named[choice].0 : nil)
                }
                try write(store, source, published: dates[next(dates.count)], step: step,
                          organizations: named, posts: posts)
            }
            if next(10) == 0 { _ = try store.removeOrphans() }
            try assertMatchesRecount(store)
        }
        XCTAssertGreaterThan(try store.count("SELECT count(*) FROM organization_counts WHERE people > 0"), 0)
    }
}
