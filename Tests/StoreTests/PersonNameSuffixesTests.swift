import Foundation
import XCTest
import Facts
@testable import Store

/// person_name_suffixes (migration 3) holds every suffix of every person's name, kept by
/// triggers as people come and go, so "name contains q" is a range lookup.
final class PersonNameSuffixesTests: XCTestCase {
    func suffixes(_ store: KnowledgeStore) throws -> [String] {
        try store.strings("SELECT s.suffix || '/' || p.name FROM person_name_suffixes s JOIN people p ON p.id = s.person_id ORDER BY 1")
    }

    func recomputed(_ store: KnowledgeStore) throws -> [String] {
        try store.strings("""
            SELECT DISTINCT substr(p.name, x.n) || '/' || p.name FROM people p JOIN name_positions x ON x.n <= length(p.name) ORDER BY 1
            """)
    }

    func testSuffixesFollowPeopleAndFindThemByPartOfTheName() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        let text = "临江市举办智能制造论坛。"
        try store.store(article("a.txt", text: text), ArticleFacts(people: [
            Person(name: "欧阳立新", evidence: evidence(0, 4)), Person(name: "陶新", evidence: evidence(5, 7)),
        ]))
        XCTAssertEqual(try suffixes(store), try recomputed(store))
        XCTAssertEqual(try store.count("SELECT count(*) FROM person_name_suffixes"), 6)
        // "新" ends both names and is inside one: each person once.
        let named = "SELECT count(DISTINCT person_id) FROM person_name_suffixes WHERE suffix >= ? AND suffix <= ? || char(1114111) AND substr(suffix, 1, length(?)) = ?"
        XCTAssertEqual(try store.count(named, ["新", "新", "新", "新"]), 2)
        XCTAssertEqual(try store.count(named, ["立新", "立新", "立新", "立新"]), 1)
        XCTAssertEqual(try store.count(named, ["欧阳", "欧阳", "欧阳", "欧阳"]), 1)

        // The article goes and its people become orphans: their suffixes go with them.
        try store.removeArticle(source: "a.txt")
        try store.removeOrphans()
        XCTAssertEqual(try store.count("SELECT count(*) FROM person_name_suffixes"), 0)
    }

    /// The person-filtered queries find the same people as instr() over every name would.
    func testPartOfNameLookupEqualsAScan() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("kb.sqlite"))
        let names = ["司马云峰", "云峰", "峰云", "马云", "林峰", "司马"]
        try store.store(article("b.txt", text: "临江市召开推进会。"), ArticleFacts(people: names.enumerated().map {
            Person(name: $1, evidence: evidence($0, $0 + 1))
        }))
        for part in ["云", "峰", "司马", "马云", "云峰", "司马云峰", "峰云", "无"] {
            let viaSuffixes = try store.strings("""
                SELECT DISTINCT p.name FROM person_name_suffixes s JOIN people p ON p.id = s.person_id
                WHERE s.suffix >= ?1 AND s.suffix <= ?1 || char(1114111) AND substr(s.suffix, 1, length(?1)) = ?1 ORDER BY 1
                """, [part])
            let viaScan = try store.strings("SELECT name FROM people WHERE instr(name, ?) > 0 ORDER BY 1", [part])
            XCTAssertEqual(viaSuffixes, viaScan, part)
        }
    }
}
