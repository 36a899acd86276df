import XCTest
import Facts
@testable import Extraction

/// The recognizer's pieces: left edges, decoys, known bodies, media lists.
final class OrganizationRecognizerTests: XCTestCase {
    let recognizer = OrganizationRecognizer()

    private func names(_ text: String) -> [String] {
        recognizer.mentions(in: Array(text.unicodeScalars)).filter { !$0.tentative }.map(\.name)
    }

    func testLeftEdgeStopsAtVerbsButKeepsKnownBodiesWhole() {
        XCTAssertEqual(names("企业代表浙江恒远电子有限公司参加。"), ["浙江恒远电子有限公司"])
        XCTAssertTrue(names("依托中国科学院和住房和城乡建设部开展研究。").contains("住房和城乡建设部"))
        XCTAssertEqual(Set(names("依托中国科学院和住房和城乡建设部开展研究。")), ["中国科学院", "住房和城乡建设部"])
    }

    func testOrdinaryWordsEndNoOrganization() {
        // 会 in 大会/会议, 局 in 格局, 院 in 院士, 部 in 部长: no suffix.
        XCTAssertTrue(names("大会召开会议，形成新格局，院士和部长出席。").isEmpty)
    }

    func testCityGovernmentIsNotCutByAWordInside() {
        XCTAssertEqual(names("成立大会由泉州市政府主办。"), ["泉州市政府"])
    }

    func testBracketsAndDigitsInsideNames() {
        XCTAssertEqual(names("签约企业包括华信科技（江苏）股份有限公司。"), ["华信科技（江苏）股份有限公司"])
        XCTAssertEqual(names("11月3日中国信息报记者报道。").first, "中国信息报")
    }

    func testMediaPlatformsNeedAList() {
        XCTAssertEqual(names("在微博、抖音同步直播。"), ["微博", "抖音"])
        XCTAssertTrue(names("打开微信扫码。").isEmpty)
    }

    func testShortFormGluedToAPlaceBelongsToThatBody() {
        XCTAssertEqual(names("由南京市发改委牵头。"), ["南京市发改委"])
    }

    func testBrandCutByABoundaryCharacterIsRestored() {
        // 为 is a boundary (为企业服务) but also part of brands: 与天为技术有限公司.
        XCTAssertEqual(names("市政府与天为技术有限公司签署协议。").last, "天为技术有限公司")
    }

    func testVenuesAreNoOrganizations() {
        XCTAssertTrue(names("大会在合肥滨湖国际会展中心举行。").isEmpty)
    }
}
