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
