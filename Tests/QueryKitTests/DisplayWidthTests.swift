import XCTest
@testable import QueryKit

final class DisplayWidthTests: XCTestCase {
    func testWideAndNarrowCharacters() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("江淮省"), 6)
        XCTAssertEqual(DisplayWidth.of("投资１２０亿元，"), 16, "fullwidth digits and comma are wide")
        XCTAssertEqual(DisplayWidth.of("“新型储能”"), 10, "ambiguous quotes count narrow")
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent adds nothing")
        XCTAssertEqual(DisplayWidth.of("𠀀"), 2, "CJK extension B")
        XCTAssertEqual(DisplayWidth.of("🏭"), 2)
    }

    func testTruncateKeepsWithinWidth() {
        XCTAssertEqual(DisplayWidth.truncate("长三角一体化示范区", to: 9), "长三角一…")
        XCTAssertEqual(DisplayWidth.truncate("长三角", to: 6), "长三角")
        XCTAssertEqual(DisplayWidth.truncate("abcdef", to: 4), "abc…")
    }

    func testPad() {
        XCTAssertEqual(DisplayWidth.pad("芜湖", to: 6), "芜湖  ")
        XCTAssertEqual(DisplayWidth.pad("42", to: 5, rightAligned: true), "   42")
    }
}
