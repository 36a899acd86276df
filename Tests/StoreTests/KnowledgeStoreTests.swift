import Foundation
import XCTest
import Facts
@testable import Store

/// Writing articles with their facts, and reading them back through the contract views.
final class KnowledgeStoreTests: XCTestCase {
    var directory: TemporaryDirectory!
    var store: KnowledgeStore!

    override func setUpWithError() throws {
        directory = try TemporaryDirectory()
        store = try KnowledgeStore(path: directory.path("kb.db"))
    }

    // A forum report in the genre's style, with made-up names.
    let forumText = "第三届长江数字经济峰会于2024年4月18日在芜湖开幕。国家发展和改革委员会副主任周明远出席并致辞，"
        + "安徽省人民政府副省长林雪梅主持。国家发改委表示，到2027年全省数字经济规模突破**亿元，软件收入达到850.5亿元。"
        + "会上签约项目57个，总投资1208.6亿元，其中芜湖星河新材料产业园项目投资120亿元。"

    func forumFacts() -> ArticleFacts {
        let ndrc = Organization(name: "国家发展和改革委员会", aliases: ["国家发改委"], evidence: evidence(40, 50))
        let government = Organization(name: "安徽省人民政府", evidence: evidence(60, 67))
        let zhou = Person(name: "周明远", posts: [
            Post(title: "国家发展和改革委员会副主任", organization: "国家发展和改革委员会", position: "副主任", evidence: evidence(40, 56)),
        ], evidence: evidence(53, 56, rule: "people.title-chain"))
        let lin = Person(name: "林雪梅", posts: [
            Post(title: "安徽省人民政府副省长", organization: "安徽省人民政府", position: "副省长", evidence: evidence(60, 73)),
        ], evidence: evidence(70, 73))
        let reporter = Person(name: "王小川", evidence: evidence(150, 153))
        let summit = Event(name: "第三届长江数字经济峰会", kind: "峰会", startDate: "2024-04-18", place: "芜湖",
                           participants: [Participant(person: "周明远", role: "致辞", evidence: evidence(53, 61)),
                                          Participant(person: "林雪梅", role: "主持", evidence: evidence(70, 75))],
                           statistics: [EventStatistic(label: "签约项目", value: 57, unit: "个", evidence: evidence(100, 108)),
                                        EventStatistic(label: "总投资", value: Decimal(string: "1208.6")!, unit: "亿元",
                                                       evidence: evidence(109, 119))],
                           evidence: evidence(0, 11))
        let masked = Target(subject: "安徽省", year: 2027, description: "数字经济规模突破**亿元", value: nil, unit: "亿元",
                            masked: true, evidence: evidence(80, 95))
        let software = Target(subject: "安徽省", year: 2027, description: "软件收入达到850.5亿元",
                              value: Decimal(string: "850.5")!, unit: "亿元", evidence: evidence(96, 108))
        let project = Project(name: "芜湖星河新材料产业园项目", investmentCNY: 12_000_000_000, amountText: "投资120亿元",
                              place: "芜湖", parties: ["星河新材料股份有限公司"], evidence: evidence(120, 140))
        let place = Place(name: "芜湖", level: "市", province: "安徽", evidence: evidence(23, 25))
        return ArticleFacts(people: [zhou, lin, reporter], organizations: [ndrc, government], events: [summit],
                            targets: [masked, software], projects: [project], places: [place])
    }

    // MARK: - Contract views

    func testContractViewsReturnTheFacts() throws {
        try store.store(article("2024/forum.txt", text: forumText), forumFacts())
        let people = try store.database.fetchAll(sql: """
            SELECT person, title, organization, position FROM article_people WHERE source = '2024/forum.txt' ORDER BY person
            """)
        XCTAssertEqual(people.map { $0.values.map(\.description) }, [
            ["周明远", "国家发展和改革委员会副主任", "国家发展和改革委员会", "副主任"],
            ["林雪梅", "安徽省人民政府副省长", "安徽省人民政府", "副省长"],
            ["王小川", "NULL", "NULL", "NULL"],
        ])
        XCTAssertEqual(try store.strings("SELECT organization FROM article_organizations ORDER BY organization"),
                       ["国家发展和改革委员会", "安徽省人民政府"])
        let event = try XCTUnwrap(store.database.fetchOne(sql: "SELECT event, start_date, end_date, place FROM article_events"))
        XCTAssertEqual(event.values, [.text("第三届长江数字经济峰会"), .text("2024-04-18"), .null, .text("芜湖")])
        let targets = try store.database.fetchAll(sql: "SELECT description, year, value, unit FROM article_targets ORDER BY description")
        XCTAssertEqual(targets.map(\.values), [
            [.text("数字经济规模突破**亿元"), .integer(2027), .null, .text("亿元")],
            [.text("软件收入达到850.5亿元"), .integer(2027), .real(850.5), .text("亿元")],
        ])
        let project = try XCTUnwrap(store.database.fetchOne(sql: "SELECT project, investment_cny, place FROM article_projects"))
        XCTAssertEqual(project.values, [.text("芜湖星河新材料产业园项目"), .integer(12_000_000_000), .text("芜湖")])
    }

    func testExactDecimalsAndProvenanceAreStored() throws {
        try store.store(article("f.txt", text: forumText), forumFacts())
        XCTAssertEqual(try store.strings("SELECT value FROM event_statistics ORDER BY label"), ["1208.6", "57"])
        XCTAssertEqual(try store.strings("SELECT value FROM targets WHERE masked = 0"), ["850.5"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM targets WHERE masked = 1 AND value IS NULL"), 1)
        XCTAssertEqual(try store.strings("SELECT rule FROM person_mentions m JOIN people p ON p.id = m.person_id WHERE p.name = '周明远'"),
                       ["people.title-chain"])
        XCTAssertEqual(try store.strings("SELECT passage FROM evidence WHERE kind = 'event'"), ["第三届长江数字经济峰会"])
        XCTAssertEqual(try store.strings("SELECT fact FROM evidence WHERE kind = 'participant' ORDER BY fact"),
                       ["周明远 致辞 第三届长江数字经济峰会", "林雪梅 主持 第三届长江数字经济峰会"])
        XCTAssertEqual(try store.strings("SELECT fact FROM evidence WHERE kind = 'statistic' ORDER BY fact"),
                       ["第三届长江数字经济峰会: 总投资 1208.6亿元", "第三届长江数字经济峰会: 签约项目 57个"])
        XCTAssertEqual(try store.strings("SELECT passage FROM evidence WHERE kind = 'place'"), ["芜湖"])
        XCTAssertEqual(try store.strings("""
            SELECT p.name || ':' || ep.role FROM event_participants ep JOIN people p ON p.id = ep.person_id ORDER BY ep.role
            """), ["林雪梅:主持", "周明远:致辞"])
        XCTAssertEqual(try store.strings("""
            SELECT o.name FROM project_parties pp JOIN organizations o ON o.id = pp.organization_id
            """), ["星河新材料股份有限公司"])
        XCTAssertEqual(try store.strings("SELECT level || province FROM places WHERE name = '芜湖'"), ["市安徽"])
    }

    /// A clause whose year is masked but whose figure is not keeps the figure: only masked
    /// digits stay unknown, and the article is stored rather than refused by a constraint.
    func testMaskedYearWithAnUnmaskedFigureKeepsItsValue() throws {
        let text = "到****年，全市软件业务收入突破1200亿元。"
        let goal = Target(subject: "全市", year: nil, description: "全市软件业务收入突破1200亿元", value: 1200, unit: "亿元",
                          masked: true, evidence: evidence(0, 22))
        try store.store(article("speech.txt", text: text), ArticleFacts(targets: [goal]))
        XCTAssertEqual(try store.strings("SELECT value || unit FROM targets WHERE masked = 1 AND year IS NULL"), ["1200亿元"])
    }

    // MARK: - Replacing

    func testReplacingTwiceGivesTheSameRowCounts() throws {
        let run = try store.beginRun()
        try store.store(article("f.txt", text: forumText), forumFacts(), run: run)
        let once = try store.factCounts()
        try store.store(article("f.txt", text: forumText), forumFacts(), run: run)
        XCTAssertEqual(try store.factCounts(), once)
        XCTAssertEqual(once["articles"], 1)
        XCTAssertEqual(once["people"], 3)
        XCTAssertEqual(once["posts"], 2)
        XCTAssertEqual(once["statistics"], 2)
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_search"), 1)
    }

    func testReplacingRemovesTheOldFactsAndKeepsTheFirstRun() throws {
        let first = try store.beginRun()
        try store.store(article("f.txt", text: forumText), forumFacts(), run: first)
        let second = try store.beginRun()
        var fewer = forumFacts()
        fewer.events = []
        fewer.targets = []
        fewer.people.removeLast()
        try store.store(article("f.txt", text: forumText + "（更新）"), fewer, run: second)
        XCTAssertEqual(try store.count("SELECT count(*) FROM events"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM event_statistics"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM event_participants"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM targets"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_people"), 2)
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_search WHERE article_search MATCH '更新'"), 0,
                       "2-character terms do not match the trigram index")
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_search WHERE article_search MATCH '（更新）'"), 1)
        let runs = try XCTUnwrap(store.database.fetchOne(sql: "SELECT imported_run, changed_run FROM articles"))
        XCTAssertEqual(runs.values, [.integer(first), .integer(second)])
    }

    func testFailedReplacementKeepsTheOldArticleWhole() throws {
        try store.store(article("f.txt", text: forumText), forumFacts())
        let before = try store.factCounts()
        var broken = article("f.txt", text: "新的正文")
        broken.script = "Latn" // violates the articles.script CHECK after the old row was deleted
        XCTAssertThrowsError(try store.store(broken, ArticleFacts())) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_CONSTRAINT)
        }
        XCTAssertEqual(try store.factCounts(), before)
        XCTAssertEqual(try store.strings("SELECT text FROM articles"), [forumText])
    }

    func testBatchIsAllOrNothing() throws {
        struct Stop: Error {}
        XCTAssertThrowsError(try store.inBatch {
            try store.store(article("a.txt", text: "甲文"), ArticleFacts())
            try store.store(article("b.txt", text: "乙文"), ArticleFacts())
            throw Stop()
        })
        XCTAssertEqual(try store.count("SELECT count(*) FROM articles"), 0)
        try store.inBatch {
            try store.store(article("a.txt", text: "甲文"), ArticleFacts())
            var bad = article("b.txt", text: "乙文")
            bad.script = "Latn"
            XCTAssertThrowsError(try store.store(bad, ArticleFacts()), "one article fails inside the batch")
        }
        XCTAssertEqual(try store.sources().keys.sorted(), ["a.txt"], "the failed article's savepoint alone rolled back")
    }

    func testDuplicatesWithinAnArticleAreMerged() throws {
        let post = Post(title: "星河新材料股份有限公司董事长", organization: "星河新材料股份有限公司", position: "董事长",
                        evidence: evidence(0, 14))
        let facts = ArticleFacts(
            people: [Person(name: "陈立群", posts: [post], evidence: evidence(14, 17)),
                     Person(name: "陈立群", posts: [post, Post(title: "省人大代表", organization: nil, position: "省人大代表",
                                                              evidence: evidence(20, 25))], evidence: evidence(30, 33))],
            organizations: [Organization(name: "星河新材料股份有限公司", evidence: evidence(0, 11)),
                            Organization(name: "星河新材料股份有限公司", aliases: ["星河新材"], evidence: evidence(40, 51))],
            events: [Event(name: "项目签约仪式", participants: [Participant(person: "陈立群", role: "签约", evidence: evidence(50, 55))],
                           evidence: evidence(45, 51)),
                     Event(name: "项目签约仪式", place: "滁州",
                           participants: [Participant(person: "陈立群", role: "签约", evidence: evidence(50, 55))],
                           evidence: evidence(60, 66))],
            targets: [Target(subject: nil, year: 2026, description: "产值翻番", evidence: evidence(70, 74)),
                      Target(subject: nil, year: 2026, description: "产值翻番", evidence: evidence(80, 84))])
        try store.store(article("d.txt", text: String(repeating: "文", count: 100)), facts)
        XCTAssertEqual(try store.count("SELECT count(*) FROM people"), 1)
        XCTAssertEqual(try store.strings("SELECT title FROM article_people ORDER BY title"),
                       ["星河新材料股份有限公司董事长", "省人大代表"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM organizations"), 1)
        XCTAssertEqual(try store.count("SELECT count(*) FROM events"), 1)
        XCTAssertEqual(try store.strings("SELECT place FROM article_events"), ["滁州"], "the repeat fills the missing place")
        XCTAssertEqual(try store.count("SELECT count(*) FROM event_participants"), 1)
        XCTAssertEqual(try store.count("SELECT count(*) FROM targets"), 1)
        XCTAssertEqual(try store.strings("SELECT rule FROM posts WHERE position = '省人大代表'"), ["test.rule"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM posts WHERE organization_id IS NULL"), 1)
    }

    func testOutOfRangeConfidenceIsClampedNotFatal() throws {
        let facts = ArticleFacts(people: [Person(name: "赵一鸣", evidence: evidence(0, 3, confidence: 1.7))])
        try store.store(article("c.txt", text: "赵一鸣说"), facts)
        XCTAssertEqual(try store.database.fetchValue(Double.self, sql: "SELECT confidence FROM person_mentions"), 1.0)
    }

    // MARK: - Shared entities

    func testSamePersonInTwoArticlesIsOneRowWithPostsFromBoth() throws {
        try store.store(article("a.txt", text: forumText), forumFacts())
        let later = ArticleFacts(people: [Person(name: "周明远", posts: [
            Post(title: "国家发展和改革委员会主任", organization: "国家发展和改革委员会", position: "主任", evidence: evidence(0, 12)),
        ], evidence: evidence(12, 15))])
        try store.store(article("b.txt", text: "国家发展和改革委员会主任周明远调研。"), later)
        XCTAssertEqual(try store.count("SELECT count(*) FROM people WHERE name = '周明远'"), 1)
        XCTAssertEqual(try store.strings("""
            SELECT po.title FROM posts po JOIN people p ON p.id = po.person_id WHERE p.name = '周明远' ORDER BY po.article_id
            """), ["国家发展和改革委员会副主任", "国家发展和改革委员会主任"])
        XCTAssertEqual(try store.count("SELECT count(DISTINCT organization_id) FROM posts"), 2,
                       "both posts of 周明远 share the commission's row; 林雪梅's is the government's")
    }

    func testAliasRecordedByOneArticleResolvesInAnother() throws {
        try store.store(article("a.txt", text: forumText), forumFacts())
        let short = ArticleFacts(
            people: [Person(name: "孙浩然", posts: [Post(title: "国家发改委副秘书长", organization: "国家发改委", position: "副秘书长",
                                                        evidence: evidence(0, 11))], evidence: evidence(11, 14))],
            organizations: [Organization(name: "国家发改委", evidence: evidence(0, 5))])
        try store.store(article("b.txt", text: "国家发改委副秘书长孙浩然表示。"), short)
        XCTAssertEqual(try store.count("SELECT count(*) FROM organizations WHERE name LIKE '国家发%'"), 1)
        XCTAssertEqual(try store.strings("SELECT organization FROM article_people WHERE person = '孙浩然'"), ["国家发展和改革委员会"])
        XCTAssertEqual(try store.strings("SELECT organization FROM article_organizations WHERE source = 'b.txt'"), ["国家发改委"],
                       "the view shows the name the article itself used")
        XCTAssertEqual(try store.strings("""
            SELECT DISTINCT o.name FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id WHERE a.alias = '国家发改委'
            """), ["国家发展和改革委员会"])
    }

    func testFullerNameLaterTakesOverTheShortFormsRow() throws {
        let short = ArticleFacts(organizations: [Organization(name: "省工信厅", evidence: evidence(0, 4))])
        try store.store(article("a.txt", text: "省工信厅发布通知。"), short)
        let full = ArticleFacts(organizations: [Organization(name: "江西省工业和信息化厅", aliases: ["省工信厅"], evidence: evidence(0, 10))])
        try store.store(article("b.txt", text: "江西省工业和信息化厅（省工信厅）发布。"), full)
        XCTAssertEqual(try store.strings("SELECT name FROM organizations"), ["江西省工业和信息化厅"])
        XCTAssertEqual(try store.strings("SELECT organization FROM article_organizations ORDER BY source"), ["省工信厅", "江西省工业和信息化厅"])
        // The alias the first article used outlives the second article.
        try store.removeArticle(source: "b.txt")
        try store.store(article("c.txt", text: "省工信厅再次发布。"), short)
        XCTAssertEqual(try store.count("SELECT count(*) FROM organizations"), 1)
    }

    func testAliasMergesTwoExistingRows() throws {
        try store.store(article("a.txt", text: "甲"), ArticleFacts(organizations: [Organization(name: "市经信局", evidence: evidence(0, 1))]))
        try store.store(article("b.txt", text: "乙"), ArticleFacts(organizations: [Organization(name: "九江市经济和信息化局", evidence: evidence(0, 1))],
                                                                 projects: [Project(name: "X项目", parties: ["市经信局"], evidence: evidence(0, 1))]))
        XCTAssertEqual(try store.count("SELECT count(*) FROM organizations"), 2)
        try store.store(article("c.txt", text: "丙"), ArticleFacts(organizations: [
            Organization(name: "九江市经济和信息化局", aliases: ["市经信局"], evidence: evidence(0, 1))]))
        XCTAssertEqual(try store.strings("SELECT name FROM organizations"), ["九江市经济和信息化局"])
        XCTAssertEqual(try store.count("SELECT count(DISTINCT organization_id) FROM organization_mentions"), 1)
        XCTAssertEqual(try store.count("SELECT count(*) FROM project_parties"), 1)
        XCTAssertEqual(try store.strings("PRAGMA foreign_key_check"), [])
    }

    func testAmbiguousAliasLinksNeitherBody() throws {
        try store.store(article("a.txt", text: "甲"), ArticleFacts(organizations: [
            Organization(name: "江西省人民政府", aliases: ["省政府"], evidence: evidence(0, 1))]))
        try store.store(article("b.txt", text: "乙"), ArticleFacts(organizations: [
            Organization(name: "湖南省人民政府", aliases: ["省政府"], evidence: evidence(0, 1))]))
        try store.store(article("c.txt", text: "丙"), ArticleFacts(organizations: [Organization(name: "省政府", evidence: evidence(0, 1))]))
        XCTAssertEqual(try store.strings("SELECT name FROM organizations ORDER BY id"), ["江西省人民政府", "湖南省人民政府", "省政府"])
    }

    func testArticlesOwnAliasWinsOverOtherArticles() throws {
        // Another article made 市政府 an alias of its own city's government.
        try store.store(article("a.txt", text: "甲"), ArticleFacts(organizations: [
            Organization(name: "赣州市人民政府", aliases: ["市政府"], evidence: evidence(0, 1))]))
        let mayor = Person(name: "韩志刚", posts: [Post(title: "市政府秘书长", organization: "市政府", position: "秘书长",
                                                        evidence: evidence(0, 6))], evidence: evidence(6, 9))
        try store.store(article("b.txt", text: "乙"), ArticleFacts(people: [mayor], organizations: [
            Organization(name: "上饶市人民政府", aliases: ["市政府"], evidence: evidence(0, 1))]))
        XCTAssertEqual(try store.strings("SELECT organization FROM article_people WHERE person = '韩志刚'"), ["上饶市人民政府"])
        // An article without its own reading of the ambiguous short form links to neither.
        try store.store(article("c.txt", text: "丙"), ArticleFacts(people: [mayor]))
        XCTAssertEqual(try store.strings("""
            SELECT o.name FROM posts po JOIN organizations o ON o.id = po.organization_id
            JOIN articles a ON a.id = po.article_id WHERE a.source = 'c.txt'
            """), ["市政府"])
    }

    // MARK: - Search

    func testFullTextSearchAndTwoCharacterFallback() throws {
        try store.store(article("a.txt", text: "加快建设制造强国，推动嘉兴制造业高质量发展。", title: "建设制造强国"), ArticleFacts())
        try store.store(article("b.txt", text: "数字经济持续发展。"), ArticleFacts())
        XCTAssertEqual(try store.strings("""
            SELECT a.source FROM article_search s JOIN articles a ON a.id = s.rowid WHERE article_search MATCH '制造强国'
            """), ["a.txt"])
        XCTAssertEqual(try store.strings("SELECT source FROM articles WHERE instr(text, '嘉兴') > 0"), ["a.txt"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_search WHERE article_search MATCH '嘉兴'"), 0,
                       "why the fallback exists: the trigram index needs 3 characters")
        try store.removeArticle(source: "a.txt")
        XCTAssertEqual(try store.count("SELECT count(*) FROM article_search WHERE article_search MATCH '制造强国'"), 0)
    }

    // MARK: - Runs, sources, pruning

    func testRunsRejectionsAndSources() throws {
        let run = try store.beginRun()
        try store.store(article("a.txt", text: "甲文"), ArticleFacts(), run: run)
        try store.recordRejection(run: run, source: "bad.png", reason: "binary file")
        try store.finishRun(run, counts: .init(seen: 2, new: 1, rejected: 1))
        let row = try XCTUnwrap(store.database.fetchOne(sql: "SELECT seen, new, rejected, finished_at IS NOT NULL FROM import_runs"))
        XCTAssertEqual(row.values, [.integer(2), .integer(1), .integer(1), .integer(1)])
        XCTAssertEqual(try store.strings("SELECT source || ': ' || reason FROM rejections"), ["bad.png: binary file"])
        XCTAssertEqual(try store.storedArticle(source: "a.txt")?.extractorVersion, 1)
        XCTAssertNil(try store.storedArticle(source: "z.txt"))
        XCTAssertEqual(try store.sources()["a.txt"], try store.storedArticle(source: "a.txt"))
    }

    func testRemoveArticleThenOrphans() throws {
        try store.store(article("a.txt", text: forumText), forumFacts())
        try store.store(article("b.txt", text: "周明远调研。"), ArticleFacts(people: [Person(name: "周明远", evidence: evidence(0, 3))]))
        XCTAssertTrue(try store.removeArticle(source: "a.txt"))
        XCTAssertFalse(try store.removeArticle(source: "a.txt"))
        XCTAssertEqual(try store.count("SELECT count(*) FROM posts"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM people"), 3, "entities outlive their articles until pruned")
        let removed = try store.removeOrphans()
        XCTAssertEqual(try store.strings("SELECT name FROM people"), ["周明远"])
        XCTAssertEqual(try store.count("SELECT count(*) FROM organizations"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM organization_aliases"), 0)
        XCTAssertEqual(try store.count("SELECT count(*) FROM places"), 0)
        XCTAssertEqual(removed, 2 + 3 + 1)
        XCTAssertEqual(try store.removeOrphans(), 0)
    }
}
