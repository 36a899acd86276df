import XCTest
import Facts
@testable import Extraction

final class TargetExtractorTests: XCTestCase {
    private func targets(_ text: String, published: String? = nil) -> [Target] {
        TargetExtractor.shared.extract(text, published: published, places: [])
    }

    func testOneGoalPerClauseAfterTheYear() {
        let text = "规划提出主要目标为，到2030年，全省数字经济规模突破2万亿元，基本建成数字强省，培育五个千亿级产业集群。湖南省将加快推进。"
        let t = targets(text)
        XCTAssertEqual(t.map(\.description), ["全省数字经济规模突破2万亿元", "基本建成数字强省", "培育五个千亿级产业集群"])
        XCTAssertTrue(t.allSatisfy { $0.year == 2030 && $0.evidence.rule == "targets.by-year-clause" })
        XCTAssertEqual(t[0].value, 2)
        XCTAssertEqual(t[0].unit, "万亿元")
        XCTAssertEqual(t[2].value, 5)
        XCTAssertEqual(t[2].unit, "个")
        XCTAssertNil(t[1].value)
        XCTAssertEqual(t[0].subject, "湖南省")
    }

    func testMaskedYearAndValues() {
        let text = "全市上下要努力。即到****年，形成以新材料为引领的*个万亿级产业集群，以智能家居为支柱的*个千亿级产业集群，和一批新兴产业集群。"
        let t = targets(text)
        XCTAssertEqual(t.count, 3)
        XCTAssertTrue(t.allSatisfy { $0.year == nil && $0.masked && $0.value == nil && $0.subject == "全市" })
        XCTAssertEqual(t[1].description, "形成以智能家居为支柱的*个千亿级产业集群")
        XCTAssertEqual(t[2].description, "形成一批新兴产业集群")
    }

    func testPlanPeriodGoal() {
        let text = "张伟指出，株洲市将加快转型。“十五五”时期，株洲将打造三条先进制造走廊，建成制造强市。"
        let t = targets(text)
        XCTAssertEqual(t.count, 1)
        XCTAssertEqual(t[0].year, 2030)
        XCTAssertEqual(t[0].value, 3)
        XCTAssertEqual(t[0].unit, "条")
        XCTAssertEqual(t[0].evidence.rule, "targets.plan-period")
    }

    func testThisYearQuantifiedGoals() {
        let text = "今年力争集成电路产量突破**亿块，全行业营收增长**%以上。"
        let t = targets(text, published: "2023-02-10")
        XCTAssertEqual(t.count, 2)
        XCTAssertTrue(t.allSatisfy { $0.year == 2023 && $0.masked && $0.value == nil })
        XCTAssertTrue(t[0].description.hasPrefix("今年力争"))
    }

    func testQuantifiedModalGoalsSplitOnAnd() {
        let t = targets("要整合建设**个以上的特色产业园和**个以上的科创园，确保工业用地入园率达到***%。")
        XCTAssertEqual(t.map(\.description), ["整合建设**个以上的特色产业园", "整合建设**个以上的科创园",
                                              "确保工业用地入园率达到***%"])
    }

    func testForecastsAndPastResultsAreNotGoals() {
        let text = "去年全市工业产值突破8000亿元。预计到2025年，全球市场规模将达到500亿美元。"
            + "要加快打造制造强省。"
        XCTAssertEqual(targets(text).map(\.description), [])
    }

    func testQuantityClosingTheClauseAfterTheThingCounted() {
        let t = targets("会议要求，力争新增规上工业企业180家。要加快建设一批创新平台，推进制造业创新体系建设等八项重点任务。")
        XCTAssertEqual(t.map(\.description), ["力争新增规上工业企业180家"])
        XCTAssertEqual(t.first?.value, 180)
        XCTAssertEqual(t.first?.unit, "家")
    }

    func testYearBeforeAndYearsWithinTriggers() {
        let text = "截至2023年底，全市已建成充电桩3万个。三年内，全市将新建充电桩5万个。力争2027年底前实现重点企业数字化改造全覆盖。"
        let t = targets(text, published: "2024-01-05")
        XCTAssertEqual(t.map(\.description), ["全市将新建充电桩5万个", "实现重点企业数字化改造全覆盖"])
        XCTAssertEqual(t.map(\.year), [2027, 2027])
        XCTAssertEqual(t[0].value, 5)
        XCTAssertEqual(t[0].unit, "万个")
    }

    func testYearInsideDocumentTitleIsNotAGoal() {
        XCTAssertEqual(targets("省政府印发《关于到2030年建成制造强省的实施意见》。").count, 0)
    }

    func testPlanAimsInPlanStatements() {
        let text = "会议介绍了《湖南省数字经济“十四五”规划》。规划提出，坚持创新驱动，着力构建“1+3+N”数字产业体系，努力打造全国数字经济创新高地，为建设现代化新湖南提供支撑。"
        let t = targets(text)
        XCTAssertEqual(t.map(\.description), ["着力构建“1+3+N”数字产业体系", "努力打造全国数字经济创新高地"])
        XCTAssertEqual(t.map(\.year), [2025, 2025])
        XCTAssertEqual(t.first?.evidence.rule, "targets.plan-aim")
    }
}
