import XCTest
@testable import Normalization

final class WidthFolderTests: XCTestCase {
    func testDigitsAndLettersFoldPunctuationStays() {
        XCTAssertEqual(WidthFolder().fold("投资１２０亿元，ＧＤＰ增长５．２％、《规划》“十四五”：Ｈ５"),
                       "投资120亿元，GDP增长5.2%、《规划》“十四五”：H5")
    }

    func testFullStopNotBetweenDigitsStays() {
        XCTAssertEqual(WidthFolder().fold("共３项．"), "共3项．")
    }
}
