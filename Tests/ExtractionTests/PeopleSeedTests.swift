import XCTest
import Facts
@testable import Extraction

/// End to end on seed 000 (plain text, Simplified): its key people and their chains.
final class PeopleSeedTests: XCTestCase {
    func testSeedChainsAndLists() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_3ae9973b1c789bfa.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let people = PeopleExtractor.shared.extract(text)
        let byName = Dictionary(people.map { ($0.name, $0.posts.map(\.title)) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byName["苏波"], ["十三届全国政协经济委员会副主任", "工业和信息化部原副部长", "国家制造强国建设战略咨询委员会副主任"])
        XCTAssertEqual(byName["尤政"], ["中国工程院院士", "清华大学党委常委", "清华大学副校长", "国家制造强国建设战略咨询委员会委员"])
        XCTAssertEqual(byName["朱玉"], ["中国信息协会副会长", "中国信息协会秘书长"])
        XCTAssertEqual(byName["习近平"], ["总书记"])
        XCTAssertEqual(byName["李俊岭"], [])
        XCTAssertEqual(people.count, 39)

        let orgs = OrganizationExtractor.shared.extract(text, people: people)
        let org = Dictionary(orgs.map { ($0.name, $0.aliases) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(org["工业和信息化部"], ["工信部"])
        XCTAssertEqual(org["保定市人民政府"], ["市政府"])
        XCTAssertNotNil(org["全国政协"])
        XCTAssertNotNil(org["清华大学国际生物经济中心"])
    }
}

extension PeopleSeedTests {
    /// People and organizations over the five seeds stay fast (lexicons are static, matching is one pass).
    func testExtractionTimePerArticle() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let texts = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .map { try String(contentsOf: $0, encoding: .utf8) }
        _ = PeopleExtractor.shared.extract("预热")
        let clock = ContinuousClock()
        let rounds = 4
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for text in texts {
                    let people = PeopleExtractor.shared.extract(text)
                    _ = OrganizationExtractor.shared.extract(text, people: people)
                }
            }
        }
        let perArticle = elapsed / (rounds * texts.count)
        print("people+organizations per article: \(perArticle)")
        XCTAssertLessThan(perArticle, .milliseconds(1500), "debug build; release is several times faster")
    }
}
