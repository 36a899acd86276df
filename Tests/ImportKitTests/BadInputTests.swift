import XCTest
import Foundation
import Store
@testable import ImportKit

/// Every kind of awkward file, at the importer level: rejected ones are reported with path and
/// reason, recorded in `rejections`, and never stop the rest of the run; odd but readable ones
/// are imported. (The decoding rules themselves are NormalizationTests' business.)
final class BadInputTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var articles: String { folder.path("articles") }
    private var database: String { folder.path("kb.sqlite") }

    override func setUpWithError() throws {
        folder = try TemporaryFolder("bad-input")
        // A good article beside every bad one: the run must go on and import it.
        try folder.write("articles/good.txt", SampleArticle.text(5))
    }

    /// Imports the folder and returns the one rejection, checking it reached stderr, the
    /// `rejections` table and the exit status, and that the good article was imported anyway.
    private func onlyRejection(file: StaticString = #filePath, line: UInt = #line) throws -> (path: String, reason: String) {
        let outcome = try ImportHarness.run([articles], into: database)
        XCTAssertEqual(outcome.rejections.count, 1, "\(outcome.rejections)", file: file, line: line)
        XCTAssertEqual(outcome.result.counts.rejected, 1, file: file, line: line)
        XCTAssertEqual(outcome.result.counts.new, 1, "the good article is imported anyway", file: file, line: line)
        XCTAssertEqual(outcome.result.exitStatus, 1, file: file, line: line)
        let rejection = outcome.rejections.first ?? ("", "")
        let source = String(rejection.path.dropFirst(articles.count + 1))
        XCTAssertEqual(try ImportHarness.strings(database, "SELECT source || ' | ' || reason FROM rejections"),
                       ["\(source) | \(rejection.reason)"], file: file, line: line)
        return rejection
    }

    /// Imports the folder expecting no rejection; returns the stored row of `source`.
    private func imported(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws -> Row? {
        let outcome = try ImportHarness.run([articles], into: database)
        XCTAssertEqual(outcome.rejections.count, 0, "\(outcome.rejections)", file: file, line: line)
        XCTAssertEqual(outcome.result.counts.new, 2, file: file, line: line)
        return try Database(path: database, mode: .readOnly).fetchOne(
            sql: "SELECT encoding, format, text, warnings, original_text FROM articles WHERE source = ?",
            arguments: [source])
    }

    // MARK: Rejected

    func testEmptyFile() throws {
        let path = try folder.write("articles/empty.txt", Data())
        let rejection = try onlyRejection()
        XCTAssertEqual(rejection.path, path)
        XCTAssertTrue(rejection.reason.contains("empty"), rejection.reason)
    }

    func testPNGRenamedToText() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        png.append(Data((0..<2000).map { UInt8($0 % 251) }))
        try folder.write("articles/photo.txt", png)
        XCTAssertTrue(try onlyRejection().reason.contains("binary"))
    }

    func testNULBytesInText() throws {
        var bytes = Data("第五届智能制造大会在南昌开幕。".utf8)
        bytes.append(contentsOf: [0, 0, 0])
        bytes.append(Data("江西省副省长出席。".utf8))
        try folder.write("articles/nul.txt", bytes)
        XCTAssertTrue(try onlyRejection().reason.contains("binary"))
    }

    func testFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let path = folder.path("articles/dump.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertEqual(truncate(path, 50 * 1024 * 1024), 0) // sparse: 50 MB on paper, nothing on disk
        let rejection = try onlyRejection()
        XCTAssertTrue(rejection.reason.contains("too large"), rejection.reason)
        XCTAssertTrue(rejection.reason.contains("52428800"), rejection.reason)
    }

    func testHTMLPageWithoutArticleText() throws {
        try folder.write("articles/login.html", """
            <!DOCTYPE html><html><head><title>Sign in</title></head>
            <body><nav><a href="/">Home</a></nav><form><input name="user"><button>Sign in</button></form>
            <footer>Copyright 2024</footer></body></html>
            """)
        XCTAssertTrue(try onlyRejection().reason.contains("no article text"))
    }

    func testUnreadableFile() throws {
        let path = try folder.write("articles/secret.txt", SampleArticle.text(6))
        XCTAssertEqual(chmod(path, 0), 0)
        defer { chmod(path, 0o644) }
        // Root reads files whatever their mode, so under root (as CI runs) the import runs with
        // the effective user `nobody`, as a cron job of an ordinary user would; the folder is
        // opened up so that user can create the database in it.
        if geteuid() == 0 {
            XCTAssertEqual(chmod(folder.path, 0o777), 0)
            XCTAssertEqual(seteuid(65534), 0, "cannot take the effective user nobody")
        }
        defer { if getuid() == 0 { _ = seteuid(0) } }
        XCTAssertTrue(try onlyRejection().reason.contains("permission denied"))
    }

    func testSymbolicLinkLoop() throws {
        try FileManager.default.createDirectory(atPath: folder.path("articles/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("articles/sub/again"), withDestinationPath: articles)
        let rejection = try onlyRejection()
        XCTAssertEqual(rejection.path, folder.path("articles/sub/again"))
        XCTAssertTrue(rejection.reason.contains("symbolic link loop"), rejection.reason)
    }

    // MARK: Imported

    func testDirectoryNamedLikeAFileIsWalkedNotRead() throws {
        try folder.write("articles/2024-notice.txt/index.html",
                         "<html><body><p>\(SampleArticle.text(7))</p></body></html>")
        let row = try imported("2024-notice.txt/index.html")
        XCTAssertEqual(row?["format"]?.stringValue, "html")
    }

    func testGB18030() throws {
        try folder.write("articles/gbk.txt", Data(hex: """
            32303233c4ea35d4c2a3acb5dac8fdbdecbbb4bad3d0c2b2c4c1cfb2fad2b5b4f3bbe1d4dab0f6b2babed9d0d0a1a3b0b2bbd5caa1beadbc\
            c3bacdd0c5cfa2bbafccfcccfcb3a4d0edbda8b9fab3f6cfafb2a2d6c2b4c7a1a3b5bd32303236c4eaa3acc8abcad0d0c2b2c4c1cfb2fad2\
            b5b2fad6b5cdbbc6c6383030d2dad4aaa1a3
            """))
        let row = try imported("gbk.txt")
        XCTAssertEqual(row?["encoding"]?.stringValue, "gb18030")
        XCTAssertTrue(row?["text"]?.stringValue?.contains("新材料产业大会在蚌埠举行") ?? false)
    }

    func testUTF16WithBOM() throws {
        var bytes = Data([0xFF, 0xFE])
        bytes.append(SampleArticle.text(8).data(using: .utf16LittleEndian)!)
        try folder.write("articles/utf16.txt", bytes)
        let row = try imported("utf16.txt")
        XCTAssertEqual(row?["encoding"]?.stringValue, "utf-16le")
        XCTAssertTrue(row?["text"]?.stringValue?.contains("产业发展论坛") ?? false)
    }

    func testUTF8WithBOM() throws {
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data(SampleArticle.text(9).utf8))
        try folder.write("articles/bom.txt", bytes)
        let text = try imported("bom.txt")?["text"]?.stringValue ?? ""
        XCTAssertFalse(text.unicodeScalars.contains("\u{FEFF}"))
        XCTAssertTrue(text.contains("产业发展论坛"))
    }

    func testCRLFLineEnds() throws {
        try folder.write("articles/crlf.txt", SampleArticle.text(10).replacingOccurrences(of: "\n", with: "\r\n"))
        let text = try imported("crlf.txt")?["text"]?.stringValue ?? ""
        XCTAssertFalse(text.contains("\r"))
        XCTAssertGreaterThanOrEqual(text.split(separator: "\n").count, 4)
    }

    func testInvalidUTF8InsideAnArticleIsKeptWithAWarning() throws {
        // One stray byte between two characters: damaged UTF-8, not another encoding.
        let text = SampleArticle.text(11)
        let sentenceEnd = text.range(of: "。")!.upperBound
        var bytes = Data(text[..<sentenceEnd].utf8)
        bytes.append(0xFF)
        bytes.append(Data(text[sentenceEnd...].utf8))
        try folder.write("articles/damaged.txt", bytes)
        let row = try imported("damaged.txt")
        XCTAssertEqual(row?["encoding"]?.stringValue, "utf-8")
        XCTAssertNotEqual(row?["warnings"]?.stringValue, "[]")
    }

    func testMillionCharacterLineFinishes() throws {
        let sentence = "推动制造业高端化智能化绿色化发展，"
        let line = String(repeating: sentence, count: 1_000_000 / sentence.count + 1)
        try folder.write("articles/long-line.txt", line + "。")
        let text = try imported("long-line.txt")?["text"]?.stringValue ?? ""
        XCTAssertGreaterThanOrEqual(text.count, 1_000_000)
    }

    func testUnclosedFrontMatterIsReadAsPlainTextWithAWarning() throws {
        try folder.write("articles/post.md", "---\ntitle: 新能源汽车产业链招商推介会\ndate: 2024-04-02\n\n" + SampleArticle.text(12))
        let row = try imported("post.md")
        XCTAssertEqual(row?["format"]?.stringValue, "plain")
        XCTAssertTrue(row?["warnings"]?.stringValue?.contains("front matter") ?? false)
    }

    func testScriptsAndStylesOfAPageAreLeftOut() throws {
        try folder.write("articles/page.txt", """
            <html><head><title>省工信厅召开新闻发布会</title><style>p { color: red; }</style>
            <script>var tracker = "统计代码不是正文"; document.write(tracker);</script></head>
            <body><div class="nav">首页 | 政务公开</div><p>\(SampleArticle.text(13))</p>
            <script type="text/javascript">alert("弹窗广告内容")</script></body></html>
            """)
        let row = try imported("page.txt")
        let text = row?["text"]?.stringValue ?? ""
        XCTAssertEqual(row?["format"]?.stringValue, "html")
        XCTAssertTrue(text.contains("产业发展论坛"))
        XCTAssertFalse(text.contains("统计代码"))
        XCTAssertFalse(text.contains("弹窗广告"))
        XCTAssertFalse(text.contains("color"))
    }

    func testEveryNumberMaskedNeverBecomesANumber() throws {
        try folder.write("articles/masked.txt", """
            到****年，全省工业增加值达到**万亿元，战略性新兴产业占比提高到**%。
            力争到20**年，培育**家国家级专精特新“小巨人”企业，数字经济核心产业增加值突破*.*万亿元。
            """)
        _ = try imported("masked.txt")
        XCTAssertEqual(try ImportHarness.integer(database, """
            SELECT count(*) FROM article_targets WHERE source = 'masked.txt' AND value IS NOT NULL
            """), 0)
        XCTAssertEqual(try ImportHarness.integer(database, """
            SELECT count(*) FROM targets t JOIN articles a ON a.id = t.article_id
            WHERE a.source = 'masked.txt' AND (t.value IS NOT NULL OR t.year IS NOT NULL)
            """), 0)
    }
}

private extension Data {
    /// Bytes from hex digits; whitespace between them is ignored.
    init(hex: String) {
        let digits = hex.unicodeScalars.filter { !$0.properties.isWhitespace }.map { UInt8($0.value) }
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < digits.count {
            bytes.append(UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16)!)
            index += 2
        }
        self.init(bytes)
    }
}
