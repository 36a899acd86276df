import XCTest
@testable import Normalization

final class ChromeFilterTests: XCTestCase {
    let f = ChromeFilter()

    func testScrapedPageChrome() {
        let lines = [
            "工作动态",
            "您的位置：首页 > 工作动态 > 正文",
            "合肥市召开新能源汽车产业推进会",
            "发布日期：2023-04-12 浏览次数：1203 字号：[大 中 小]",
            "4月11日，合肥市召开新能源汽车产业推进会，副市长王某某出席会议并讲话。",
            "312",
            "312-2",
            "会议要求，到2025年全市新能源汽车产量突破100万辆。",
            "责任编辑：赵某",
            "【打印本页】 【关闭窗口】",
            "分享到：",
            "相关新闻",
            "合肥发布产业政策",
            "主办单位：某某市人民政府 版权所有",
            "皖ICP备05001234号",
        ]
        XCTAssertEqual(f.filter(lines), [
            "合肥市召开新能源汽车产业推进会",
            "4月11日，合肥市召开新能源汽车产业推进会，副市长王某某出席会议并讲话。",
            "会议要求，到2025年全市新能源汽车产量突破100万辆。",
            "责任编辑：赵某",
        ])
    }

    func testBodyMentionsOfCopyrightEarlyInALongArticleAreKept() {
        var lines = ["知识产权保护：企业版权所有意识不断增强。"]
        lines += Array(repeating: "正文段落，内容充实。", count: 20)
        XCTAssertEqual(f.filter(lines).first, "知识产权保护：企业版权所有意识不断增强。")
    }

    func testImagePlaceholdersAndCredits() {
        XCTAssertTrue(f.isImagePlaceholder("275"))
        XCTAssertTrue(f.isImagePlaceholder("275-3"))
        XCTAssertTrue(f.isImagePlaceholder("（图片来源：新华社）"))
        XCTAssertFalse(f.isImagePlaceholder("9:00"))
        XCTAssertFalse(f.isImagePlaceholder("-5"))
    }

    func testPublicationInfoButNotBylines() {
        XCTAssertTrue(f.isPublicationInfo("发布时间:2016/08/18 点击量:843"))
        XCTAssertTrue(f.isPublicationInfo("来源：某某日报 作者：佚名"))
        XCTAssertFalse(f.isPublicationInfo("来源：某某日报 记者 张三 通讯员 李四"))
        XCTAssertFalse(f.isPublicationInfo("发布时间定于下月，届时将公布名单。"))
    }

    func testSectionLabelAboveHeadline() {
        let lines = ["产业新闻", "某某发布会：某市成为首批试点城市", "今天上午，工业和信息化部在京召开新闻发布会，宣布某市成为首批试点城市，多位领导出席。"]
        XCTAssertEqual(f.filter(lines), Array(lines.dropFirst()))
    }
}
