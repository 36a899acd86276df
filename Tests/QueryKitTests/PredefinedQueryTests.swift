import XCTest
import Store
@testable import QueryKit

/// Each shipped query on the fixture database, with the rows it must return.
final class PredefinedQueryTests: XCTestCase {
    private static var database: String!

    override class func tearDown() {
        QueryFixture.remove(database)
        super.tearDown()
    }

    override class func setUp() {
        super.setUp()
        database = try! QueryFixture.make()
    }

    private func rows(_ name: String, _ parameters: [String] = [],
                      file: StaticString = #filePath, line: UInt = #line) -> [[String]] {
        let result = ToolRun.predefined(name, on: Self.database, parameters)
        XCTAssertEqual(result.status, 0, result.errors, file: file, line: line)
        return result.csvRows
    }

    /// The values of one column, header excluded.
    private func column(_ rows: [[String]], _ name: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        guard let index = rows.first?.firstIndex(of: name) else {
            XCTFail("no column \(name) in \(rows.first ?? [])", file: file, line: line)
            return []
        }
        return rows.dropFirst().map { $0[index] }
    }

    func testCatalogShipsTheRequiredQueries() throws {
        let names = Set(try PredefinedQueryCatalog.queries().map(\.name))
        for required in ["event_people", "person_posts", "org_people", "coattendance", "targets", "projects",
                         "events", "organizations", "changes", "search", "evidence"] {
            XCTAssertTrue(names.contains(required), "missing \(required)")
        }
    }

    func testCatalogIsInstalledInTheDatabase() throws {
        let database = try Database(path: Self.database, mode: .readOnly, walJournal: false)
        let rows = try database.fetchAll(sql: "SELECT name, parameters FROM predefined_queries ORDER BY name")
        XCTAssertEqual(rows.map { $0.value(0, as: String.self) ?? "" }, try PredefinedQueryCatalog.queries().map(\.name))
        let search = try XCTUnwrap(rows.first { $0.value(0, as: String.self) == "search" })
        let parameters = try JSONSerialization.jsonObject(with: Data((search.value(1, as: String.self) ?? "").utf8)) as? [[String: Any]]
        XCTAssertEqual(parameters?.first?["name"] as? String, "q")
        XCTAssertEqual(parameters?.first?["type"] as? String, "text")
        XCTAssertEqual(parameters?.first?["required"] as? Bool, true)
    }

    func testSearchTwoCharacterTermScansTheText() {
        // Newest first (article id descending): plan.txt is article 3, hefei/auto.txt article 1.
        let result = rows("search", ["q=合肥"])
        XCTAssertEqual(column(result, "source"), ["plan.txt", "hefei/auto.txt"])
        XCTAssertEqual(column(result, "hits"), ["1", "3"])
        XCTAssertTrue(column(result, "snippet")[0].contains("【合肥】产业规模"), "\(result)")
        XCTAssertEqual(column(rows("search", ["q=合肥", "limit=1"]), "source"), ["plan.txt"], "the newest one")
        XCTAssertEqual(column(rows("search", ["q=新能源汽车", "limit=1"]), "source"), ["forum.txt"])
    }

    /// 2-character terms go through the trigrams that begin with them; a term at the very end of
    /// a text or title begins no trigram and is found through the ending indexes instead.
    func testSearchTwoCharacterTermFindsEveryPlaceItOccurs() {
        XCTAssertEqual(column(rows("search", ["q=示范"]), "source"), ["plan.txt"], "inside the text")
        XCTAssertEqual(column(rows("search", ["q=设。"]), "source"), ["plan.txt"], "last two characters of the text")
        XCTAssertEqual(column(rows("search", ["q=发布"]), "source"), ["plan.txt"], "last two characters of the title")
        XCTAssertEqual(column(rows("search", ["q=。合"]), "source"), ["hefei/auto.txt"], "punctuation is literal")
        XCTAssertEqual(rows("search", ["q=肥x"]).count, 1, "no trigram begins with it: only the header")
        XCTAssertEqual(column(rows("search", ["q=产"]), "source").sorted(), ["forum.txt", "hefei/auto.txt", "plan.txt"], "1 character scans")
    }

    func testSearchLongerTermUsesTheTrigramIndex() {
        let result = rows("search", ["q=新能源汽车"])
        XCTAssertEqual(column(result, "source"), ["forum.txt", "hefei/auto.txt"])
        XCTAssertTrue(column(result, "snippet")[0].contains("安徽【新能源汽车】产值"))
        XCTAssertEqual(rows("search", ["q=不存在的词"]).count, 1, "only the header")
        // FTS5 syntax in the term is matched literally, not parsed.
        XCTAssertEqual(ToolRun.predefined("search", on: Self.database, ["q=\"AND OR"]).status, 0)
    }

    func testEventPeopleListsRolesAndTitles() {
        let result = rows("event_people", ["event=产业大会"])
        XCTAssertEqual(column(result, "person"), ["王建国", "李晓明", "陈静"])
        XCTAssertEqual(Set(column(result, "roles")[0].components(separatedBy: "、")), ["出席", "致辞"])
        XCTAssertEqual(column(result, "titles"), ["工业和信息化部副部长", "合肥市市长", "清远大学教授"])
        XCTAssertEqual(column(result, "place"), ["合肥", "合肥", "合肥"])
        // Without a filter, dated events come before one whose year is unknown.
        XCTAssertEqual(column(rows("event_people"), "event").last, "工业经济座谈会")
    }

    func testPersonPostsAreInDateOrderWithSources() {
        let result = rows("person_posts", ["person=王建国"])
        XCTAssertEqual(column(result, "title"), ["工业和信息化部副部长", "工业和信息化部部长", "工信部部长"])
        XCTAssertEqual(column(result, "date"), ["2023-05-10", "2024-01-15", "--06-01"])
        XCTAssertEqual(column(result, "source"), ["hefei/auto.txt", "plan.txt", "forum.txt"])
    }

    func testOrgPeopleFindsTheOrganizationByAlias() {
        let byAlias = rows("org_people", ["organization=工信部"])
        XCTAssertEqual(column(byAlias, "organization"), ["工业和信息化部", "工业和信息化部"])
        XCTAssertEqual(column(byAlias, "position"), ["部长", "副部长"])
        XCTAssertEqual(column(byAlias, "articles"), ["2", "1"])
        XCTAssertEqual(byAlias, rows("org_people", ["organization=工业和信息化部"]))
        XCTAssertEqual(column(rows("org_people", ["organization=清远"]), "person"), ["陈静"])
    }

    func testCoattendanceCountsSharedArticlesAndEvents() {
        let all = rows("coattendance")
        XCTAssertEqual(all[1], ["王建国", "李晓明", "2", "2", "第二届新能源汽车产业大会；工业经济座谈会"])
        XCTAssertEqual(all.count, 4, "three pairs and the header")
        let companions = rows("coattendance", ["person=李晓明", "min_articles=2"])
        XCTAssertEqual(companions.dropFirst().map { [$0[0], $0[1]] }, [["李晓明", "王建国"]])
        // A page that the repeated pairs fill (王建国/李晓明: two articles, two events) is read
        // from the partial rank index; a longer one ranks every pair. Both give the same rows.
        XCTAssertEqual(rows("coattendance", ["limit=1"]), Array(all.prefix(2)))
        XCTAssertEqual(rows("coattendance", ["limit=2"]), Array(all.prefix(3)))
        XCTAssertEqual(rows("coattendance", ["min_articles=2"]), Array(all.prefix(2)))
        XCTAssertEqual(rows("coattendance", ["limit=0"]).count, 1, "only the header")
    }

    func testTargetsFilterAndMarkMaskedFigures() {
        let all = rows("targets")
        XCTAssertEqual(column(all, "value"), ["1000", "3.5", ""])
        XCTAssertEqual(column(all, "masked"), ["", "", "masked"])
        XCTAssertEqual(column(rows("targets", ["year=2026"]), "subject"), ["合肥"])
        XCTAssertEqual(column(rows("targets", ["unit=%"]), "description"), ["单位产值能耗下降3.5%"])
        XCTAssertEqual(column(rows("targets", ["subject=安徽", "year=2025"]), "unit"), ["亿元", "%"])
    }

    func testProjectsLargestFirstWithTotals() {
        let all = rows("projects")
        XCTAssertEqual(column(all, "investment_cny"), ["18000000000", "5000000000", ""])
        XCTAssertEqual(column(all, "total_cny"), ["23000000000", "23000000000", "23000000000"])
        let inProvince = rows("projects", ["place=安徽省", "min_cny=1000000000", "max_cny=10000000000"])
        XCTAssertEqual(column(inProvince, "project"), ["动力电池项目"])
        XCTAssertEqual(column(inProvince, "projects"), ["1"])
        XCTAssertEqual(column(rows("projects", ["place=合肥市"]), "parties"), ["合肥市人民政府", ""])
    }

    func testEventsByDateRangeAndPlace() {
        XCTAssertEqual(column(rows("events"), "event"), ["第二届新能源汽车产业大会", "工业经济座谈会"])
        XCTAssertEqual(column(rows("events", ["from=2023-05-10", "to=2023"]), "event"), ["第二届新能源汽车产业大会"])
        XCTAssertEqual(column(rows("events", ["from=2023-05-11"]), "event"), [])
        XCTAssertEqual(column(rows("events", ["to=2023-04"]), "event"), [])
        XCTAssertEqual(column(rows("events", ["place=安徽"]), "participants"), ["3"])
        XCTAssertEqual(column(rows("events", ["name=座谈"]), "start_date"), ["--06-01"])
    }

    func testOrganizationsByArticleCountWithAliases() {
        let all = rows("organizations")
        XCTAssertEqual(column(all, "organization").first, "工业和信息化部")
        XCTAssertEqual(column(all, "articles"), ["3", "1", "1"])
        XCTAssertEqual(column(all, "aliases").first, "工信部")
        XCTAssertEqual(column(rows("organizations", ["name=工信部"]), "organization"), ["工业和信息化部"])
        XCTAssertEqual(column(rows("organizations", ["min_articles=2"]), "organization"), ["工业和信息化部"])
    }

    func testChangesOfTheLatestAndAnEarlierRun() {
        let latest = rows("changes")
        // Most recently written article first, then the rejected files.
        XCTAssertEqual(column(latest, "change"), ["new", "changed", "rejected"])
        XCTAssertEqual(column(latest, "source"), ["plan.txt", "forum.txt", "broken.txt"])
        XCTAssertEqual(column(latest, "reason").last, "binary file (PNG image)")
        XCTAssertEqual(column(latest, "people"), ["1", "2", ""])
        XCTAssertEqual(column(rows("changes", ["run=1"]), "source"), ["hefei/auto.txt"])
    }

    func testChangesLimitKeepsTheNewestArticlesAndEveryRejection() {
        let page = rows("changes", ["limit=1"])
        XCTAssertEqual(column(page, "source"), ["plan.txt", "broken.txt"])
        XCTAssertEqual(column(page, "targets"), ["1", ""])
    }

    func testChangesCountsPrunedArticles() throws {
        let database = try QueryFixture.make()
        defer { QueryFixture.remove(database) }
        try Database(path: database, mode: .readWrite).execute(sql: "UPDATE import_runs SET pruned = 2 WHERE id = 2")
        let result = ToolRun.predefined("changes", on: database)
        XCTAssertEqual(result.csvRows.dropFirst().map { $0[2] }, ["new", "changed", "rejected", "pruned"])
        XCTAssertTrue(result.output.contains("2 article(s) removed"), result.output)
    }

    func testEvidenceShowsThePassageInContext() {
        let result = rows("evidence", ["fact=王建国", "kind=person"])
        XCTAssertEqual(column(result, "source"), ["forum.txt", "hefei/auto.txt", "plan.txt"])
        XCTAssertTrue(column(result, "context")[0].contains("工信部部长【王建国】出席"), "\(result)")
        let project = rows("evidence", ["kind=project", "source=hefei"])
        XCTAssertTrue(column(project, "context")[0].contains("【年产10万辆新能源整车项目，投资180亿元】"), "\(project)")
    }

    func testEveryQueryRunsWithoutParametersOrWithItsRequiredOnes() throws {
        for query in try PredefinedQueryCatalog.queries() {
            let parameters = query.parameters.filter(\.isRequired).map { "\($0.name)=合肥" }
            let result = ToolRun.predefined(query.name, on: Self.database, parameters)
            XCTAssertEqual(result.status, 0, "\(query.name): \(result.errors)")
        }
    }
}
