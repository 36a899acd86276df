import XCTest
@testable import Normalization

final class MarkdownStripperTests: XCTestCase {
    let m = MarkdownStripper()

    func testHeadingsLinksImagesBoldAndRules() {
        let md = "## 一、总体要求\n> 引用的**重点**内容\n![图片](a.png)正文见[原文链接](http://x.cn/a)。\n---\n- 第一条\n<https://example.com/a>"
        XCTAssertEqual(m.strip(md), "一、总体要求\n引用的重点内容\n正文见原文链接。\n\n第一条\n")
    }

    func testMasksAreNotBold() {
        XCTAssertEqual(m.inline("****年全市产值突破*.*万亿元，**制造"), "****年全市产值突破*.*万亿元，**制造")
    }

    func testMarkdownSignals() {
        XCTAssertTrue(m.looksLikeMarkdown("# 标题\n正文"))
        XCTAssertTrue(m.looksLikeMarkdown("[返回首页](//x.com/)"))
        XCTAssertFalse(m.looksLikeMarkdown("明确要求**“加快建设”。****年总书记亲临**考察"))
    }

    func testProseWithoutMarkdownBytesComesBackUnchanged() {
        let text = "第一段正文。\n\n第二段正文，数据来自统计局。\n"
        XCTAssertEqual(m.strip(text), text)
        XCTAssertEqual(m.strip(""), "")
    }

    func testCarriageReturnLineFeedIsOneCharacterNotALineBreak() {
        // As with String's Characters, "\r\n" does not end a line, so the heading mark after it stays.
        XCTAssertEqual(m.strip("# 标题\r\n# 二级\n## 三级"), "标题\r\n# 二级\n三级")
    }

    func testFencedLinesStayAndFencesGo() {
        XCTAssertEqual(m.strip("```\n# 代码\n```\n# 标题"), "# 代码\n标题")
    }
}
