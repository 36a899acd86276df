import XCTest
import Facts
@testable import Extraction

final class EventExtractorTests: XCTestCase {
    private func events(_ text: String, published: String? = nil, title: String? = nil,
                        people: [Person] = []) -> [Event] {
        EventExtractor.shared.extract(text, published: published, title: title, people: people, places: [])
    }

    func testOrdinalNameWithRangeAndYearFromPlanStatement() {
        let text = "5月14日至16日，第三届长江智造论坛在我市隆重举办。今年是“十五五”开局之年。株洲市委书记致辞。株洲将继续办好论坛。"
        let e = events(text)
        XCTAssertEqual(e.map(\.name), ["第三届长江智造论坛"])
        XCTAssertEqual(e[0].startDate, "2026-05-14")
        XCTAssertEqual(e[0].endDate, "2026-05-16")
        XCTAssertEqual(e[0].place, "株洲")
        XCTAssertEqual(e[0].kind, "论坛")
    }

    func testMonthDayWithoutYear() {
        let e = events("9月3日，东湖数字经济峰会在武汉举行。")
        XCTAssertEqual(e.first?.name, "东湖数字经济峰会")
        XCTAssertEqual(e.first?.startDate, "--09-03")
        XCTAssertEqual(e.first?.place, "武汉")
    }

    func testClosingDateIsTheEndOnly() {
        let e = events("2024中国航天产业大会于10月9日在四川绵阳圆满落下帷幕。")
        XCTAssertEqual(e.first?.name, "2024中国航天产业大会")
        XCTAssertNil(e.first?.startDate)
        XCTAssertEqual(e.first?.endDate, "2024-10-09")
        XCTAssertEqual(e.first?.place, "绵阳")
    }

    func testTodayUsesPublishedDate() {
        let e = events("今天上午，省经信厅在长沙召开“智造湖南”专项行动新闻发布会。", published: "2019-06-12")
        XCTAssertEqual(e.first?.name, "“智造湖南”专项行动新闻发布会")
        XCTAssertEqual(e.first?.startDate, "2019-06-12")
        XCTAssertEqual(e.first?.place, "长沙")
    }

    func testReferencesAreNotEvents() {
        let text = "本届论坛由组委会主办。以论坛为契机，深化合作。5个平行论坛同时举行。会议期间，嘉宾参观展区。该峰会已成为行业主流峰会之一。"
        XCTAssertEqual(events(text).map(\.name), [])
    }

    func testListWithConjunctionsInsideAndBetweenNames() {
        let text = "嘉宾出席开幕式暨主旨论坛及中外企业家（南昌）会议、江西省与民营企业合作座谈会、8个专题论坛等。"
        let names = events(text).map(\.name)
        XCTAssertTrue(names.contains("中外企业家（南昌）会议"), "\(names)")
        XCTAssertTrue(names.contains("江西省与民营企业合作座谈会"), "\(names)")
        XCTAssertFalse(names.contains { $0.hasPrefix("8个") })
    }

    func testQuotedExhibitionsSplit() {
        let e = events("嘉宾参观了“数字株洲”“绿色株洲”展览。")
        XCTAssertEqual(e.map(\.name), ["“数字株洲”展览", "“绿色株洲”展览"])
    }

    func testPartySessionsAndSpiritReferences() {
        let text = "深入学习贯彻党的二十大精神。前不久，县委召开十六届五次全会，按照市委九届七次全会部署推进工作。"
        let e = events(text)
        XCTAssertEqual(e.map(\.name), ["党的二十大", "县委十六届五次全会", "市委九届七次全会"])
        XCTAssertNil(e[0].place)
    }

    func testPressConferenceNamedAfterDocument() {
        let e = events("近日，市政府新闻办召开新闻发布会，介绍《株洲市数字经济“十五五”规划》有关情况。")
        XCTAssertEqual(e.first?.name, "《株洲市数字经济“十五五”规划》新闻发布会")
    }

    func testPlaceHintFromHeadline() {
        let e = events("今天，工信部召开“智能网联汽车”试点新闻发布会。", published: "2020-01-02", title: "上海发布会:试点启动")
        XCTAssertEqual(e.first?.place, "上海")
    }

    func testPublicationTitlesAndOrganizationsAreNotEvents() {
        let text = "大会发布《2022长江智造论坛白皮书》。长江智造论坛组委会秘书长讲话。"
        XCTAssertEqual(events(text).map(\.name), [])
    }

    func testParticipantsAndStatistics() {
        let person = Person(name: "王建华", evidence: Evidence(span: Span(0, 3), rule: "test"))
        let text = "第二届江淮新能源大会在合肥开幕，王建华致辞。大会期间集中签约项目126个、投资总额860.5亿元。"
        let e = events(text, people: [person])
        XCTAssertEqual(e.count, 1)
        XCTAssertEqual(e[0].participants.map(\.role), ["致辞"])
        XCTAssertEqual(e[0].statistics.map(\.unit), ["个", "亿元"])
        XCTAssertEqual(e[0].statistics.last?.value, Decimal(string: "860.5"))
    }

    func testCityBodySessionHeldInItsCityAndWordsAreNotCounties() {
        let text = "绵阳市委十四届七次全会也于近日召开。新兴产业协同发展论坛在成都举行，成都还举办智能制造论坛。"
        let e = events(text)
        XCTAssertEqual(e.first?.name, "绵阳市委十四届七次全会")
        XCTAssertEqual(e.first?.place, "绵阳")
        XCTAssertEqual(e.first { $0.name == "新兴产业协同发展论坛" }?.place, "成都")
    }

    func testMaskedCityFoundByAbbreviation() {
        let text = "前不久，市委召开九届三次全会。**要建设沪郊科创走廊，沪商回归，沪企出海。"
        XCTAssertEqual(events(text).first?.place, "上海")
    }

    func testRecurringMeetingTypeIsNotAnEvent() {
        let e = events("当天下午，市政府召开常务会议。此前，省政府第八次常务会议审议通过了实施意见。")
        XCTAssertEqual(e.map(\.name), ["省政府第八次常务会议"])
    }

    func testCityAbbreviationBeforeHoldingVerb() {
        let e = events("日前，2025中国低空经济发展大会在京召开。")
        XCTAssertEqual(e.first?.name, "2025中国低空经济发展大会")
        XCTAssertEqual(e.first?.place, "北京")
    }

    func testAbbreviatedFairNamesAndFestivals() {
        let e = events("第五届消博会在海口开幕。同期还举办第三届椰城国际文化节。")
        XCTAssertEqual(e.map(\.name), ["第五届消博会", "第三届椰城国际文化节"])
        XCTAssertEqual(e.first?.place, "海口")
    }

    func testParticipantRolesFollowNamesAndSkipNounUses() {
        func person(_ n: String) -> Person { Person(name: n, evidence: Evidence(span: Span(0, 2), rule: "test")) }
        let text = "第九届长江智造论坛在我市举办。周明、周明远出席会议。孙立指出，要贯彻落实重要讲话精神。"
        let e = events(text, people: [person("周明"), person("周明远"), person("孙立")])
        XCTAssertEqual(e.first?.participants.map { "\($0.person)/\($0.role)" }, ["周明/出席", "周明远/出席"])
    }

    func testNationalFairsByAbbreviationAndHostCityInBrackets() {
        let e = events("第三届中国（襄阳）汽车产业博览会在我市举办。要组织企业参加广交会、进博会等展会。")
        XCTAssertEqual(e.map(\.name), ["第三届中国（襄阳）汽车产业博览会", "广交会", "进博会"])
        XCTAssertEqual(e.map(\.place), ["襄阳", nil, nil])
    }

    func testPartsOfAConferenceAfterSet() {
        let text = "6月8日至9日，第二届黔中数字经济峰会在贵阳举办。本届峰会设开幕式暨主论坛、2场圆桌对话和工业互联网成果展。"
        let e = events(text, published: "2022-06-10")
        XCTAssertEqual(Set(e.map(\.name)), ["第二届黔中数字经济峰会", "开幕式暨主论坛", "工业互联网成果展"])
        // The opening ceremony falls on the main event's first day.
        XCTAssertEqual(e.first { $0.name == "开幕式暨主论坛" }?.startDate, "2022-06-08")
    }

    func testWordEndingInABoundaryCharacterStaysInTheName() {
        XCTAssertEqual(events("3月5日，全省交通强国建设推进会在昆明召开。").first?.name, "全省交通强国建设推进会")
        XCTAssertEqual(events("第六届长三角工业设计大赛在嘉兴开幕。").first?.name, "第六届长三角工业设计大赛")
    }

    func testMatchmakingMeetingsNamedOnlyByTheirPartiesAreGeneric() {
        let text = "9月1日，第四届江淮装备博览会在合肥开幕。展会期间还将举办产销对接会、新品路演等6场配套活动。"
        XCTAssertEqual(events(text).map(\.name), ["第四届江淮装备博览会"])
        let topical = events("届时将举办开幕式、智能焊接创新发展论坛、产需对接会等10场活动。")
        XCTAssertEqual(topical.map(\.name), ["智能焊接创新发展论坛"])
    }

    func testRoundTableAsAnActivityIsNotAName() {
        XCTAssertTrue(events("与会嘉宾围绕数字经济展开圆桌对话。").isEmpty)
        let named = events("10日下午举行的“算力与安全”圆桌对话由某报副总编辑主持。")
        XCTAssertEqual(named.first?.name, "“算力与安全”圆桌对话")
    }

    func testSameDayAndAfterTheOpeningCeremony() {
        let text = "10月15日至17日，第五届滨海智能网联汽车博览会在天津举办。当天下午举行的车路协同高峰论坛上，多位专家作主题演讲。开幕式后举行了重点项目签约仪式。"
        let e = events(text, published: "2023-10-16")
        XCTAssertEqual(e.first { $0.name == "车路协同高峰论坛" }?.startDate, "2023-10-15")
        XCTAssertEqual(e.first { $0.name == "重点项目签约仪式" }?.startDate, "2023-10-15")
    }

    func testYearInsideTheName() {
        let e = events("9月26日，淮州市2022年第三季度重大项目集中签约仪式在淮州会展中心举行。")
        XCTAssertEqual(e.first?.startDate, "2022-09-26")
    }

    func testPressConferenceNamedAfterTheDocumentItExplains() {
        let text = "近日，省政府印发《云岭省数字经济发展“十四五”规划》（以下简称《规划》）。3月2日，省政府新闻办举行新闻发布会，省发展改革委副主任王磊对《规划》进行了解读。"
        let e = events(text, published: "2022-03-03")
        XCTAssertEqual(e.map(\.name), ["《云岭省数字经济发展“十四五”规划》新闻发布会"])
        XCTAssertEqual(e.first?.startDate, "2022-03-02")
    }

    func testWorkMeetingKinds() {
        let e = events("3月2日，全县一季度项目建设调度会在县政府召开。", published: "2023-03-03")
        XCTAssertEqual(e.first?.name, "全县一季度项目建设调度会")
        XCTAssertEqual(e.first?.startDate, "2023-03-02")
    }

    func testDurationExtendsAOneDayDate() {
        let e = events("11月29日，2023东海数字港口大会在宁波开幕。大会为期三天，设置主论坛和港口装备展。", published: "2023-11-30")
        XCTAssertEqual(e.first?.name, "2023东海数字港口大会")
        XCTAssertEqual(e.first?.startDate, "2023-11-29")
        XCTAssertEqual(e.first?.endDate, "2023-12-01")
        XCTAssertTrue(e.contains { $0.name == "港口装备展" })
    }
}
