import XCTest
import Facts
@testable import Extraction

final class PlaceExtractorTests: XCTestCase {
    private func names(_ text: String) -> [String] {
        PlaceExtractor.shared.mentions(in: ScalarText(text)).map { $0.division.cityName ?? $0.division.short }
    }

    func testFullAndShortFormsResolveToShortCityNames() {
        let ms = PlaceExtractor.shared.mentions(in: ScalarText("湖南省株洲市与湘潭签署协议，落户醴陵的企业增多"))
        XCTAssertEqual(ms.map(\.division.name), ["湖南省", "株洲市", "湘潭市", "醴陵市"])
        XCTAssertEqual(ms[1].division.cityName, "株洲")
        XCTAssertEqual(ms[0].division.rank, 0)
        XCTAssertEqual(ms[3].division.prefecture, "株洲")
    }

    func testCountyShortFormNeedsContext() {
        // 醴陵 without a locative word or its full name is not taken.
        XCTAssertEqual(names("醴陵陶瓷远销海外"), [])
        XCTAssertEqual(names("新工厂落户醴陵"), ["醴陵"])
        XCTAssertEqual(names("醴陵市醴陵陶瓷"), ["醴陵", "醴陵"])
    }

    func testAmbiguousShortFormsNeedContext() {
        // 来宾 (a city in Guangxi) is also "guests".
        XCTAssertEqual(names("向各位来宾表示欢迎"), [])
        XCTAssertEqual(names("论坛在来宾举行"), ["来宾"])
        XCTAssertEqual(names("来宾市代表团"), ["来宾"])
    }

    func testDistrictNameDoesNotSwallowWord() {
        XCTAssertFalse(names("推进河北区域协同").contains("河北区"))
    }

    func testMainCityAndProvince() {
        let text = "会议在株洲召开。株洲市委书记致辞，湘潭市代表参加。株洲将打造千亿产业。湖南省领导出席。"
        let ms = PlaceExtractor.shared.mentions(in: ScalarText(text))
        XCTAssertEqual(PlaceExtractor.shared.mainCity(ms)?.cityName, "株洲")
        XCTAssertEqual(PlaceExtractor.shared.mainProvince(ms)?.name, "湖南省")
        let tie = PlaceExtractor.shared.mentions(in: ScalarText("株洲与湘潭合作"))
        XCTAssertNil(PlaceExtractor.shared.mainCity(tie))
    }

    func testExtractGivesOnePlacePerName() {
        let places = PlaceExtractor.shared.extract("株洲市株洲湘潭")
        XCTAssertEqual(places.map(\.name), ["株洲", "湘潭"])
        XCTAssertEqual(places[0].evidence.rule, "places.full-name")
        XCTAssertEqual(places[0].province, "湖南")
    }

    func testCountyNamesThatAreOrdinaryWords() {
        // 资源 is also 资源县 (Guangxi): "在资源配置中" is about resources.
        XCTAssertEqual(names("在资源配置中发挥作用"), [])
        XCTAssertEqual(names("资源县代表团在资源考察"), ["资源", "资源"])
    }
}
