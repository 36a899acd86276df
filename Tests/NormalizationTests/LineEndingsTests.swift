import XCTest
@testable import Normalization

final class LineEndingsTests: XCTestCase {
    func testCRLFAndCRBecomeNewline() {
        XCTAssertEqual(LineEndings.normalize("第一段\r\n第二段\r第三段\n第四段"), "第一段\n第二段\n第三段\n第四段")
    }

    func testBlankLinesSurvive() {
        XCTAssertEqual(LineEndings.normalize("甲\r\n\r\n乙"), "甲\n\n乙")
    }
}
