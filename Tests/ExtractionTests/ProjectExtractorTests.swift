import XCTest
import Facts
@testable import Extraction

final class ProjectExtractorTests: XCTestCase {
    private func projects(_ text: String) -> [Project] {
        ProjectExtractor.shared.extract(text, places: [])
    }

    func testAmountBeforeNameAndListedItems() {
        let text = "投资260亿元的长鑫三期及配套项目，将完善无锡半导体产业链；投资42亿元的宜兴光伏组件生产、投资7.5亿元的江阴碳纤维二期等项目，将助推打造产业集群。"
        let p = projects(text)
        XCTAssertEqual(p.map(\.name), ["长鑫三期及配套项目", "宜兴光伏组件生产", "江阴碳纤维二期"])
        XCTAssertEqual(p.map(\.investmentCNY), [26_000_000_000, 4_200_000_000, 750_000_000])
        XCTAssertEqual(p.map(\.place), ["无锡", "宜兴", "江阴"])
        XCTAssertEqual(p[0].amountText, "260亿元")
    }

    func testListedProjectsTakePlaceFromTheirSentence() {
        let text = "其中中型货运无人机总装基地、蓝鹰航空株洲发动机产业基地、精密轴承产业化等项目将助推株洲市完善产业链。"
        let p = projects(text)
        XCTAssertEqual(p.map(\.name), ["中型货运无人机总装基地", "蓝鹰航空株洲发动机产业基地", "精密轴承产业化"])
        XCTAssertTrue(p.allSatisfy { $0.investmentCNY == nil && $0.place == "株洲" })
    }

    func testNameThenInvestmentAndForeignCurrency() {
        let p = projects("宁德新能源电池项目总投资85亿元。海外研发中心项目投资3亿美元。")
        XCTAssertEqual(p.map(\.name), ["宁德新能源电池项目", "海外研发中心项目"])
        XCTAssertEqual(p[0].investmentCNY, 8_500_000_000)
        XCTAssertNil(p[1].investmentCNY)
    }

    func testAggregatesAndClassNamesAreNotProjects() {
        let text = "大会集中签约项目218个、投资总额1520.6亿元。签约新材料类项目40个、投资总额300亿元。"
            + "签署9项重大合作项目，涵盖文化旅游等重点产业和基础设施建设项目。引进一批优质产业项目。"
        XCTAssertEqual(projects(text).map(\.name), [])
    }

    func testMilestoneProjectsWithAmountInNextClause() {
        let text = "会上，远景动力储能电池超级工厂项目正式签约，总投资62亿元。当地还开工建设恒瑞创新药产业化基地项目。"
            + "我市举办重大合作项目签约仪式。要吸引更多优质外资产业项目落户。"
        let p = projects(text)
        XCTAssertEqual(p.map(\.name), ["远景动力储能电池超级工厂项目", "恒瑞创新药产业化基地项目"])
        XCTAssertEqual(p.map(\.investmentCNY), [6_200_000_000, nil])
        XCTAssertEqual(p.first?.evidence.rule, "projects.milestone")
    }

    func testHedgedAmounts() {
        let p = projects("总投资约36亿元的东方航空发动机维修基地项目落地。临港氢能重卡项目总投资超20亿元。")
        XCTAssertEqual(p.map(\.name), ["东方航空发动机维修基地项目", "临港氢能重卡项目"])
        XCTAssertEqual(p.map(\.investmentCNY), [3_600_000_000, 2_000_000_000])
    }

    func testCompanyBeforeTheProjectIsNotPartOfItsName() {
        let p = projects("其中，华川电子科技有限公司年产5000吨电子浆料项目投资8亿元，落户高新区。")
        XCTAssertEqual(p.map(\.name), ["年产5000吨电子浆料项目"])
        XCTAssertEqual(p.first?.investmentCNY, 800_000_000)
    }

    func testConjunctionInsideOneProjectName() {
        let p = projects("省科学院与某某新能源公司合作建设的固态电池中试线及检测中心项目投资6.5亿元。")
        XCTAssertEqual(p.map(\.name), ["固态电池中试线及检测中心项目"])
        XCTAssertEqual(p.first?.investmentCNY, 650_000_000)
    }

    func testForeignCurrencyInvestmentBeforeBuiltProject() {
        let p = projects("港资恒达集团投资2亿美元建设的精细化工新材料项目落户临港片区。")
        XCTAssertEqual(p.map(\.name), ["精细化工新材料项目"])
        XCTAssertNil(p.first?.investmentCNY)
    }

    func testFacilityCoBuiltUnderASignedAgreement() {
        let p = projects("省农科院与平川县人民政府签署战略合作协议，共建平川现代种业研究院。")
        XCTAssertEqual(p.map(\.name), ["平川现代种业研究院"])
        XCTAssertEqual(p.first?.evidence.rule, "projects.co-built")
        XCTAssertTrue(projects("学校将与本地企业共建联合实验室。").isEmpty)
    }

    func testListedWithClassWordsThenNamedInFull() {
        let text = "两县分别签约了茶油精深加工、竹编文创产业园等特色产业项目。其中，某县茶油精深加工产业园项目总投资3亿元。"
        let p = projects(text)
        XCTAssertEqual(p.map(\.name), ["某县茶油精深加工产业园项目", "竹编文创产业园"])
        XCTAssertEqual(p.first?.investmentCNY, 300_000_000)
    }

    func testClassesSlogansAndCeremoniesAreNotProjects() {
        XCTAssertTrue(projects("确保全年新开工亿元以上工业项目不少于50个。").isEmpty)
        XCTAssertTrue(projects("对签约项目实行“一个项目、一个专班”跟踪服务机制。").isEmpty)
        XCTAssertTrue(projects("云州市2021年第四季度重大项目集中签约仪式举行。").isEmpty)
    }

    func testPlaceIsTheAreaTheProjectSettlesIn() {
        let p = projects("其中，年产8万吨铜箔项目投资30亿元，落户临江经济开发区；总投资12亿元的冷链物流园项目选址东坡县。")
        XCTAssertEqual(p.map(\.place), ["临江经济开发区", "东坡县"])
    }
}
