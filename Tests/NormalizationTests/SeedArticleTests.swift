import XCTest
import Facts
@testable import Normalization

/// End to end on each seed: headline, date, kind, script, chrome gone, key sentences kept.
final class SeedArticleTests: XCTestCase {
    func testSeed000PlainArticleWithoutHeadline() throws {
        let a = try SeedFixtures.article("000")
        XCTAssertEqual(a.format, .plain)
        XCTAssertEqual(a.script, "Hans")
        XCTAssertNil(a.published)
        XCTAssertNil(a.title)
        XCTAssertTrue(a.text.hasPrefix("3月27日至28日，以"), String(a.text.prefix(20)))
        XCTAssertTrue(a.text.contains("河北省副省长丁绣峰、工业和信息化部副部长辛国斌"))
        XCTAssertTrue(a.text.contains("推动京津冀产业协同，发布实施"), "ASCII comma between Han becomes full-width")
        XCTAssertFalse(a.text.hasSuffix("\n"))
        XCTAssertEqual(a.warnings, [])
    }

    func testSeed001FrontMatterWithHTMLBody() throws {
        let a = try SeedFixtures.article("001")
        XCTAssertEqual(a.format, .frontMatter)
        XCTAssertEqual(a.published, "2022-03-01")
        XCTAssertEqual(a.title, "《河北省制造业高质量发展“十四五”规划》出台 实施八项行动 构建现代化制造业体系")
        XCTAssertTrue(a.text.hasPrefix("近日，省政府新闻办召开新闻发布会"))
        XCTAssertTrue(a.text.contains("\n构建“一核、两极、四带、多集群”发展格局\n"))
        XCTAssertTrue(a.text.contains("产业基地（园区）和产业集群"))
        for chrome in ["<p>", "layout:", "categories:", "返回首页", "http", "finews"] {
            XCTAssertFalse(a.text.contains(chrome), chrome)
        }
        XCTAssertEqual(a.warnings, [])
    }

    func testSeed002TraditionalWithPinyinGlossesAndDamagedGBK() throws {
        let a = try SeedFixtures.article("002")
        XCTAssertEqual(a.format, .plain)
        XCTAssertEqual(a.script, "Hant")
        XCTAssertNil(a.published)
        XCTAssertTrue(a.text.hasPrefix("2021世界制造业大会于11月22日在安徽合肥圆满落下帷幕，取得了丰硕成果。"),
                      String(a.text.prefix(40)))
        XCTAssertTrue(a.text.contains("省政府副秘书长、省政府办公厅主任、2021世界制造业大会执委会办公室主任孙东海"))
        XCTAssertTrue(a.text.contains("国务院副总理刘鹤书面致辞"))
        XCTAssertTrue(a.text.contains("投资180亿元的晶合二期及配套项目"))
        XCTAssertFalse(a.text.contains("(yè)"))
        XCTAssertFalse(a.text.contains("("), "every ASCII parenthesis here is a gloss or touches Han")
        XCTAssertTrue(a.warnings.contains { $0.hasPrefix("possible mojibake at offset") }, "\(a.warnings)")
    }

    func testSeed003ScrapedPageChromeAndHeadline() throws {
        let a = try SeedFixtures.article("003")
        XCTAssertEqual(a.format, .plain)
        XCTAssertEqual(a.title, "直播回放|北京发布会:宁波成“中国制造2025”首个试点示范城市")
        XCTAssertEqual(a.published, "2016-08-18")
        XCTAssertTrue(a.text.hasPrefix("今天上午9点，工业和信息化部、中国工程院"), String(a.text.prefix(30)))
        XCTAssertTrue(a.text.contains("工业和信息化部副部长辛国斌，中国工程院副院长田红旗"))
        XCTAssertTrue(a.text.hasSuffix("发布会圆满结束。"), String(a.text.suffix(30)))
        let lines = a.text.components(separatedBy: "\n")
        for chrome in ["政策动态", "275", "275-1", "275-8"] { XCTAssertFalse(lines.contains(chrome), chrome) }
        for chrome in ["当前位置", "点击量", "ICP备", "版权所有", "公网安备", "在线咨询", "直播回放"] {
            XCTAssertFalse(a.text.contains(chrome), chrome)
        }
        XCTAssertTrue(lines.contains("9:00"), "live-blog times stay with their ASCII colon")
        XCTAssertEqual(a.warnings, [])
    }

    func testSeed004SpeechWithMaskedNumbers() throws {
        let a = try SeedFixtures.article("004")
        XCTAssertEqual(a.format, .plain)
        XCTAssertNil(a.title, "同志们： is a salutation, not a headline")
        XCTAssertNil(a.published)
        XCTAssertTrue(a.text.hasPrefix("同志们：\n今天我们召开会议"))
        XCTAssertTrue(a.text.contains("****年，全市规上工业总产值突破*.*万亿元，工业增加值达到****亿元"))
        XCTAssertTrue(a.text.contains("明确要求**“加快建设先进制造业基地”。****年总书记亲临**考察"))
        XCTAssertEqual(a.warnings, [])
    }

    func testEveryScalarOfEveryTextIsClean() throws {
        for seed in ["000", "001", "002", "003", "004"] {
            let a = try SeedFixtures.article(seed)
            for line in a.text.components(separatedBy: "\n") {
                XCTAssertFalse(line.isEmpty, "\(seed): empty paragraph")
                XCTAssertEqual(line, line.trimmingCharacters(in: .whitespaces), "\(seed): untrimmed line")
            }
            XCTAssertFalse(a.text.unicodeScalars.contains { (0xFF10...0xFF5A).contains($0.value) && $0 != "：" && $0 != "；" && $0 != "？" }, seed)
        }
    }
}
