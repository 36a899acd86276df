@testable import BenchCorpus
import Foundation
import XCTest

final class CorpusGeneratorTests: XCTestCase {
    let generator = CorpusGenerator(seed: 11)

    func testSameSeedAndIndexGiveTheSameBytes() {
        XCTAssertEqual(generator.article(5).file.bytes, CorpusGenerator(seed: 11).article(5).file.bytes)
        XCTAssertNotEqual(generator.article(5).file.bytes, CorpusGenerator(seed: 12).article(5).file.bytes)
    }

    func testArticlesAreNearTheTargetSizeAndFilledInThousandsPerFolder() {
        for index in [0, 1, 999, 1000] {
            let article = generator.article(index)
            XCTAssert((6_000...20_000).contains(article.file.bytes.count), "\(article.path): \(article.file.bytes.count) bytes")
        }
        XCTAssert(generator.article(999).path.hasPrefix("000/a000999."))
        XCTAssert(generator.article(1000).path.hasPrefix("001/a001000."))
    }

    func testEveryShapeAndFormAppearsInAHundredArticles() {
        let articles = (0..<100).map { generator.article($0) }
        XCTAssertEqual(Set(articles.map(\.shape)), Set(ComposedArticle.Shape.allCases))
        XCTAssertEqual(Set(articles.map(\.file.form)), Set(ArticleFile.Form.allCases))
        XCTAssert(articles.contains { $0.file.encoding == "gb18030" })
    }

    func testGB18030FilesDecodeBackAndAreNotUTF8() throws {
        let gb = try XCTUnwrap((0..<200).lazy.map { self.generator.article($0) }.first { $0.file.encoding == "gb18030" })
        XCTAssertNil(String(data: gb.file.bytes, encoding: .utf8))
        let text = try XCTUnwrap(String(data: gb.file.bytes, encoding: ArticleRenderer.gb18030))
        XCTAssert(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }

    func testSpeechesAreMaskedWithoutDigitsInTheBody() throws {
        let speech = try XCTUnwrap((0..<200).lazy.map { self.generator.article($0) }.first { $0.shape == .speech && $0.file.encoding == "utf-8" })
        let text = String(decoding: speech.file.bytes, as: UTF8.self)
        XCTAssert(speech.file.masked)
        XCTAssert(text.contains("****年"))
        let body = text.components(separatedBy: "\n---\n").last!
        XCTAssertFalse(body.unicodeScalars.contains { ("0"..."9").contains($0) }, "digits left in a masked body")
    }

    func testTraditionalFormCarriesPinyinGlosses() {
        let converted = ArticleRenderer.traditionalWithPinyin("制造业发展会议在杭州举行。", salt: 1, halfWidthCommas: false)
        XCTAssert(converted.hasPrefix("製"), converted)
        XCTAssert(converted.contains("業") && converted.contains("會"), converted)
        // Each gloss follows a converted character and is Latin with tone marks.
        let glosses = converted.split(separator: "(").dropFirst().map { $0.prefix { $0 != ")" } }
        XCTAssertFalse(glosses.isEmpty, converted)
        XCTAssert(glosses.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value < 0x2E80 } }, converted)
    }

    func testFrontMatterPostsOpenWithYAMLAndHoldParagraphs() throws {
        let post = try XCTUnwrap((0..<100).lazy.map { self.generator.article($0) }.first { $0.file.form == .frontMatterHTML && $0.file.encoding == "utf-8" })
        let text = String(decoding: post.file.bytes, as: UTF8.self)
        XCTAssert(text.hasPrefix("---\nlayout: post\ntitle: \""))
        XCTAssert(text.contains("<p>"))
    }

    func testWriterProducesUniqueFilesAndAManifest() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bench-corpus-test-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = try CorpusWriter(generator: generator, root: root).write(articles: 40)
        XCTAssertEqual(summary.articles, 40)
        let manifest = try String(contentsOf: root.appendingPathComponent(".manifest.tsv"), encoding: .utf8)
        let rows = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertEqual(rows.count, 40)
        var fingerprints = Set<UInt64>()
        for row in rows {
            let path = String(row.split(separator: "\t")[0])
            let data = try Data(contentsOf: root.appendingPathComponent(path))
            XCTAssert(fingerprints.insert(CorpusWriter.fingerprint(data)).inserted, "duplicate \(path)")
        }
    }
}
