import XCTest
@testable import Normalization

final class PublishedDateFinderTests: XCTestCase {
    let f = PublishedDateFinder()

    func testDateFormats() {
        XCTAssertEqual(PublishedDateFinder.firstDate(in: "2022-03-01 16:46:38 +0800"), "2022-03-01")
        XCTAssertEqual(PublishedDateFinder.firstDate(in: "发布时间:2016/8/18 点击量:843"), "2016-08-18")
        XCTAssertEqual(PublishedDateFinder.firstDate(in: "2019.11.02"), "2019-11-02")
        XCTAssertEqual(PublishedDateFinder.firstDate(in: "2020年1月9日 来源：某日报"), "2020-01-09")
        XCTAssertNil(PublishedDateFinder.firstDate(in: "3月27日至28日"))
        XCTAssertNil(PublishedDateFinder.firstDate(in: "2020年13月9日"))
        XCTAssertNil(PublishedDateFinder.firstDate(in: "12020-01-01"))
    }

    func testFrontMatterAndMeta() {
        XCTAssertEqual(f.fromFrontMatter(["date": "2021-07-15 08:00:00 +0800"]), "2021-07-15")
        XCTAssertEqual(f.fromMeta(["publishdate": "2018-10-31"]), "2018-10-31")
        XCTAssertEqual(f.fromMeta(["article:published_time": "2023-05-09T10:00:00+08:00"]), "2023-05-09")
        XCTAssertNil(f.fromMeta(["keywords": "2023-05-09"]))
    }

    func testDatelineNearTheTopOnly() {
        XCTAssertEqual(f.fromLines(["某市召开大会", "发布时间：2019-04-02 来源：某市政府网", "正文。"]), "2019-04-02")
        XCTAssertEqual(f.fromLines(["某市召开大会", "2019年4月2日", "正文。"]), "2019-04-02")
        XCTAssertNil(f.fromLines(["2014年，以某某为核心的党中央作出了重大战略部署，推动协同发展。"]))
        XCTAssertNil(f.fromLines(["会议时间：2021年3月27日，会议地点：保定。"]))
    }
}
