import XCTest
@testable import Normalization

final class MarkerSetTests: XCTestCase {
    let set = MarkerSet(["版权所有", "ICP备", "©", "来源："])

    func testOccursAndCount() {
        XCTAssertTrue(set.occurs(in: "某某公司 版权所有"))
        XCTAssertTrue(set.occurs(in: "©2024"))
        XCTAssertFalse(set.occurs(in: "版权保护"))
        XCTAssertEqual(set.count(in: Array("版权所有 京ICP备0001号 版权所有".unicodeScalars)), 2)
    }

    func testPrefix() {
        XCTAssertTrue(set.isPrefix(of: Array("来源：新华社".unicodeScalars)))
        XCTAssertFalse(set.isPrefix(of: Array("新闻来源：新华社".unicodeScalars)))
        XCTAssertFalse(set.isPrefix(of: []))
    }
}
