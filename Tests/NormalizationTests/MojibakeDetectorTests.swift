import XCTest
@testable import Normalization

final class MojibakeDetectorTests: XCTestCase {
    let d = MojibakeDetector()

    func testCleanTextHasNoWarnings() {
        XCTAssertEqual(d.warnings(in: "中国工程院院士邬贺铨出席论坛。有何举措?\n9:00 会议开始。"), [])
    }

    func testReplacementCharacter() {
        XCTAssertEqual(d.warnings(in: "新能源\u{FFFD}汽车"), ["possible mojibake at offset 3: \u{FFFD}汽车"])
    }

    func testQuestionMarkStandingForALostCharacter() {
        let w = d.warnings(in: "國家部委和兄弟?。▍^、市)領導")
        XCTAssertEqual(w.count, 1)
        XCTAssertTrue(w[0].hasPrefix("possible mojibake at offset 7: ?。▍^"), w[0])
    }

    func testUTF8ReadAsGBK() {
        // "在宁波举办" as UTF-8 bytes read as GBK.
        let w = d.warnings(in: "会议于昨日鍦ㄥ畞娉涓惧姙。")
        XCTAssertEqual(w.count, 1, "\(w)")
        XCTAssertTrue(w[0].hasPrefix("possible mojibake at offset 5"), w[0])
    }

    func testCommonCharacterSetIsGB2312LevelOne() {
        XCTAssertEqual(MojibakeDetector.commonHan.count, 3755)
        XCTAssertTrue(MojibakeDetector.commonHan.contains("中"))
        XCTAssertFalse(MojibakeDetector.commonHan.contains("鍦"))
    }

    func testWarningsAreCapped() {
        let text = String(repeating: "字\u{FFFD}一二三四五六七八九十百千", count: 30)
        let w = d.warnings(in: text)
        XCTAssertEqual(w.count, d.maxWarnings + 1)
        XCTAssertEqual(w.last, "possible mojibake at 20 more places")
    }
}
