import Foundation
import XCTest
import Facts
@testable import Store

/// person_pairs is kept up to date as articles are written, re-imported and removed; after
/// every step it must equal the table computed from scratch from the fact tables.
final class PersonPairsTests: XCTestCase {
    /// An article naming `names`, with one event per entry of `events` (participant names and
    /// roles; a name may take several roles at one event).
    func facts(_ names: [String], events: [[(String, String)]] = []) -> ArticleFacts {
        let people = names.enumerated().map { index, name in Person(name: name, evidence: evidence(index * 4, index * 4 + 3)) }
        let happenings = events.enumerated().map { index, participants in
            Event(name: "第\(index + 1)届滨江智能装备论坛", kind: "论坛",
                  participants: participants.map { Participant(person: $0.0, role: $0.1, evidence: evidence(40, 44)) },
                  evidence: evidence(30, 39))
        }
        return ArticleFacts(people: people, events: happenings)
    }

    /// The kept table and the recomputed one, each as sorted "one-other:articles/events" lines.
    func keptAndRecounted(_ store: KnowledgeStore) throws -> ([String], [String]) {
        let listing = """
            SELECT p1.name || '-' || p2.name || ':' || pp.articles || '/' || pp.events
            FROM person_pairs pp JOIN people p1 ON p1.id = pp.one JOIN people p2 ON p2.id = pp.other
            ORDER BY 1
            """
        return try store.keptAndRecounted(listing) { try PersonPairs.recount(in: $0) }
    }

    func assertMatchesRecount(_ store: KnowledgeStore, file: StaticString = #filePath, line: UInt = #line) throws {
        let (kept, recounted) = try keptAndRecounted(store)
        XCTAssertEqual(kept, recounted, file: file, line: line)
    }

    func testPairsFollowWritesReimportsAndRemovals() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        let text = String(repeating: "滨江市召开智能装备产业推进会。", count: 4)

        try store.store(article("a.txt", text: text), facts(["赵一鸣", "钱二松", "孙三立"],
                                                            events: [[("赵一鸣", "出席"), ("赵一鸣", "致辞"), ("钱二松", "主持")]]))
        try store.store(article("b.txt", text: text + "b"), facts(["赵一鸣", "钱二松"],
                                                                  events: [[("赵一鸣", "出席"), ("钱二松", "出席")],
                                                                           [("钱二松", "致辞"), ("赵一鸣", "主持")]]))
        // Facts as expected by hand: two articles and three shared events for 赵/钱.
        XCTAssertEqual(try keptAndRecounted(store).0.sorted(),
                       ["赵一鸣-钱二松:2/3", "赵一鸣-孙三立:1/0", "钱二松-孙三立:1/0"].sorted())
        try assertMatchesRecount(store)

        // Re-import of a.txt with other facts: the old pairs are counted down, the new ones up.
        try store.store(article("a.txt", text: text + "改"), facts(["孙三立", "李四海"],
                                                                  events: [[("孙三立", "出席"), ("李四海", "出席")]]))
        try assertMatchesRecount(store)
        XCTAssertEqual(try store.count("SELECT articles FROM person_pairs pp JOIN people p ON p.id = pp.one OR p.id = pp.other WHERE p.name = '孙三立' AND pp.articles > 0 LIMIT 1"), 1)

        // Removal (prune) takes every pair of b.txt away; pairs at zero are dropped.
        XCTAssertTrue(try store.removeArticle(source: "b.txt"))
        try assertMatchesRecount(store)
        XCTAssertEqual(try store.count("SELECT count(*) FROM person_pairs"), 1)
        XCTAssertEqual(try store.count("SELECT count(*) FROM person_pairs WHERE articles = 0 AND events = 0"), 0)

        XCTAssertTrue(try store.removeArticle(source: "a.txt"))
        XCTAssertEqual(try store.count("SELECT count(*) FROM person_pairs"), 0)
    }

    /// A participant the article does not name as a person still counts as a shared event,
    /// as the coattendance query's from-scratch count did.
    func testParticipantsOutsideMentionsCountEventsOnly() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        try store.store(article("c.txt", text: "云台县举办文旅推介会。"),
                        facts(["周五福"], events: [[("周五福", "出席"), ("吴六顺", "致辞")]]))
        try assertMatchesRecount(store)
        XCTAssertEqual(try store.count("SELECT events FROM person_pairs"), 1)
        XCTAssertEqual(try store.count("SELECT articles FROM person_pairs"), 0)
    }

    /// Many random articles, re-imports and removals: the kept table equals the recount.
    func testRandomHistoryMatchesRecount() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        let names = ["甲子明", "乙丑亮", "丙寅华", "丁卯强", "戊辰飞", "己巳平"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for step in 0..<60 {
            let source = "n\(next(8)).txt"
            if next(5) == 0 {
                try store.removeArticle(source: source)
            } else {
                let people = names.filter { _ in next(2) == 0 }
                let attending = people.filter { _ in next(3) > 0 }.map { ($0, ["出席", "致辞"][next(2)]) }
                try store.store(article(source, text: "第\(step)篇：智能装备产业推进会。"),
                                facts(people, events: attending.isEmpty ? [] : [attending, Array(attending.prefix(2))]))
            }
            try assertMatchesRecount(store)
        }
    }
}
