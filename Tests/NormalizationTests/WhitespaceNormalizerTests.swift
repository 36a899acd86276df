import XCTest
@testable import Normalization

final class WhitespaceNormalizerTests: XCTestCase {
    func testTrimsCollapsesAndDropsEmptyLines() {
        let text = " \t3月5日，\u{3000}\u{3000}某市召开大会。  \n\n\u{A0}\u{A0}会议   指出\u{200B}，要加快发展。\n   \n"
        XCTAssertEqual(WhitespaceNormalizer().lines(text), ["3月5日，某市召开大会。", "会议 指出，要加快发展。"])
    }
}
