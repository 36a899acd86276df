import XCTest
@testable import Extraction

final class DateExpressionTests: XCTestCase {
    private func dates(_ text: String) -> [DateMention] {
        let s = Array(text.unicodeScalars)
        return DateExpression.dates(in: s, from: 0, to: s.count)
    }

    func testRangeWithinOneMonth() {
        let d = dates("5月14日至16日，第三届长江智造论坛在我市举行")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d[0].month, 5)
        XCTAssertEqual(d[0].day, 14)
        XCTAssertEqual(d[0].endDay, 16)
        XCTAssertEqual(d[0].endMonth, 5)
    }

    func testFullDateAndDayOnly() {
        let d = dates("2019年10月8日开幕，9日晚举行签约仪式")
        XCTAssertEqual(d.map(\.year), [2019, nil])
        XCTAssertEqual(d.map(\.day), [8, 9])
        XCTAssertNil(d[1].month)
    }

    func testRelativeDays() {
        let d = dates("今天上午，市政府召开发布会")
        XCTAssertEqual(d.first?.daysFromPublished, 0)
        XCTAssertEqual(DateExpression.shift((2020, 3, 1), by: -1).2, 29)
    }

    func testISOWithoutYear() {
        XCTAssertEqual(DateExpression.iso(year: nil, month: 4, day: 9), "--04-09")
        XCTAssertEqual(DateExpression.iso(year: 2023, month: 11, day: 30), "2023-11-30")
    }

    func testFiveYearPlans() {
        XCTAssertEqual(DateExpression.planYears(14), 2021...2025)
        XCTAssertEqual(DateExpression.planYears(13), 2016...2020)
        XCTAssertEqual(DateExpression.planYears(15), 2026...2030)
        let s = Array("“十五五”时期，省委十五届三次全会".unicodeScalars)
        let plans = DateExpression.planMentions(in: s, from: 0, to: s.count)
        XCTAssertEqual(plans.map(\.ordinal), [15], "十五届 is a session count, not a plan")
    }

    func testArticleYearFromPlanStatement() {
        let s = Array("今年是“十五五”开局之年，全县上下要…".unicodeScalars)
        XCTAssertEqual(DateExpression.articleYear(s, published: nil), 2026)
        XCTAssertEqual(DateExpression.articleYear(s, published: "2019-05-02"), 2019)
    }
}
