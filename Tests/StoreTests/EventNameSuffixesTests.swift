import Foundation
import XCTest
import Facts
@testable import Store

/// event_name_suffixes (migration 4) holds every suffix of every event's name, kept by triggers
/// as events come and go, so event_people finds the events of a rare name by a range lookup.
final class EventNameSuffixesTests: XCTestCase {
    private func suffixes(_ store: KnowledgeStore) throws -> [String] {
        try store.strings("SELECT s.suffix || '/' || e.name FROM event_name_suffixes s JOIN events e ON e.id = s.event_id ORDER BY 1")
    }

    private func recomputed(_ store: KnowledgeStore) throws -> [String] {
        try store.strings("""
            SELECT DISTINCT substr(e.name, x.n) || '/' || e.name FROM events e JOIN name_positions x ON x.n <= length(e.name) ORDER BY 1
            """)
    }

    /// One article holding one event named `name` on `date`, with one participant.
    private func storeEvent(_ store: KnowledgeStore, source: String, name: String, date: String, person: String) throws {
        let text = "\(name)举行，\(person)出席。"
        try store.store(article(source, text: text), ArticleFacts(
            people: [Person(name: person, evidence: evidence(name.count + 3, name.count + 3 + person.count))],
            events: [Event(name: name, startDate: date,
                           participants: [Participant(person: person, role: "出席", evidence: evidence(0, 2))],
                           evidence: evidence(0, name.count))]))
    }

    func testSuffixesFollowEventsThroughReimportAndRemoval() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        try storeEvent(store, source: "a.txt", name: "临江智能制造论坛", date: "2024-05-01", person: "欧阳立新")
        XCTAssertEqual(try store.count("SELECT count(*) FROM event_name_suffixes"), 8)
        XCTAssertEqual(try suffixes(store), try recomputed(store))
        // Re-imported under another name: the old suffixes go, the new ones come.
        try storeEvent(store, source: "a.txt", name: "临江产业大会", date: "2024-05-01", person: "欧阳立新")
        XCTAssertEqual(try suffixes(store), try recomputed(store))
        XCTAssertEqual(try store.count("SELECT count(*) FROM event_name_suffixes WHERE suffix = '论坛'"), 0)
        try store.database.execute(sql: "UPDATE events SET name = '临江座谈会'")
        XCTAssertEqual(try suffixes(store), try recomputed(store))
        try store.removeArticle(source: "a.txt")
        XCTAssertEqual(try store.count("SELECT count(*) FROM event_name_suffixes"), 0)
    }

    /// event_people with an event name: a rare name goes through the suffixes, a common word
    /// through events in date order; both give what testing every event's name would.
    func testEventPeopleFindsRareAndCommonNamesAlike() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        // 230 forums (more suffix rows for 论坛 than the query counts before it switches to
        // reading in date order) and two events with a rare name.
        try store.inBatch {
            for index in 0..<230 {
                let day = String(format: "2023-%02d-%02d", index % 12 + 1, index % 28 + 1)
                try storeEvent(store, source: "f\(index).txt", name: "第\(index + 1)届临江论坛", date: day,
                               person: "李\(["明", "华", "强", "伟"][index % 4])\(["远", "山", "川"][index % 3])")
            }
            try storeEvent(store, source: "r1.txt", name: "清远碳纤维产业推进会", date: "2022-03-04", person: "周明远")
            try storeEvent(store, source: "r2.txt", name: "清远碳纤维产业推进会", date: "2021-07-08", person: "林雪梅")
        }
        let query = try XCTUnwrap(PredefinedQueryCatalog.query(named: "event_people"))
        func events(_ event: String, limit: Int = 100) throws -> [String] {
            try store.database.cachedStatement(query.sql)
                .fetchAll(["event": event, "person": nil, "limit": limit])
                .map { "\($0["start_date"]?.stringValue ?? "")|\($0["event"]?.stringValue ?? "")" }
        }
        func scanned(_ event: String, limit: Int = 100) throws -> [String] {
            try store.strings("""
                SELECT start_date || '|' || name FROM events WHERE instr(name, ?) > 0
                ORDER BY start_date, name LIMIT ?
                """, [event, limit])
        }
        XCTAssertEqual(try events("碳纤维"), ["2021-07-08|清远碳纤维产业推进会", "2022-03-04|清远碳纤维产业推进会"])
        XCTAssertEqual(try events("碳纤维"), try scanned("碳纤维"))
        XCTAssertEqual(try events("论坛", limit: 20), try scanned("论坛", limit: 20))
        XCTAssertEqual(try events("第12届"), try scanned("第12届"))
        XCTAssertEqual(try events("没有的会"), [])
    }

    /// Only the events that begin before `limit` rows are gathered; the page is the same as if
    /// every event's people were sorted: by event (date, name), then order of mention.
    func testEventPeoplePageEndsInsideAnEventWithManyPeople() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        let people = ["甲一", "乙二", "丙三"]
        for (index, day) in ["2024-03-01", "2024-01-01", "2024-02-01"].enumerated() {
            let name = "临江第\(index + 1)次推进会"
            let text = "\(name)举行，" + people.joined(separator: "、") + "出席。"
            let start = name.count + 3
            try store.store(article("m\(index).txt", text: text), ArticleFacts(
                people: people.enumerated().map { Person(name: $1, evidence: evidence(start + $0 * 3, start + $0 * 3 + 2)) },
                events: [Event(name: name, startDate: day,
                               participants: people.enumerated().map {
                                   Participant(person: $1, role: "出席", evidence: evidence(start + $0 * 3, start + $0 * 3 + 2))
                               },
                               evidence: evidence(0, name.count))]))
        }
        let query = try XCTUnwrap(PredefinedQueryCatalog.query(named: "event_people"))
        func page(_ limit: Int) throws -> [String] {
            try store.database.cachedStatement(query.sql)
                .fetchAll(["event": "推进会", "person": nil, "limit": limit])
                .map { "\($0["event"]?.stringValue ?? "")/\($0["person"]?.stringValue ?? "")" }
        }
        let all = ["临江第2次推进会", "临江第3次推进会", "临江第1次推进会"].flatMap { event in people.map { "\(event)/\($0)" } }
        XCTAssertEqual(try page(100), all)
        XCTAssertEqual(try page(4), Array(all.prefix(4)))
        XCTAssertEqual(try page(3), Array(all.prefix(3)))
        XCTAssertEqual(try page(-1), all, "a negative limit is no limit")
    }
}

