import XCTest
@testable import Normalization

final class FormatDetectorTests: XCTestCase {
    func testFullPagesAndFragmentsAreHTML() {
        let d = FormatDetector()
        XCTAssertTrue(d.isHTML("<!DOCTYPE html><html><body>正文</body></html>"))
        XCTAssertTrue(d.isHTML("<p>第一段。</p><p>第二段。</p>"))
        XCTAssertTrue(d.isHTML("<%@ page contentType=\"text/html; charset=UTF-8\" %>\n正文"))
        XCTAssertTrue(d.isHTML("<?php echo $title; ?>\n正文"))
    }

    func testPlainTextQuotingOneAngleBracketIsNot() {
        XCTAssertFalse(FormatDetector().isHTML("增速<5%的企业占比下降。\n《规划》提出目标。"))
        XCTAssertFalse(FormatDetector().isHTML("当前位置:首页>>新闻动态 >>政策动态"))
    }
}
