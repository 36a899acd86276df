import XCTest
@testable import QueryKit

/// The built `query` executable: exit statuses and the help path that swift-argument-parser
/// would otherwise take over. Skipped when the executable has not been built next to the tests.
final class QueryCommandTests: XCTestCase {
    private var executable: URL!
    private var database: String!

    override func tearDown() {
        QueryFixture.remove(database)
        super.tearDown()
    }

    override func setUpWithError() throws {
        // The test bundle and the products live in the same build folder.
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("query") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("the query executable is not built next to the tests (\(products.path))")
        }
        executable = found
        database = try QueryFixture.make()
    }

    private func query(_ arguments: String..., input: String? = nil) throws -> ToolRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        if let input {
            let pipe = Pipe()
            process.standardInput = pipe
            pipe.fileHandleForWriting.write(Data(input.utf8))
            pipe.fileHandleForWriting.closeFile()
        }
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                       errors: String(decoding: err, as: UTF8.self))
    }

    func testExitStatuses() throws {
        XCTAssertEqual(try query(database, "search", "--param", "q=合肥").status, 0)
        XCTAssertEqual(try query(database, "--sql", "DELETE FROM people").status, 1)
        XCTAssertEqual(try query(database, "targets", "--param", "year=soon").status, 1)
        XCTAssertEqual(try query(database + ".missing", "--sql", "SELECT 1").status, 2)
        XCTAssertEqual(try query(database).status, 64)
        XCTAssertEqual(try query(database, "--list", "--sql", "SELECT 1").status, 64)
        XCTAssertEqual(try query(database, "--format", "xml", "--list").status, 64)
    }

    func testNameThenHelpDescribesTheQuery() throws {
        let help = try query(database, "org_people", "--help")
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.hasPrefix("org_people: People of an organization"), help.output)
        XCTAssertTrue(help.output.contains("organization  text  required"), help.output)
        let general = try query("--help")
        XCTAssertTrue(general.output.contains("--datasette-metadata"), general.output)
    }

    func testPipedOutputIsCSVAndSQLCanComeFromStandardInput() throws {
        let result = try query(database, "--sql", "-", input: "SELECT name, level FROM places WHERE name = '芜湖'")
        XCTAssertEqual(result.output, "name,level\r\n芜湖,市\r\n")
        let json = try query(database, "projects", "--param", "place=合肥", "--format", "json")
        XCTAssertTrue(json.output.contains("\"investment_cny\": 18000000000"), json.output)
    }
}
