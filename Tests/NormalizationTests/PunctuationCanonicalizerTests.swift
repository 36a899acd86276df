import XCTest
@testable import Normalization

final class PunctuationCanonicalizerTests: XCTestCase {
    let p = PunctuationCanonicalizer()

    func testASCIIMarksNextToHanBecomeFullWidth() {
        XCTAssertEqual(p.canonicalize("落下帷幕,取得成果;会上:大家说!真的吗?"), "落下帷幕，取得成果；会上：大家说！真的吗？")
        XCTAssertEqual(p.canonicalize("11月24日,省政府"), "11月24日，省政府")
    }

    func testParenthesesConvertAsAPair() {
        XCTAssertEqual(p.canonicalize("国际商协会(安徽)会议"), "国际商协会（安徽）会议")
        XCTAssertEqual(p.canonicalize("中重科技(2021)年"), "中重科技（2021）年")
    }

    func testMarksAwayFromHanStay() {
        XCTAssertEqual(p.canonicalize("9:00"), "9:00")
        XCTAssertEqual(p.canonicalize("收入1,000万"), "收入1,000万")
        XCTAssertEqual(p.canonicalize("采用 (ERP) 系统"), "采用 (ERP) 系统")
        XCTAssertEqual(p.canonicalize("时间9:30开始"), "时间9:30开始")
        XCTAssertEqual(p.canonicalize("****年,**制造"), "****年，**制造")
    }

    func testLengthIsUnchanged() {
        let text = "兄弟?。▍^、市)和(安徽),会议:9:00"
        XCTAssertEqual(p.canonicalize(text).unicodeScalars.count, text.unicodeScalars.count)
    }
}
