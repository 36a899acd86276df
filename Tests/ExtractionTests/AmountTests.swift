import XCTest
@testable import Extraction

final class AmountTests: XCTestCase {
    private func yuan(_ text: String, bare: Bool = false) -> [Int64?] {
        AmountParser.amounts(in: Array(text.unicodeScalars), bareMultiplierIsYuan: bare).map(\.yuan)
    }

    func testYuanAmountsAreExactIntegers() {
        XCTAssertEqual(yuan("项目总投资260亿元，其中一期投资7.25亿元"), [26_000_000_000, 725_000_000])
        XCTAssertEqual(yuan("补助资金12万元"), [120_000])
        XCTAssertEqual(yuan("设立一百亿元产业基金"), [10_000_000_000])
        XCTAssertEqual(yuan("打造千亿元级产业集群"), [100_000_000_000])
        XCTAssertEqual(yuan("奖励500元"), [500])
    }

    func testForeignCurrencyHasNoYuanValue() {
        let a = AmountParser.amounts(in: Array("投资8亿美元建设新工厂".unicodeScalars))
        XCTAssertEqual(a.count, 1)
        XCTAssertEqual(a.first?.currency, "USD")
        XCTAssertNil(a.first?.yuan)
    }

    func testMaskedAmount() {
        let a = AmountParser.amounts(in: Array("增加值突破****亿元".unicodeScalars))
        XCTAssertEqual(a.first?.masked, true)
        XCTAssertNil(a.first?.yuan)
    }

    func testBareMultiplierOnlyWhenAllowed() {
        XCTAssertEqual(yuan("总投资45亿建设基地"), [])
        XCTAssertEqual(yuan("总投资45亿建设基地", bare: true), [4_500_000_000])
    }

    func testQuantitiesKeepUnitAsStated() {
        let q = QuantityParser.quantities(in: Array("探索打造五条示范带，产值突破1200亿元，增长**%以上".unicodeScalars),
                                          from: 0, to: 27)
        XCTAssertEqual(q.map(\.unit), ["条", "亿元", "%"])
        XCTAssertEqual(q[0].value, 5)
        XCTAssertEqual(q[1].value, 1200)
        XCTAssertNil(q[2].value)
        XCTAssertTrue(q[2].masked)
    }

    func testUnitOpeningWithAMultiplierCharacter() {
        // 万 scales the unit 千瓦: "300万千瓦" is 300 of 万千瓦, not 300万千 of an unknown 瓦.
        let text = Array("装机容量达到300万千瓦，年发电量50亿千瓦时".unicodeScalars)
        let q = QuantityParser.quantities(in: text, from: 0, to: text.count)
        XCTAssertEqual(q.map(\.value), [300, 50])
        XCTAssertEqual(q.map(\.unit), ["万千瓦", "亿千瓦时"])
    }
}
