import XCTest
import Facts
@testable import Extraction

/// Every people rule on new sentences in the genre's style (invented names and bodies).
final class PeopleExtractorTests: XCTestCase {
    let extractor = PeopleExtractor.shared

    private func people(_ text: String) -> [String: [String]] {
        Dictionary(extractor.extract(text).map { ($0.name, $0.posts.map(\.title)) }, uniquingKeysWith: { a, _ in a })
    }

    func testNameLengthDecidedByWhatFollows() {
        let p = people("国家统计局副局长罗安主持。国家统计局局长康建民讲话。")
        XCTAssertEqual(p["罗安"], ["国家统计局副局长"])
        XCTAssertEqual(p["康建民"], ["国家统计局局长"])
        XCTAssertNil(p["罗安主"])
    }

    func testAttendeeListAfterPostsAndEnumerationWithDeng() {
        let p = people("江西省副省长徐明华、工业和信息化部副部长王江平、南昌市委书记黄喜中致辞。会后，徐明华、赵永新、孙丽萍等市领导参观了展区。")
        XCTAssertEqual(Set(p.keys), ["徐明华", "王江平", "黄喜中", "赵永新", "孙丽萍"])
        XCTAssertEqual(p["赵永新"], [])
        XCTAssertEqual(p["黄喜中"], ["南昌市委书记"])
    }

    func testListValidatedByAKnownName() {
        let p = people("湖南大学校长段献忠出席。论坛上，段献忠、黎明远、贺晓军分别作报告。")
        XCTAssertEqual(Set(p.keys), ["段献忠", "黎明远", "贺晓军"])
    }

    func testNoListWithoutCue() {
        // Place and product words in a 、-list are no people.
        XCTAssertTrue(people("重点发展石化、钢铁、汽车、纺织等产业。宁波、杭州、温州等地积极参与。").isEmpty)
    }

    func testPostAfterName() {
        let p = people("认真贯彻习近平总书记重要讲话精神。受陈远东院长委托，王立峰代表中国农业科学院致辞。")
        XCTAssertEqual(p["习近平"], ["总书记"])
        XCTAssertEqual(p["陈远东"], ["中国农业科学院院长"])
    }

    func testBarePostBesideFullPostIsDropped() {
        let p = people("中央政治局委员、国务院副总理王光远出席。会议传达了王光远副总理的讲话。")
        XCTAssertEqual(p["王光远"], ["中央政治局委员", "国务院副总理"])
    }

    func testSpeakerLabelBylineAndEditor() {
        let p = people("国家发展改革委副主任林卫东讲话。\n林卫东：要扩大有效投资。\n宋佳音：我们将全力推进。\n（记者 韩晓东 吕思远）\n责任编辑：曹文静")
        XCTAssertEqual(p["林卫东"], ["国家发展改革委副主任"])
        XCTAssertNotNil(p["宋佳音"])
        XCTAssertEqual(p["韩晓东"], ["记者"])
        XCTAssertEqual(p["吕思远"], ["记者"])
        XCTAssertEqual(p["曹文静"], ["责任编辑"])
    }

    func testReporterQuestionIsNoByline() {
        XCTAssertTrue(people("湖北日报记者提问：下一步有何打算？").isEmpty)
    }

    func testForeignNameAfterPost() {
        XCTAssertEqual(people("联合国工业发展组织总干事、奥地利前总理福斯特表示，").keys.sorted(), ["福斯特"])
    }

    func testOrdinaryWordsAfterPostsAreNoNames() {
        // 院士和知名专家: 和 read as a surname; 周边 and 高新 are words.
        XCTAssertTrue(people("邀请了两院院士和知名专家、周边地区和高新企业代表参会。").isEmpty)
        XCTAssertTrue(people("辛部长、田院长对工作提出要求。作为宁波市长，我深感责任重大。").isEmpty)
    }

    func testEachPersonOnceWithAllPosts() {
        let found = extractor.extract("中国工程院副院长丁建国讲话。\n中国工程院副院长丁建国：第一，要加强合作。\n丁建国表示感谢。")
        XCTAssertEqual(found.map(\.name), ["丁建国"])
        XCTAssertEqual(found.first?.posts.map(\.title), ["中国工程院副院长"])
        XCTAssertEqual(found.first?.evidence.rule, "people.title-chain")
    }

    func testSamePostUnderAnAbbreviationIsOnePost() {
        let p = people("工业和信息化部副部长张云明讲话。工信部副部长张云明：要加快推进。")
        XCTAssertEqual(p["张云明"], ["工业和信息化部副部长"])
    }

    func testEvidenceSpansPointAtTheName() {
        let text = "海南省副省长倪强致辞。"
        let person = extractor.extract(text).first
        XCTAssertEqual(person?.name, "倪强")
        let t = ScalarText(text)
        XCTAssertEqual(person.map { t[$0.evidence.span] }, "倪强")
        XCTAssertEqual(person?.posts.first.map { t[$0.evidence.span] }, "海南省副省长")
    }

    func testPostIsReadWholeBeforeTheName() {
        // 董事长孙立新, not 董事 + 长孙立新 (长孙 is a compound surname).
        let p = people("中国电建集团有限公司董事长孙立新致辞。")
        XCTAssertEqual(p["孙立新"], ["中国电建集团有限公司董事长"])
        XCTAssertNil(p["长孙立新"])
    }

    func testBylineWithoutSpaces() {
        let p = people("本报讯（记者邵明辉报道）近日，全市工业经济运行良好。")
        XCTAssertEqual(p["邵明辉"], ["记者"])
        XCTAssertEqual(p.count, 1)
    }

    /// A byline role is the person's post; the outlet written before it joins it (FORMAT.md: a bare post stays as written).
    func testBylineRoleIsAPostWithItsOutlet() {
        let p = people("株洲日报讯（记者 龙雨涵 通讯员 彭子墨）近日，全市新签约项目12个。（湘潭日报记者 谭思成 文/图）\n作者：钱文博")
        XCTAssertEqual(p["龙雨涵"], ["记者"])
        XCTAssertEqual(p["彭子墨"], ["通讯员"])
        XCTAssertEqual(p["谭思成"], ["湘潭日报记者"])
    }

    func testColonIntroducedListOfNames() {
        let p = people("主席台就座的有：韦国华、石明亮、孔令军。")
        XCTAssertEqual(Set(p.keys), ["韦国华", "石明亮", "孔令军"])
        XCTAssertTrue(people("重点产业有：石化、钢铁、建材。").isEmpty)
    }

    /// 文字:/摄影: credit people with a colon; without one 文/图 are ordinary characters.
    func testPhotoAndTextCreditsWithAColon() {
        let p = people("全市新增规上企业86家，图为展区一角。\n（文字:蔡文静 摄影:闻人杰）")
        XCTAssertEqual(p["蔡文静"], [])
        XCTAssertEqual(p["闻人杰"], [])
        XCTAssertEqual(p.count, 2, "\(p)")
    }

    /// 系 and 负 end no given name: 工程系教授 and 有关负责同志 hold no person.
    func testDepartmentAndResponsibleAreNoNames() {
        let p = people("南京大学化学工程系教授皇甫俊讲话。市工信局有关负责同志介绍了情况。")
        XCTAssertEqual(Set(p.keys), ["皇甫俊"], "\(p)")
    }

    /// One post written with the body's full and short forms is one post, under the full form.
    func testPostUnderTheArticlesShortFormOfABodyIsOnePost() {
        let text = "发布会由合肥市人民政府新闻办公室副主任东方怡主持。\n发布会开始，市政府新闻办副主任东方怡介绍了有关情况。"
        let facts = ArticleExtractor().extract(Article(source: "t.txt", original: text, text: text))
        let posts = facts.people.first { $0.name == "东方怡" }?.posts.map(\.title)
        XCTAssertEqual(posts, ["合肥市人民政府新闻办公室副主任"])
    }
}
