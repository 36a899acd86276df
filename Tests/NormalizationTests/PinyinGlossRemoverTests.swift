import XCTest
@testable import Normalization

final class PinyinGlossRemoverTests: XCTestCase {
    let r = PinyinGlossRemover()

    func testSingleAndMultiSyllableGlosses() {
        XCTAssertEqual(r.remove("制造業(yè)發(fā)展"), "制造業發展")
        XCTAssertEqual(r.remove("質(zhì)量（zhì）"), "質量")
        XCTAssertEqual(r.remove("制造(zhì zào)強國"), "制造強國")
        XCTAssertEqual(r.remove("綠(lǜ)色"), "綠色")
        XCTAssertEqual(r.remove("區(qū)域"), "區域")
    }

    func testTonedGlossAfterDamagedTextIsRemovedToo() {
        XCTAssertEqual(r.remove("兄弟?。▍^(qū)、市)"), "兄弟?。▍^、市)")
    }

    func testParenthesesThatAreNotGlossesStay() {
        for text in ["产业基地(园区)", "系统(ERP)上线", "数据(data)", "第(2)项", "5G(ai)", "城市(chengshi)建设", "见附件 (a)"] {
            XCTAssertEqual(r.remove(text), text, text)
        }
    }

    func testUntonedGlossOnlyAfterHan() {
        XCTAssertEqual(r.remove("我們的(de)目標"), "我們的目標")
    }

    func testSyllableShapes() {
        for ok in ["zhuang", "yu", "wu", "xue", "lve", "er", "ang", "qiong"] { XCTAssertTrue(PinyinGlossRemover.isSyllable(ok), ok) }
        for bad in ["data", "erp", "chengshi", "bk", "zhuangg"] { XCTAssertFalse(PinyinGlossRemover.isSyllable(bad), bad) }
    }
}
