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

    func testScalarTextDecodesEveryUTF8Width() {
        // One-, two-, three- and four-byte scalars (ASCII, Latin, Han, a Han extension B character).
        let raw = "A1é中“𠀀”。\n"
        XCTAssertEqual(ScalarText(raw).scalars, Array(raw.unicodeScalars))
        XCTAssertEqual(ScalarText("").count, 0)
    }

    func testSentencesOfTheTextAreThoseOfEachParagraph() {
        // The extractors share one cut of the whole text; it must equal cutting each line on its own.
        let text = ScalarText("  许昌市召开推进会。会上指出“要抓项目，\n 稳增长！”下午签约。 \n\n第二段：继续推进？是")
        let perParagraph = Segmenter.paragraphs(text).flatMap {
            Segmenter.split(text, in: $0.span, at: Segmenter.sentenceEnds, nesting: true).map(\.span)
        }
        XCTAssertEqual(Segmenter.sentenceSpans(text), perParagraph)
        XCTAssertEqual(Segmenter.sentences(text).map(\.span), perParagraph)
    }

    func testFirstScalarFilterSkipsToWhereAWordMayStart() {
        let filter = FirstScalarFilter(["签约", "开工"])
        let s = Array("今年一季度集中开工，下月签约".unicodeScalars)
        XCTAssertEqual(filter.next(in: s, from: 0, to: s.count), 7)
        XCTAssertEqual(filter.next(in: s, from: 8, to: s.count), 12)
        XCTAssertEqual(filter.next(in: s, from: 13, to: s.count), s.count)
        XCTAssertEqual(filter.next(in: s, from: 8, to: 10), 10)
        XCTAssertFalse(filter.mayStart("今"))
    }

    func testScalarSearchMatchesWholeWordsOnly() {
        let s = Array("项目总投资".unicodeScalars)
        XCTAssertTrue(ScalarSearch.matches(s, ScalarSearch.word("投资"), at: 3))
        XCTAssertFalse(ScalarSearch.matches(s, ScalarSearch.word("投资额"), at: 3))
        XCTAssertTrue(ScalarSearch.endsWith(s, ScalarSearch.word("项目"), at: 2, lower: 0))
        XCTAssertFalse(ScalarSearch.endsWith(s, ScalarSearch.word("项目"), at: 2, lower: 1))
    }
}
