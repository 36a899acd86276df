import XCTest
@testable import Normalization

final class TemplateStripperTests: XCTestCase {
    func testStripsServerTemplateCode() {
        let page = "<%@ page language=\"java\" %><div>{{ article.title }}</div>{% if x %}<p>正文。</p>{% endif %}<?php echo 1; ?>${news.author}"
        XCTAssertEqual(TemplateStripper().strip(page), "<div></div><p>正文。</p>")
    }

    func testUnclosedOpenerStaysAsText() {
        XCTAssertEqual(TemplateStripper().strip("增长{{5%"), "增长{{5%")
    }

    func testManyOpenersWithoutClosersFinish() {
        let text = String(repeating: "{{<%", count: 100_000)
        XCTAssertEqual(TemplateStripper().strip(text).count, text.count)
    }
}
