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

    func testPackedSyllableSetAgreesWithTheSpellingRulesForEveryShortLetterString() {
        // Every a–z string of up to 4 letters, plus the 5–7 letter ones built on an initial.
        var words: [String] = [""]
        var all: [String] = []
        for _ in 1...4 {
            words = words.flatMap { w in (UInt32(0x61)...0x7A).map { w + String(Unicode.Scalar($0)!) } }
            all += words
        }
        for initial in PinyinGlossRemover.initials {
            for final in PinyinGlossRemover.finals { all += [initial + final, initial + final + "g", "y" + final, "w" + final] }
        }
        for word in all {
            XCTAssertEqual(PinyinGlossRemover.syllableCodes.contains(PinyinGlossRemover.SyllableCode(word).bits),
                           PinyinGlossRemover.isSyllable(word), word)
        }
    }

    func testTextWithoutGlossIsReturnedAsIs() {
        for text in ["", "（", "新材料（新能源）产业", "(", "研究院(zhì", "a(zhi)", "中 (zhì)"] {
            XCTAssertEqual(r.remove(text), text, text)
        }
    }

    func testGlossesNextToEachOtherAndAtTheEnd() {
        XCTAssertEqual(r.remove("機(jī)器(qì)人(rén)"), "機器人")
        XCTAssertEqual(r.remove("強(qiáng)（guó）"), "強")
        XCTAssertEqual(r.remove("綠\u{0301}(lu\u{0301})色"), "綠\u{0301}色")
    }

    func testGlossLongerThanTheLimitStays() {
        let long = "詞(" + String(repeating: "zhi ", count: 10) + ")"
        XCTAssertEqual(r.remove(long), long)
    }
}
