import XCTest
@testable import Normalization

final class HTMLEntityDecoderTests: XCTestCase {
    let d = HTMLEntityDecoder()

    func testNamedEntities() {
        XCTAssertEqual(d.decode("&ldquo;十四五&rdquo;&nbsp;规划&mdash;&mdash;解读 &amp; 评论"),
                       "“十四五”\u{A0}规划——解读 & 评论")
    }

    func testNumericEntities() {
        XCTAssertEqual(d.decode("&#20013;&#x56FD;&#X5236;造&#123;"), "中国制造{")
    }

    func testLegacyWithoutSemicolonAndUnknownNames() {
        XCTAssertEqual(d.decode("A&nbspB &foo; R&D"), "A\u{A0}B &foo; R&D")
    }

    func testInvalidCodePointBecomesReplacement() {
        XCTAssertEqual(d.decode("&#0;&#xD800;"), "\u{FFFD}\u{FFFD}")
    }
}
