import XCTest
import Facts
@testable import Normalization

final class NormalizerTests: XCTestCase {
    func normalize(_ text: String) throws -> Article {
        try Normalizer().normalize(Data(text.utf8), source: "t.txt")
    }

    func rejection(_ data: Data, _ normalizer: Normalizer = Normalizer()) -> RejectionReason? {
        do { _ = try normalizer.normalize(data, source: "t.txt"); return nil } catch { return error as? RejectionReason }
    }

    func testEmptyAndWhitespaceOnlyFiles() {
        XCTAssertEqual(rejection(Data()), .empty)
        XCTAssertEqual(rejection(Data(" \r\n\t\u{3000}\n".utf8)), .empty)
        XCTAssertEqual(rejection(Data([0xEF, 0xBB, 0xBF])), .empty)
    }

    func testTooLargeUsesTheConfiguredLimit() {
        XCTAssertEqual(Normalizer.defaultMaxBytes, 16 * 1024 * 1024)
        XCTAssertEqual(rejection(Data(repeating: 0x41, count: 101), Normalizer(maxBytes: 100)), .tooLarge(bytes: 101, limit: 100))
    }

    func testBinaryAndNoChineseText() {
        XCTAssertEqual(rejection(TestBytes.hex("47494638396101000100")), .binary("GIF image"))
        XCTAssertEqual(rejection(Data("<html><body><p>English only page.</p></body></html>".utf8)),
                       .noArticleText("no Chinese text left after removing markup and page chrome"))
    }

    func testGB18030FileEndToEnd() throws {
        let a = try Normalizer().normalize(TestBytes.gb18030Sentence, source: "gbk.txt")
        XCTAssertEqual(a.encoding, "gb18030")
        XCTAssertEqual(a.text, "中国制造业高质量发展，到2025年实现")
    }

    func testUTF16WithCRLF() throws {
        var data = Data([0xFF, 0xFE])
        data.append("某市召开会议。\r\n会议要求加快发展。\r\n".data(using: .utf16LittleEndian)!)
        let a = try Normalizer().normalize(data, source: "u16.txt")
        XCTAssertEqual(a.encoding, "utf-16le")
        XCTAssertEqual(a.text, "某市召开会议。\n会议要求加快发展。")
        XCTAssertTrue(a.original.contains("\r\n"), "original stays verbatim")
    }

    func testUnclosedFrontMatterIsPlainTextWithAWarning() throws {
        let a = try normalize("---\ntitle: 没有闭合的标题\n某市召开会议，部署全年工作。\n")
        XCTAssertEqual(a.format, .plain)
        XCTAssertTrue(a.warnings.contains { $0.contains("never closes") })
        XCTAssertTrue(a.text.contains("某市召开会议，部署全年工作。"))
    }

    func testMarkdownPost() throws {
        let a = try normalize("---\ntitle: \"某省出台规划\"\ndate: 2021-07-15\n---\n## 总体目标\n到2025年，**全省**产值突破１０００亿元。\n[返回首页](/)\n")
        XCTAssertEqual(a.format, .frontMatter)
        XCTAssertEqual(a.title, "某省出台规划")
        XCTAssertEqual(a.published, "2021-07-15")
        XCTAssertEqual(a.text, "总体目标\n到2025年，全省产值突破1000亿元。")
    }

    func testHTMLPageEndToEnd() throws {
        let html = """
        <html><head><title>某市发布智能制造三年行动计划 - 某市政府网</title>
        <meta name="publishdate" content="2022-09-30"></head>
        <body><div class="nav">首页 | 政务公开</div>
        <h1>某市发布智能制造三年行动计划</h1>
        <p>9月29日，某市经信局局长王某介绍，到2025年，全市将培育智能工厂&#49;&#48;&#48;家。</p>
        <script>document.write("广告")</script>
        <div class="footer">版权所有 © 某市人民政府</div></body></html>
        """
        let a = try normalize(html)
        XCTAssertEqual(a.format, .html)
        XCTAssertEqual(a.title, "某市发布智能制造三年行动计划")
        XCTAssertEqual(a.published, "2022-09-30")
        XCTAssertEqual(a.text, "9月29日，某市经信局局长王某介绍，到2025年，全市将培育智能工厂100家。")
    }

    func testJSPTemplateSavedAsText() throws {
        let jsp = "<%@ page contentType=\"text/html;charset=UTF-8\" %>\n<html><body><div class=\"content\"><p>${title}某区召开产业大会。</p></div></body></html>"
        let a = try normalize(jsp)
        XCTAssertEqual(a.format, .html)
        XCTAssertEqual(a.text, "某区召开产业大会。")
    }

    func testEntitiesInPlainText() throws {
        XCTAssertEqual(try normalize("&ldquo;专精特新&rdquo;企业&#20013;小企业。").text, "“专精特新”企业中小企业。")
    }

    func testEveryNumberMaskedStaysMasked() throws {
        let text = "****年，全市规上工业总产值突破*.*万亿元，增长**.*%，**个项目落地。\n到****年，力争达到****亿元。"
        let a = try normalize(text)
        XCTAssertEqual(a.text, text.replacingOccurrences(of: "年，", with: "年，"))
        XCTAssertFalse(a.text.unicodeScalars.contains { $0.properties.numericType != nil && $0 != "*" && $0.isASCII })
    }

    func testTraditionalArticle() throws {
        let a = try normalize("2023世界製造業(yè)大會於合肥舉辦,國務院副總理出席。")
        XCTAssertEqual(a.script, "Hant")
        XCTAssertEqual(a.text, "2023世界制造业大会于合肥举办，国务院副总理出席。")
    }

    func testMillionCharacterLineFinishes() throws {
        let line = String(repeating: "制造业高质量发展(zhì)<&", count: 1_000_000 / 14)
        let a = try normalize(line)
        XCTAssertGreaterThan(a.text.count, 500_000)
    }

    func testLargeHTMLFinishes() throws {
        let block = "<div class=\"item\"><p>第一段文字，描述产业发展情况。</p><!-- c --><script>x<y</script></div>\n"
        let html = "<html><body>" + String(repeating: block, count: 40_000) + "</body></html>"
        let a = try normalize(html)
        XCTAssertEqual(a.text.components(separatedBy: "\n").count, 40_000)
    }

    func testFiftyMegabytesIsRejectedWithoutReading() {
        let data = Data(count: 50 * 1024 * 1024)
        XCTAssertEqual(rejection(data), .tooLarge(bytes: 50 * 1024 * 1024, limit: Normalizer.defaultMaxBytes))
    }
}

final class NormalizerLineStepsTests: XCTestCase {
    func testTraditionalHeadlineAndDatelineWithGlossesAreRecognized() throws {
        let text = """
        2025中國（寧波）智能製造產(chǎn)業(yè)大會開幕 簽約項目18個
        發(fā)佈時間：２０２５-０６-０３ 來源：寧波日報

        　　6月2日，2025中國（寧波）智能製造產業大會在寧波國際會(huì)展中心開幕，浙江省副省長出席。
        """
        let a = try Normalizer().normalize(Data(text.utf8), source: "t.txt")
        XCTAssertEqual(a.script, "Hant")
        XCTAssertEqual(a.title, "2025中国（宁波）智能制造产业大会开幕 签约项目18个")
        XCTAssertEqual(a.published, "2025-06-03")
        XCTAssertEqual(a.text, "6月2日，2025中国（宁波）智能制造产业大会在宁波国际会展中心开幕，浙江省副省长出席。")
    }

    func testSpeechHeadlineAboveSalutation() throws {
        let a = try Normalizer().normalize(Data("在全区数字经济发展大会上的讲话\n同事们：\n今天召开大会，部署数字经济工作。".utf8), source: "t.txt")
        XCTAssertEqual(a.title, "在全区数字经济发展大会上的讲话")
        XCTAssertEqual(a.text, "同事们：\n今天召开大会，部署数字经济工作。")
    }

    func testTraditionalHTMLHeadingIsRemovedFromBody() throws {
        let html = "<html><head><title>某市發展規劃</title></head><body><h1>某市製造業發展規劃</h1><p>會議指出，要加快發展。</p></body></html>"
        let a = try Normalizer().normalize(Data(html.utf8), source: "t.html")
        XCTAssertEqual(a.title, "某市制造业发展规划")
        XCTAssertEqual(a.text, "会议指出，要加快发展。")
    }
}
