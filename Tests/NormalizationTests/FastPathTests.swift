import Foundation
import XCTest
@testable import Normalization

/// The byte-level prechecks that let a stage skip its work: each must decline exactly when the stage
/// would have changed nothing, and must not decline when it would.
final class FastPathTests: XCTestCase {
    func testLineEndingsSeeEveryKindOfBreakAndLeaveLookalikeBytesAlone() {
        XCTAssertEqual(LineEndings.normalize("甲\u{85}乙\u{2028}丙\u{2029}丁"), "甲\n乙\n丙\n丁")
        XCTAssertEqual(LineEndings.normalize("末尾\r"), "末尾\n")
        // 耨 is E8 80 A8: the bytes 80 A8 without the E2 lead are not a line separator.
        let text = "“耨”·中文\n"
        XCTAssertEqual(LineEndings.normalize(text), text)
    }

    func testFormatDetectorFindsMarkersInAnyCaseAndOnlyWithinTheSample() {
        XCTAssertTrue(FormatDetector().isHTML("<DIV class=a>甲</DIV><P>乙</P>"))
        XCTAssertFalse(FormatDetector().isHTML("没有标记的正文。"))
        var short = FormatDetector()
        short.sampleLength = 8
        XCTAssertFalse(short.isHTML("正文正文正文正文<html><body>"))
        XCTAssertTrue(short.isHTML("正文<html><body>"))
        // Three tag markers make HTML, two do not.
        XCTAssertFalse(FormatDetector().isHTML("见<br>与<br>"))
        XCTAssertTrue(FormatDetector().isHTML("见<br>与<br>和<br>"))
    }

    func testWidthFolderDeclinesWithoutFullWidthFormsButFoldsWithThem() {
        let plain = "投资120亿元，增长5.2%“十四五”"
        XCTAssertEqual(WidthFolder().fold(plain), plain)
        XCTAssertEqual(WidthFolder().fold("第ｚ"), "第z")
    }

    func testEntityDecoderWithoutAmpersandReturnsTheText() {
        XCTAssertEqual(HTMLEntityDecoder().decode("没有实体的正文"), "没有实体的正文")
        XCTAssertEqual(HTMLEntityDecoder().decode("甲&nbsp;乙&#20013;"), "甲\u{A0}乙中")
    }

    func testBinarySnifferFindsControlBytesAnywhereInAWord() {
        for offset in 0..<17 {
            var bytes = [UInt8](repeating: 0x41, count: 17)
            bytes[offset] = 0
            XCTAssertEqual(BinarySniffer().binaryReason(Data(bytes)), "NUL byte at offset \(offset)")
        }
        let controls = Data([UInt8](repeating: 0x01, count: 9) + [UInt8](repeating: 0x41, count: 20))
        XCTAssertEqual(BinarySniffer().binaryReason(controls), "9 control bytes")
        XCTAssertNil(BinarySniffer().binaryReason(Data("第一行\n\t第二行\r\n".utf8)))
    }

    func testCharacterCountShortcutAgreesWithCount() {
        for text in ["", "中文", String(repeating: "制造业", count: 40), "e\u{301}" + String(repeating: "a", count: 99),
                     String(repeating: "a\u{301}", count: 60), "\r\n" + String(repeating: "中", count: 99),
                     String(repeating: "👍🏽", count: 30), String(repeating: "한", count: 101)] {
            for limit in [0, 1, 24, 99, 100, 101, 120] {
                XCTAssertEqual(HanCharacter.characterCount(of: text, isAtMost: limit), text.count <= limit, "\(text) \(limit)")
            }
        }
    }

    func testWhitespaceHelperAgreesWithTheUnicodeProperty() {
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(HanCharacter.isWhitespace(s), s.properties.isWhitespace, String(v, radix: 16))
        }
    }

    func testScalarArrayMatchesTheStandardLibrary() {
        let text = "a\u{E9}中𨧀\r\n，"
        XCTAssertEqual(UTF8Scalars.array(text), Array(text.unicodeScalars))
        XCTAssertEqual(UTF8Scalars.array(""), [])
    }

    func testFrontMatterWithoutBodyOrWithoutLineBreak() {
        XCTAssertEqual(FrontMatterParser().parse("---"), .unclosed)
        XCTAssertEqual(FrontMatterParser().parse("---\ntitle: 甲\n---"), .parsed(FrontMatter(fields: ["title": "甲"], body: "")))
        // "\r" is not trimmed as whitespace (LineEndings runs first in the pipeline).
        XCTAssertEqual(FrontMatterParser().parse("---\r\ntitle: 甲\r\n---\r\n正文"), .none)
    }

    func testMarkdownSignalsInBytesMatchScalars() {
        XCTAssertTrue(MarkdownStripper().looksLikeMarkdown("正文\n  ``代码"))
        XCTAssertTrue(MarkdownStripper().looksLikeMarkdown("见[链接](x)"))
        XCTAssertFalse(MarkdownStripper().looksLikeMarkdown("中]（x）"))
        XCTAssertFalse(MarkdownStripper().looksLikeMarkdown("正文 #标签"))
        XCTAssertFalse(MarkdownStripper().looksLikeMarkdown("#######  七级"))
    }
}
