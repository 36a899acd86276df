import XCTest
@testable import Normalization

final class HTMLTextExtractorTests: XCTestCase {
    let page = """
    <!DOCTYPE html>
    <html><head>
    <meta charset="utf-8">
    <meta property="article:published_time" content="2023-05-09T10:00:00+08:00">
    <title>江苏出台制造业智改数转行动方案_要闻_某某网</title>
    <style>p { color: red }</style>
    <script>var s = "<p>脚本里的字</p>";</script>
    </head>
    <body class="article-page">
    <div class="top-nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
    <header><h1>江苏出台制造业智改数转行动方案</h1></header>
    <div class="breadcrumb">当前位置：首页 &gt; 要闻</div>
    <div class="content">
    <p>&ldquo;十四五&rdquo;期间，江苏省将推动<strong>5万家</strong>规上工业企业
    实施智能化改造。</p>
    <!-- <p>被注释掉的旧段落</p> -->
    <p>省工业和信息化厅厅长谢志成介绍，到2025年&nbsp;全省将建成<span>500家</span>智能工厂。<br>第二行。</p>
    <noscript>请开启脚本</noscript>
    </div>
    <div id="related-news"><ul><li>另一篇新闻标题</li></ul></div>
    <aside>侧栏</aside>
    <footer>版权所有 苏ICP备00000000号</footer>
    </body></html>
    """

    func testKeepsArticleDropsChrome() {
        let doc = HTMLTextExtractor().extract(page)
        let lines = doc.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        XCTAssertEqual(lines, [
            "“十四五”期间，江苏省将推动5万家规上工业企业实施智能化改造。",
            "省工业和信息化厅厅长谢志成介绍，到2025年\u{A0}全省将建成500家智能工厂。",
            "第二行。",
        ])
    }

    func testReadsTitleHeadingAndMeta() {
        let doc = HTMLTextExtractor().extract(page)
        XCTAssertEqual(doc.title, "江苏出台制造业智改数转行动方案_要闻_某某网")
        XCTAssertEqual(doc.heading, "江苏出台制造业智改数转行动方案")
        XCTAssertEqual(doc.meta["article:published_time"], "2023-05-09T10:00:00+08:00")
    }

    func testLineWrapBetweenHanVanishesButSpaceBetweenWordsStays() {
        XCTAssertEqual(HTMLTextExtractor().extract("<p>工业\n  企业 and\nEnglish</p>").text, "工业企业 and English\n")
    }

    func testFallsBackWhenChromeRulesLeaveNoChinese() {
        let doc = HTMLTextExtractor().extract("<div class=\"main-nav-wrapper\"><p>唯一的正文段落。</p></div>")
        XCTAssertTrue(doc.text.contains("唯一的正文段落。"))
    }

    func testUnclosedChromeElementDropsOnlyItsTag() {
        let doc = HTMLTextExtractor().extract("<div class=\"sidebar\"><p>正文没有被关闭的侧栏吞掉。</p>")
        XCTAssertTrue(doc.text.contains("正文没有被关闭的侧栏吞掉。"))
    }
}
