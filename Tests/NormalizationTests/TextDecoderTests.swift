import XCTest
@testable import Normalization

final class TextDecoderTests: XCTestCase {
    let decoder = TextDecoder()

    func testPlainUTF8() throws {
        let d = try decoder.decode(Data("工信部召开会议".utf8))
        XCTAssertEqual(d.text, "工信部召开会议")
        XCTAssertEqual(d.encoding, "utf-8")
        XCTAssertEqual(d.warnings, [])
    }

    func testUTF8ByteOrderMarkIsDropped() throws {
        let d = try decoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data("宁海县召开大会".utf8))
        XCTAssertEqual(d.text, "宁海县召开大会")
        XCTAssertEqual(d.encoding, "utf-8")
    }

    func testUTF16LittleAndBigEndianWithBOM() throws {
        let le = try decoder.decode(TestBytes.hex("fffe") + TestBytes.hex("2d4e0b57fd8820906d69"))
        XCTAssertEqual(le.text, "中國製造業")
        XCTAssertEqual(le.encoding, "utf-16le")
        let be = try decoder.decode(TestBytes.hex("feff 4e2d570b"))
        XCTAssertEqual(be.text, "中國")
        XCTAssertEqual(be.encoding, "utf-16be")
    }

    func testOddLengthUTF16IsUndecodable() {
        XCTAssertThrowsError(try decoder.decode(TestBytes.hex("fffe 2d4e0b"))) { error in
            guard case RejectionReason.undecodable = error else { return XCTFail("\(error)") }
        }
    }

    func testGB18030File() throws {
        let d = try decoder.decode(TestBytes.gb18030Sentence)
        XCTAssertEqual(d.text, "中国制造业高质量发展，到2025年实现")
        XCTAssertEqual(d.encoding, "gb18030")
        let t = try decoder.decode(TestBytes.gb18030Traditional)
        XCTAssertEqual(t.text, "制造業發展")
    }

    func testAFewDamagedBytesInUTF8AreReplacedWithAWarning() throws {
        var bytes = Data(String(repeating: "新能源汽车产业链加快完善。", count: 20).utf8)
        bytes.insert(0xFF, at: 30)
        let d = try decoder.decode(bytes)
        XCTAssertEqual(d.encoding, "utf-8")
        XCTAssertTrue(d.text.contains("\u{FFFD}"))
        XCTAssertEqual(d.warnings.count, 1)
        XCTAssertTrue(d.warnings[0].contains("byte offset 30"), d.warnings[0])
    }

    func testNULBytesArebinary() {
        XCTAssertThrowsError(try decoder.decode(Data("abc\u{0}def".utf8))) { error in
            XCTAssertEqual(error as? RejectionReason, .binary("NUL byte at offset 3"))
        }
    }

    func testImageAndArchiveSignaturesAreBinary() {
        let png = TestBytes.hex("89504e470d0a1a0a0000000d49484452")
        XCTAssertThrowsError(try decoder.decode(png)) { error in
            XCTAssertEqual(error as? RejectionReason, .binary("PNG image"))
        }
        XCTAssertThrowsError(try decoder.decode(Data("%PDF-1.7\n中文".utf8))) { error in
            XCTAssertEqual(error as? RejectionReason, .binary("PDF document"))
        }
        XCTAssertThrowsError(try decoder.decode(TestBytes.hex("504b030414000000"))) { error in
            XCTAssertEqual(error as? RejectionReason, .binary("ZIP archive"))
        }
    }

    func testBytesThatAreNeitherUTF8NorGB18030AreRejected() {
        // 0xFF is never valid in UTF-8 and never a GB18030 lead byte.
        let junk = Data(repeating: 0xFF, count: 64) + Data("ok".utf8)
        XCTAssertThrowsError(try decoder.decode(junk)) { error in
            guard case RejectionReason.undecodable(let why) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(why.contains("first at byte 0"), why)
        }
    }
}
