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

    /// A province's goal list that names its region in passing ("，长三角…") stays the province's;
    /// a sentence that opens with the region speaks for the region.
    func testRegionNamedInPassingDoesNotTakeAProvincesGoals() {
        let text = "安徽省发布规划。到2027年，全省数字经济核心产业增加值占比达到12%，长三角产业协同水平显著提升。"
            + "长三角三省一市将共同推进，到2026年建成一批跨区域产业链。"
        let t = targets(text)
        XCTAssertEqual(t.filter { $0.year == 2027 }.map(\.subject), ["安徽省", "安徽省"])
        XCTAssertEqual(t.first { $0.year == 2026 }?.subject, "长三角")
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

    func testSizeClassBeforeANounIsNotTheGoalValue() {
        let t = targets("到2026年，全县营业收入超五十亿元企业达到12家，培育3个以上百亿级产业集群。")
        XCTAssertEqual(t.map(\.value), [12, 3])
        XCTAssertEqual(t.map(\.unit), ["家", "个"])
    }

    func testClauseDatedByItsOwnYearWord() {
        let t = targets("园区管委会表示，将建立项目台账，力争年内签约项目达到40个。", published: "2022-08-03")
        XCTAssertEqual(t.count, 1)
        XCTAssertEqual(t.first?.year, 2022)
        XCTAssertEqual(t.first?.value, 40)
        let next = targets("董事长表示，力争工厂二期明年3月实现满产。", published: "2024-05-10")
        XCTAssertEqual(next.map(\.year), [2025])
        XCTAssertEqual(next.first?.evidence.rule, "targets.dated-modal")
        XCTAssertEqual(next.first?.description, "力争工厂二期明年3月实现满产")
    }

    func testSoFarThisYearIsAResult() {
        XCTAssertTrue(targets("今年以来，全市坚持项目为王，二季度工业投资同比增长18%以上。", published: "2023-07-01").isEmpty)
        XCTAssertTrue(targets("市长介绍，今年前三季度，全市软件业务收入增长11.5%。", published: "2023-10-20").isEmpty)
    }

    func testModalClausesBeforeALaterDatedGoalInAPlanPeriodSentence() {
        let t = targets("“十五五”期间，榆州将加快建设国家级氢能装备集群，力争到2028年氢能产业产值突破800亿元。")
        XCTAssertEqual(t.map(\.description), ["加快建设国家级氢能装备集群", "氢能产业产值突破800亿元"])
        XCTAssertEqual(t.map(\.year), [2030, 2028])
        XCTAssertEqual(t[0].evidence.rule, "targets.plan-lead")
    }

    func testByTheEndOfAPlan() {
        let t = targets("文件要求企业推行清洁生产，到“十四五”末，全市单位工业增加值能耗较2020年下降13%。")
        XCTAssertEqual(t.count, 1)
        XCTAssertEqual(t.first?.description, "全市单位工业增加值能耗较2020年下降13%")
        XCTAssertEqual(t.first?.year, 2025)
        XCTAssertEqual(t.first?.value, 13)
    }

    func testLowerBoundsAndRaisesAreGoalVerbs() {
        let t = targets("要狠抓落实，确保全年新开工亿元以上项目不少于60个，力争全县园区亩均产出提高10%以上。",
                        published: "2021-02-20")
        XCTAssertEqual(t.map(\.value), [60, 10])
        XCTAssertEqual(t.map(\.year), [2021, nil])
    }

    func testUndatedArticleTakesItsYearFromAHeadlinePeriod() {
        let text = "乐州召开2022年上半年经济运行分析会\n会议要求，力争全年地区生产总值增长6%以上。"
        XCTAssertEqual(targets(text).map(\.year), [2022])
        XCTAssertEqual(DateExpression.articleYear(Array("乐州发布2021年第三季度经济数据\n正文".unicodeScalars),
                                                  published: nil), 2021)
        XCTAssertNil(DateExpression.articleYear(Array("乐州经济运行平稳\n2020年上半年增长".unicodeScalars), published: nil))
    }

    func testCountOfNamedProgrammesIsNotAGoal() {
        XCTAssertTrue(targets("我们要以实施两个“重点工程”为抓手，推动产业升级。").isEmpty)
    }

    func testStandingMeasuresRepeatedEveryPeriodAreNotGoals() {
        let t = targets("我们将设立专项资金，区财政每年安排不少于5亿元支持企业技改，力争新增规上企业100家。")
        XCTAssertEqual(t.map(\.value), [100])
    }

    func testGoalsForAPartOfThisYear() {
        let t = targets("会议要求，确保三季度新开工项目不少于25个。", published: "2022-07-05")
        XCTAssertEqual(t.map(\.year), [2022])
        XCTAssertEqual(t.map(\.value), [25])
    }

    func testTargetWordsCountOnlyWordsWhollyInsideASpan() {
        // 预计 (forecast) and 去年 (past) from target-words.tsv.
        let s = Array("产值预计增长，去年完成".unicodeScalars)
        let words = TargetWords(s)
        XCTAssertTrue(words.has(.forecast, Span(0, 6)))
        XCTAssertFalse(words.has(.forecast, Span(0, 3)), "预计 crosses the span's end")
        XCTAssertFalse(words.has(.forecast, Span(3, 6)), "预计 starts before the span")
        XCTAssertTrue(words.has(.past, Span(7, 11)))
        XCTAssertFalse(words.has(.past, Span(0, 7)))
    }
}
