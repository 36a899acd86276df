import XCTest
import Facts
@testable import Extraction

/// Title chains read right to left from a name: pieces, inheritance, organization/position split.
final class TitleChainTests: XCTestCase {
    let parser = TitleChainParser()

    /// Posts of the chain standing right before `name` in `text`.
    private func posts(_ text: String, beforeName name: String) -> [Post] {
        let s = Array(text.unicodeScalars)
        guard let range = text.range(of: name) else { XCTFail("no \(name) in text"); return [] }
        let end = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return parser.posts(endingAt: end, in: s)
    }

    func testThreePostsJoinedByEnumerationComma() {
        let p = posts("十四届全国政协外事委员会副主任、商务部原副部长、国家数字经济发展咨询委员会委员钱宏远出席。", beforeName: "钱宏远")
        XCTAssertEqual(p.map(\.title), ["十四届全国政协外事委员会副主任", "商务部原副部长", "国家数字经济发展咨询委员会委员"])
        XCTAssertEqual(p[1].organization, "商务部")
        XCTAssertEqual(p[1].position, "原副部长")
    }

    func testCommaInsideChainAndBarePostInheritsOrganization() {
        let p = posts("中国科学院院士，浙江大学党委常委、副校长，国家新材料产业发展专家咨询委员会委员高明远；",
                      beforeName: "高明远")
        XCTAssertEqual(p.map(\.title),
                       ["中国科学院院士", "浙江大学党委常委", "浙江大学副校长", "国家新材料产业发展专家咨询委员会委员"])
    }

    func testLocalHeadTakesThePlaceOfThePartyPost() {
        XCTAssertEqual(posts("温州市委副书记、代市长林志强等出席。", beforeName: "林志强").map(\.title),
                       ["温州市委副书记", "温州市代市长"])
        XCTAssertEqual(posts("荆州市委副书记、市长吴雪峰表示", beforeName: "吴雪峰").map(\.title),
                       ["荆州市委副书记", "荆州市长"])
    }

    func testPartOfJointPostAfterJian() {
        XCTAssertEqual(posts("中国软件行业协会副会长兼秘书长李红梅，", beforeName: "李红梅").map(\.title),
                       ["中国软件行业协会副会长", "中国软件行业协会秘书长"])
    }

    func testChainStopsAtBoundaryWordAndAtPreviousName() {
        XCTAssertEqual(posts("会议由国家能源局规划司司长马立强主持", beforeName: "马立强").map(\.title), ["国家能源局规划司司长"])
        XCTAssertEqual(posts("张海涛与中国汽车工程学会常务副理事长陈建华，", beforeName: "陈建华").map(\.title),
                       ["中国汽车工程学会常务副理事长"])
        XCTAssertEqual(posts("安徽省副省长周春雷、科技部副部长郑新明致辞", beforeName: "郑新明").map(\.title), ["科技部副部长"])
    }

    func testUnitInsideACompanyTakesTheCompany() {
        XCTAssertEqual(posts("京东集团高级副总裁、智能物流事业群总裁王振辉，", beforeName: "王振辉").map(\.title),
                       ["京东集团高级副总裁", "京东集团智能物流事业群总裁"])
    }

    func testOrganizationSplitsAtItsLastSuffix() {
        let p = posts("全国政协经济委员会特聘专家王建国，", beforeName: "王建国")
        XCTAssertEqual(p.first?.title, "全国政协经济委员会特聘专家")
        XCTAssertEqual(p.first?.organization, "全国政协经济委员会")
        let foreign = posts("欧洲商会联盟主席、法国前总理拉法兰表示", beforeName: "拉法兰")
        XCTAssertEqual(foreign.map(\.title), ["欧洲商会联盟主席", "法国前总理"])
        XCTAssertEqual(foreign.last?.organization, "法国")
    }

    func testLocalHeadWithoutAPlaceStaysAsWritten() {
        XCTAssertEqual(posts("会议由市委副书记、市长韩立军主持。", beforeName: "韩立军").map(\.title), ["市委副书记", "市长"])
    }

    func testConjunctionInsideAnOfficialBodyNameIsKept() {
        XCTAssertEqual(posts("省住房和城乡建设厅副厅长邓为民，", beforeName: "邓为民").map(\.title), ["省住房和城乡建设厅副厅长"])
    }

    /// A chain runs through a school whose name joins two fields with 与 (…大学化学与材料学院院长).
    func testChainThroughASchoolNameWithAConnective() {
        let p = Dictionary(PeopleExtractor.shared.extract("中国科学院院士、南方科技大学化学与材料学院院长上官明远致辞。")
            .map { ($0.name, $0.posts.map(\.title)) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(p["上官明远"], ["中国科学院院士", "南方科技大学化学与材料学院院长"])
    }
}
