import XCTest
@testable import Extraction

final class ChineseNumberTests: XCTestCase {
    func testChineseNumerals() {
        XCTAssertEqual(ChineseNumber.parseChinese("一百二十"), 120)
        XCTAssertEqual(ChineseNumber.parseChinese("两千"), 2000)
        XCTAssertEqual(ChineseNumber.parseChinese("十三"), 13)
        XCTAssertEqual(ChineseNumber.parseChinese("两千零五"), 2005)
        XCTAssertEqual(ChineseNumber.parseChinese("三"), 3)
        XCTAssertNil(ChineseNumber.parseChinese("三个"))
    }

    func testArabicWithDecimalsAndCommas() {
        XCTAssertEqual(ChineseNumber.parseArabic("3743.2"), Decimal(string: "3743.2"))
        XCTAssertEqual(ChineseNumber.parseArabic("17,000"), 17000)
        XCTAssertNil(ChineseNumber.parseArabic("3."))
        XCTAssertNil(ChineseNumber.parseArabic("1.2.3"))
    }

    func testMultipliersAreExact() {
        XCTAssertEqual(ChineseNumber.parse("180亿"), Decimal(18_000_000_000))
        XCTAssertEqual(ChineseNumber.parse("3.5亿"), Decimal(350_000_000))
        XCTAssertEqual(ChineseNumber.parse("12万"), Decimal(120_000))
        XCTAssertEqual(ChineseNumber.parse("一百亿"), Decimal(10_000_000_000))
        XCTAssertEqual(ChineseNumber.parse("千亿"), Decimal(100_000_000_000))
        XCTAssertEqual(ChineseNumber.parse("1.2万亿"), Decimal(1_200_000_000_000))
        XCTAssertEqual(ChineseNumber.parse("3千亿"), Decimal(300_000_000_000))
        // 0.1 is not exact in binary floating point; Decimal keeps it exact.
        XCTAssertEqual(ChineseNumber.parse("4353.9亿"), Decimal(435_390_000_000))
    }

    func testMaskedNumbersNeverBecomeValues() {
        XCTAssertNil(ChineseNumber.parse("****亿"))
        XCTAssertNil(ChineseNumber.parse("*.*万亿"))
        let s = Array("突破**万辆".unicodeScalars)
        let n = ChineseNumber.scan(s, at: 2)
        XCTAssertEqual(n?.masked, true)
        XCTAssertNil(n?.value)
        XCTAssertEqual(n?.end, 4)
    }

    func testScanStopsBeforeMultiplier() {
        let s = Array("达到2750亿元".unicodeScalars)
        let n = ChineseNumber.scan(s, at: 2)
        XCTAssertEqual(n?.value, 2750)
        XCTAssertEqual(n?.end, 6)
    }
}
