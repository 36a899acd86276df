import Facts
import XCTest
@testable import Extraction

final class SegmenterTests: XCTestCase {
    func testSentencesKeepSpansThatIndexTheText() {
        let text = ScalarText("锦州市召开专题会议。会议指出，要加快发展！\n下午举行签约仪式")
        let sentences = Segmenter.sentences(text)
        XCTAssertEqual(sentences.map(\.text), ["锦州市召开专题会议", "会议指出，要加快发展", "下午举行签约仪式"])
        for s in sentences { XCTAssertEqual(text[s.span], s.text) }
    }

    func testSeparatorsInsideQuotesAndBookTitlesDoNotSplit() {
        let text = ScalarText("发布《甘肃省“强工业”行动方案（2023年，试行）》，提出目标。")
        let clauses = Segmenter.clauses(text, in: Span(0, text.count))
        XCTAssertEqual(clauses.map(\.text), ["发布《甘肃省“强工业”行动方案（2023年，试行）》", "提出目标。"])
    }

    func testListItemsSplitAtEnumerationComma() {
        let text = ScalarText("王建新、赵丽华、孙明等出席")
        XCTAssertEqual(Segmenter.listItems(text, in: Span(0, text.count)).map(\.text), ["王建新", "赵丽华", "孙明等出席"])
    }

    func testUnbalancedQuoteStopsAtLineBreak() {
        let text = ScalarText("他说“要加快，\n第二段，继续")
        let clauses = Segmenter.clauses(text, in: Span(0, text.count))
        XCTAssertEqual(clauses.map(\.text), ["他说“要加快，", "第二段", "继续"])
    }

    func testScalarTextFindsAndSlicesByScalarOffsets() {
        let text = ScalarText("投资180亿元的晶合二期")
        XCTAssertEqual(text.firstIndex(of: "亿元"), 5)
        XCTAssertTrue(text.hasPrefix("晶合", at: 8))
        XCTAssertEqual(text.string(2, 7), "180亿元")
        XCTAssertTrue(text[0].isHan)
        XCTAssertFalse(text[2].isHan)
    }
}
