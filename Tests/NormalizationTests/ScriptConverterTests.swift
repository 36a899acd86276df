import XCTest
@testable import Normalization

final class ScriptConverterTests: XCTestCase {
    func testTraditionalBecomesSimplified() {
        let r = ScriptConverter().convert("臺灣積體電路製造公司於新竹舉辦會議，發表著名報告。")
        XCTAssertEqual(r.text, "台湾积体电路制造公司于新竹举办会议，发表著名报告。")
        XCTAssertEqual(r.script, "Hant")
    }

    func testSimplifiedStaysAndIsHans() {
        let text = "工业和信息化部副部长出席会议，乾坤未定，著名企业家发言。"
        let r = ScriptConverter().convert(text)
        XCTAssertEqual(r.text, text)
        XCTAssertEqual(r.script, "Hans")
    }

    func testAFewTraditionalCharactersInSimplifiedTextDoNotMakeItHant() {
        let text = String(repeating: "加快推进制造业高质量发展，", count: 10) + "於"
        let r = ScriptConverter().convert(text)
        XCTAssertEqual(r.script, "Hans")
        XCTAssertTrue(r.text.hasSuffix("于"))
    }
}
