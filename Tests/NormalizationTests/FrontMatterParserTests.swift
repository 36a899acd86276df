import XCTest
@testable import Normalization

final class FrontMatterParserTests: XCTestCase {
    func testReadsFieldsAndBody() {
        let text = "---\nlayout: post\ntitle: \"江西省出台新能源产业规划\"\ndate: 2023-06-12 09:30:00 +0800\ntags: 江西日报\n---\n<p>正文第一段。</p>\n"
        guard case .parsed(let fm) = FrontMatterParser().parse(text) else { return XCTFail("not parsed") }
        XCTAssertEqual(fm.fields["title"], "江西省出台新能源产业规划")
        XCTAssertEqual(fm.fields["date"], "2023-06-12 09:30:00 +0800")
        XCTAssertEqual(fm.fields["layout"], "post")
        XCTAssertEqual(fm.body, "<p>正文第一段。</p>\n")
    }

    func testSingleQuotedTitleAndDotsCloser() {
        guard case .parsed(let fm) = FrontMatterParser().parse("---\ntitle: '某市召开大会'\n...\n正文。") else {
            return XCTFail("not parsed")
        }
        XCTAssertEqual(fm.fields["title"], "某市召开大会")
        XCTAssertEqual(fm.body, "正文。")
    }

    func testUnclosedBlockIsReported() {
        XCTAssertEqual(FrontMatterParser().parse("---\ntitle: 没有结束\n正文一直写下去。\n"), .unclosed)
    }

    func testTextWithoutFrontMatter() {
        XCTAssertEqual(FrontMatterParser().parse("某市召开大会。\n---\n"), .none)
    }
}
