import XCTest
import Facts
@testable import Extraction

/// Organization rules on new sentences: suffix-driven names, known bodies and aliases, media, local forms.
final class OrganizationExtractorTests: XCTestCase {
    private func organizations(_ text: String) -> [String: [String]] {
        let people = PeopleExtractor.shared.extract(text)
        return Dictionary(OrganizationExtractor.shared.extract(text, people: people).map { ($0.name, $0.aliases.sorted()) },
                          uniquingKeysWith: { a, _ in a })
    }

    func testSuffixDrivenNamesStopAtBoundaryWords() {
        let o = organizations("本届大会由中国汽车工业协会、合肥市人民政府、安徽省经信厅联合主办，蔚来汽车科技有限公司为承办单位。"
                              + "与会嘉宾参观了企业代表安徽华阳精密机械股份有限公司。")
        for name in ["中国汽车工业协会", "合肥市人民政府", "安徽省经信厅", "蔚来汽车科技有限公司", "安徽华阳精密机械股份有限公司"] {
            XCTAssertNotNil(o[name], name)
        }
        XCTAssertEqual(o.count, 5, "\(o.keys.sorted())")
    }

    func testKnownBodiesGroupTheirForms() {
        let o = organizations("工业和信息化部、中国科学院联合发布报告。工信部将会同中科院持续推进。")
        XCTAssertEqual(o["工业和信息化部"], ["工信部"])
        XCTAssertEqual(o["中国科学院"], ["中科院"])
    }

    func testOrganizationsInsidePostsAndTheirKnownParents() {
        let o = organizations("国务院发展研究中心副主任隆国强、北京大学光华管理学院院长刘俏出席。")
        XCTAssertNotNil(o["国务院发展研究中心"])
        XCTAssertNotNil(o["国务院"])
        XCTAssertNotNil(o["北京大学光华管理学院"])
        XCTAssertNotNil(o["北京大学"])
    }

    func testPlacesInPostsAreNoOrganizations() {
        let o = organizations("江苏省副省长马欣、德国前总统高克出席。")
        XCTAssertNil(o["江苏省"])
        XCTAssertNil(o["德国"])
    }

    func testLocalShortFormsJoinTheArticlesBody() {
        let o = organizations("会议由株洲市人民政府主办。株洲市委书记曹慧泉讲话，他代表市委市政府表示欢迎。")
        XCTAssertEqual(o["株洲市人民政府"], ["市政府"])
        XCTAssertEqual(o["株洲市委"], ["市委"])
        let alone = organizations("省委省政府高度重视制造业发展。")
        XCTAssertNotNil(alone["省委"])
        XCTAssertNotNil(alone["省政府"])
    }

    func testAbbreviationOfAFullNameInTheSameArticle() {
        let o = organizations("中国电子技术标准化研究院发布白皮书。据介绍，电子标准院已联合多家单位开展研究。")
        XCTAssertEqual(o["中国电子技术标准化研究院"], ["电子标准院"])
    }

    func testMediaAndAmbiguousPlatformsOnlyInLists() {
        let o = organizations("光明日报、中央电视台等媒体进行了报道，抖音、快手、微博等平台同步直播。企业要实现凤凰涅槃。")
        for name in ["光明日报", "中央电视台", "抖音", "快手", "微博"] { XCTAssertNotNil(o[name], name) }
        XCTAssertNil(o["凤凰"])
        XCTAssertNotNil(organizations("苏州日报记者提问：")["苏州日报"])
    }

    func testGenericPhrasesAreNoOrganizations() {
        let o = organizations("各级各部门要积极作为，广大企业踊跃参与，吸引上市公司30多家、20多个研究院参会。"
                              + "当地是长三角重要经济中心。")
        XCTAssertTrue(o.isEmpty, "\(o.keys.sorted())")
    }

    func testNeighbouringBodiesAreTwoNames() {
        let o = organizations("在党中央国务院坚强领导下，人大和政协积极参与。")
        XCTAssertNotNil(o["党中央"])
        XCTAssertNotNil(o["国务院"])
        XCTAssertNil(o["党中央国务院"])
        XCTAssertNotNil(o["人大"])
        XCTAssertNotNil(o["政协"])
    }

    func testEvidenceNamesTheRule() {
        let text = "成立江海新材料研究院。"
        let org = OrganizationExtractor.shared.extract(text, people: []).first
        XCTAssertEqual(org?.name, "江海新材料研究院")
        XCTAssertEqual(org?.evidence.rule, "organizations.suffix")
        XCTAssertEqual(org.map { ScalarText(text)[$0.evidence.span] }, "江海新材料研究院")
    }

    func testDepartmentOfAKnownBodyIsPartOfThePost() {
        let o = organizations("中国工商银行金融市场部副总经理郑立伟出席。")
        XCTAssertNotNil(o["中国工商银行"])
        XCTAssertNil(o["中国工商银行金融市场部"])
    }

    /// 与/和 between two fields inside a school's name does not cut it; between two whole names it does.
    func testConnectiveInsideASchoolNameAndTheUniversityBehindIt() {
        let o = organizations("会上，兰州理工大学机械与动力工程学院院长司马青云作报告。"
                              + "甘肃电投集团有限公司与兰州新区建设投资集团有限公司签署协议。")
        XCTAssertNotNil(o["兰州理工大学机械与动力工程学院"], "\(o.keys.sorted())")
        XCTAssertNotNil(o["兰州理工大学"], "\(o.keys.sorted())")
        XCTAssertNil(o["动力工程学院"])
        XCTAssertNotNil(o["甘肃电投集团有限公司"], "\(o.keys.sorted())")
        XCTAssertNotNil(o["兰州新区建设投资集团有限公司"], "\(o.keys.sorted())")
    }

    /// 省经信厅 keeps the level of the place it drops; 办 stands for 办公室; X市委 abbreviates no X市…委员会.
    func testShortFormsKeepThePlaceLevelAndShortenTheEnding() {
        let o = organizations("湖南省经济和信息化厅、长沙市人民政府新闻办公室联合发布。省经信厅表示，市政府新闻办将持续跟进。"
                              + "长沙市委书记古德明、长沙市发展和改革委员会主任欧阳宏出席。")
        XCTAssertEqual(o["湖南省经济和信息化厅"], ["省经信厅"], "\(o)")
        XCTAssertEqual(o["长沙市人民政府新闻办公室"], ["市政府新闻办"], "\(o)")
        XCTAssertNotNil(o["长沙市委"], "\(o)")
        XCTAssertEqual(o["长沙市发展和改革委员会"], [], "\(o)")
    }

    /// 共建/建立 end a name before them; 一个专班, 行业协会 are kinds, not bodies; a bracket closed outside the name
    /// begins it afresh; 领导小组 ends a body's name.
    func testVerbsCountsKindsAndBracketsAtTheLeftEdge() {
        let o = organizations("昆明市人民政府与中国科学院昆明植物研究所共建云南生物医药产业研究院。"
                              + "各行业协会要建立一个专班，各州（市）政府要配合。市生物医药产业发展领导小组要定期调度。")
        XCTAssertNotNil(o["中国科学院昆明植物研究所"], "\(o.keys.sorted())")
        XCTAssertNotNil(o["云南生物医药产业研究院"], "\(o.keys.sorted())")
        XCTAssertNotNil(o["市生物医药产业发展领导小组"], "\(o.keys.sorted())")
        for phrase in ["行业协会", "一个专班", "市）政府", "中国科学院昆明植物研究所共建云南生物医药产业研究院"] {
            XCTAssertNil(o[phrase], phrase)
        }
    }

    /// A known body keeps its own entry even when its letters fit inside a longer name of the article.
    func testKnownBodyIsNoAbbreviationOfALongerName() {
        let o = organizations("中国科学院院士、中国林业科学研究院首席专家诸葛明远出席。")
        XCTAssertNotNil(o["中国科学院"], "\(o)")
        XCTAssertEqual(o["中国林业科学研究院"], [], "\(o)")
    }

    /// 理工学院 and 医学院 end a school's name; they are no ordinary words hiding the suffix 学院.
    func testSchoolKindsEndingInTheSuffixAreNames() {
        let o = organizations("深化与**理工学院、皖南医学院等高校院所的合作。")
        XCTAssertNotNil(o["**理工学院"], "\(o.keys.sorted())")
        XCTAssertNotNil(o["皖南医学院"], "\(o.keys.sorted())")
    }

    /// 系 ends a university department's name; 体系, 关系, 系统 and a 系 outside a university name no body.
    func testUniversityDepartmentEndsIn系() {
        let o = organizations("浙江大学材料科学与工程系教授端木清讲话。要健全国家创新体系，理顺政企关系，完善中国产业系统。")
        XCTAssertNotNil(o["浙江大学材料科学与工程系"], "\(o.keys.sorted())")
        XCTAssertNotNil(o["浙江大学"], "\(o.keys.sorted())")
        XCTAssertEqual(o.count, 2, "\(o.keys.sorted())")
    }
}
