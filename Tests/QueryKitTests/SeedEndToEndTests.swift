import XCTest
import Store
import ImportKit
@testable import QueryKit

/// The seeds imported by the real pipeline, then queried: the contract's search promises
/// (宁波, two characters; 制造强国 through the trigram index) and alias-aware organization lookup.
final class SeedEndToEndTests: XCTestCase {
    private static var database: String!

    override class func tearDown() {
        QueryFixture.remove(database)
        super.tearDown()
    }

    override class func setUp() {
        super.setUp()
        let seeds = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("query-seeds-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("seeds.sqlite").path
        let run = ImportRun(options: ImportOptions(inputs: [seeds], databasePath: database), showProgress: false)
        _ = try! run.run()
    }

    private func column(_ result: ToolRun, _ name: String) -> [String] {
        guard let index = result.csvRows.first?.firstIndex(of: name) else { return [] }
        return result.csvRows.dropFirst().map { $0[index] }
    }

    func testTwoCharacterSearchFindsNingbo() {
        let result = ToolRun.predefined("search", on: Self.database, ["q=宁波"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(column(result, "source").contains("003_d54a8a0a0fd9376c.txt"), result.output)
        XCTAssertTrue(column(result, "snippet").allSatisfy { $0.contains("【宁波】") }, result.output)
    }

    func testTrigramSearchFindsEveryArticleWithThePhrase() throws {
        let result = ToolRun.predefined("search", on: Self.database, ["q=制造强国"])
        let expected = try ToolRun.sql("SELECT source FROM articles WHERE instr(text, '制造强国') > 0 OR instr(title, '制造强国') > 0",
                                       on: Self.database).csvRows.dropFirst().map { $0[0] }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(Set(column(result, "source")), Set(expected))
    }

    func testOrganizationAliasFindsTheFullName() {
        let result = ToolRun.predefined("org_people", on: Self.database, ["organization=工信部"])
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(column(result, "organization").contains("工业和信息化部"), result.output)
    }

    func testChangesListsTheFirstImportAsNew() {
        let result = ToolRun.predefined("changes", on: Self.database)
        XCTAssertEqual(column(result, "change"), Array(repeating: "new", count: 5))
    }

    func testEveryPredefinedQueryRunsOnTheSeeds() throws {
        for query in try PredefinedQueryCatalog.queries() {
            let parameters = query.parameters.filter(\.isRequired).map { "\($0.name)=工业" }
            for format in OutputFormat.allCases {
                let result = ToolRun.predefined(query.name, on: Self.database, parameters, format: format)
                XCTAssertEqual(result.status, 0, "\(query.name) \(format): \(result.errors)")
            }
        }
    }
}
