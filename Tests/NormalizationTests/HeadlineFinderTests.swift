import XCTest
@testable import Normalization

final class HeadlineFinderTests: XCTestCase {
    let h = HeadlineFinder()

    func testShortFirstLineAboveBodyIsTheHeadline() {
        let (title, rest) = h.split(["现场直击|江苏发布会:苏州获批国家级先进制造业集群", "今天上午，省政府新闻办召开新闻发布会，宣布苏州获批。"])
        XCTAssertEqual(title, "现场直击|江苏发布会:苏州获批国家级先进制造业集群")
        XCTAssertEqual(rest, ["今天上午，省政府新闻办召开新闻发布会，宣布苏州获批。"])
    }

    func testSalutationAndSentencesAreNotHeadlines() {
        XCTAssertNil(h.split(["同事们：", "今天召开会议，部署全年工作。"]).headline)
        XCTAssertNil(h.split(["3月5日，某市召开大会。", "会议指出，要加快发展。"]).headline)
        XCTAssertNil(h.split(["只有一行标题"]).headline)
    }
}
