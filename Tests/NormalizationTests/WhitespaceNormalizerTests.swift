import XCTest
@testable import Normalization

final class WhitespaceNormalizerTests: XCTestCase {
    func testTrimsCollapsesAndDropsEmptyLines() {
        let text = " \t3月5日，\u{3000}\u{3000}某市召开大会。  \n\n\u{A0}\u{A0}会议   指出\u{200B}，要加快发展。\n   \n"
        XCTAssertEqual(WhitespaceNormalizer().lines(text), ["3月5日，某市召开大会。", "会议 指出，要加快发展。"])
    }
}

final class WhitespaceFastPathTests: XCTestCase {
    private func mayNeedWork(_ line: String) -> Bool { UTF8Scalars.withBytes(line) { WhitespaceNormalizer.mayNeedWork($0) } }

    func testLinesKeepTheirBytesWhenNothingNeedsWork() {
        XCTAssertEqual(WhitespaceNormalizer().lines("第一段：制造业增加值增长７．５％。\n\n第二段“链长制”。\n"),
                       ["第一段：制造业增加值增长７．５％。", "第二段“链长制”。"])
        XCTAssertEqual(WhitespaceNormalizer().lines(""), [])
        XCTAssertEqual(WhitespaceNormalizer().lines("\n \u{3000}\n"), [])
    }
    func testLinesWithoutSpacesNeedNoWork() {
        XCTAssertFalse(mayNeedWork("中国“制造”——发展，２０２５年。"))
    }

    func testEverySpaceKindIsNoticed() {
        for space in [" ", "\t", "\r", "\u{A0}", "\u{AD}", "\u{3000}", "\u{2003}", "\u{200B}", "\u{202F}", "\u{2060}", "\u{FEFF}", "\u{1680}"] {
            XCTAssertTrue(mayNeedWork("中" + space + "国"), space.unicodeScalars.first!.escaped(asASCII: true))
        }
    }
}
