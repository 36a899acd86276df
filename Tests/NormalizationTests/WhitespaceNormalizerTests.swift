import XCTest
@testable import Normalization

final class WhitespaceNormalizerTests: XCTestCase {
    func testTrimsCollapsesAndDropsEmptyLines() {
        let text = " \t3月5日，\u{3000}\u{3000}某市召开大会。  \n\n\u{A0}\u{A0}会议   指出\u{200B}，要加快发展。\n   \n"
        XCTAssertEqual(WhitespaceNormalizer().lines(text), ["3月5日，某市召开大会。", "会议 指出，要加快发展。"])
    }
}

final class WhitespaceFastPathTests: XCTestCase {
    func testLinesWithoutSpacesNeedNoWork() {
        XCTAssertFalse(WhitespaceNormalizer.mayNeedWork("中国“制造”——发展，２０２５年。".utf8[...]))
    }

    func testEverySpaceKindIsNoticed() {
        for space in [" ", "\t", "\r", "\u{A0}", "\u{AD}", "\u{3000}", "\u{2003}", "\u{200B}", "\u{202F}", "\u{2060}", "\u{FEFF}", "\u{1680}"] {
            XCTAssertTrue(WhitespaceNormalizer.mayNeedWork(("中" + space + "国").utf8[...]), space.unicodeScalars.first!.escaped(asASCII: true))
        }
    }
}
