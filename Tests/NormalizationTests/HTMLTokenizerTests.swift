import XCTest
@testable import Normalization

final class HTMLTokenizerTests: XCTestCase {
    func tokens(_ html: String) -> ([HTMLToken], [Unicode.Scalar]) {
        let s = Array(html.unicodeScalars)
        return (HTMLTokenizer().tokenize(s), s)
    }

    func testTagsAttributesAndText() {
        let (t, s) = tokens("<DIV class='a b' id=main data-x=\"1\">正文<br/></div>")
        XCTAssertEqual(t.count, 4)
        XCTAssertEqual(t[0], .startTag(name: "div", attributes: ["class": "a b", "id": "main", "data-x": "1"], selfClosing: false))
        guard case .text(let r) = t[1] else { return XCTFail("\(t[1])") }
        XCTAssertEqual(String(String.UnicodeScalarView(s[r])), "正文")
        XCTAssertEqual(t[2], .startTag(name: "br", attributes: [:], selfClosing: true))
        XCTAssertEqual(t[3], .endTag(name: "div"))
    }

    func testCommentsDoctypeAndRawText() {
        let (t, s) = tokens("<!DOCTYPE html><!-- <p>旧版</p> --><script>if (a < b) { x = '</p>' }</script>文")
        XCTAssertEqual(t.count, 4)
        guard case .rawText("script", let r) = t[1] else { return XCTFail("\(t)") }
        XCTAssertTrue(String(String.UnicodeScalarView(s[r])).contains("a < b"))
        XCTAssertEqual(t[2], .endTag(name: "script"))
    }

    func testLessThanThatIsNotATagIsText() {
        let (t, _) = tokens("增速<5%，a<b")
        XCTAssertEqual(t.count, 1)
    }

    func testUnclosedCommentSwallowsTheRest() {
        let (t, _) = tokens("正文<!-- 未结束")
        XCTAssertEqual(t.count, 1)
    }
}
