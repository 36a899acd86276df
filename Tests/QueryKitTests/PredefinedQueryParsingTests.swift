import XCTest
import Store

/// The `.sql` header format: what parses, and the errors that name file and line.
final class PredefinedQueryParsingTests: XCTestCase {
    func testHeaderAndBody() throws {
        let query = try PredefinedQuery(parsing: """
            -- name: plants
            -- title: Plants by province
            -- description: Factories a province announced,
            -- description: largest first.
            -- A free comment line is allowed.
            -- param: province text Province short name (江淮)
            -- param: min_cny integer? Smallest investment in yuan
            -- param: top integer = 20 Most rows
            SELECT name FROM plants -- :ignored in a comment
            WHERE province = :province AND ':not_a_parameter' <> ''
              AND (:min_cny IS NULL OR cny >= :min_cny)
            LIMIT :top;
            """, file: "plants.sql")
        XCTAssertEqual(query.name, "plants")
        XCTAssertEqual(query.title, "Plants by province")
        XCTAssertEqual(query.description, "Factories a province announced, largest first.")
        XCTAssertEqual(query.parameters, [
            .init(name: "province", type: .text, description: "Province short name (江淮)"),
            .init(name: "min_cny", type: .integer, description: "Smallest investment in yuan", isOptional: true),
            .init(name: "top", type: .integer, description: "Most rows", defaultValue: "20"),
        ])
        XCTAssertTrue(query.sql.hasPrefix("SELECT name FROM plants"))
        XCTAssertTrue(query.parameters[2].isOptional)
    }

    private func error(_ text: String) -> String {
        do {
            _ = try PredefinedQuery(parsing: text, file: "bad.sql")
            return "parsed"
        } catch {
            return "\(error)"
        }
    }

    func testErrorsNameFileLineAndReason() {
        XCTAssertEqual(error("-- description: x\nSELECT 1"), "bad.sql: missing `-- name:` line")
        XCTAssertEqual(error("-- name: q\nSELECT 1"), "bad.sql: missing `-- description:` line")
        XCTAssertEqual(error("-- name: q\n-- description: d\n-- parm: x text y\nSELECT :x"),
                       "bad.sql:3: unknown header key `parm:` (known: name, title, description, param)")
        XCTAssertEqual(error("-- name: q\n-- description: d\n-- param: x number y\nSELECT :x"),
                       "bad.sql:3: parameter `x` has unknown type `number` (known: text, integer, real, date)")
        XCTAssertEqual(error("-- name: q\n-- description: d\nSELECT :x"),
                       "bad.sql: the SQL uses :x but no `-- param: x …` line declares it")
        XCTAssertEqual(error("-- name: q\n-- description: d\n-- param: x text y\nSELECT 1"),
                       "bad.sql: parameter `x` is declared but the SQL never uses :x")
        XCTAssertEqual(error("-- name: q\n-- description: d\n-- param: n integer = many y\nSELECT :n"),
                       "bad.sql:3: default `many` of parameter `n` is not a whole number such as 2025")
        XCTAssertEqual(error("-- name: Bad-Name\n-- description: d\nSELECT 1").hasPrefix("bad.sql:1: query name"), true)
        XCTAssertEqual(error("-- name: q\n-- description: d\n"), "bad.sql: no SQL after the header")
    }

    func testNamedParameterScannerSkipsLiteralsAndComments() {
        let sql = "SELECT ':a', \":b\", [c:d], `:e` /* :f */ FROM t WHERE x = :g AND y = :g -- :h\n AND z = :i_2"
        XCTAssertEqual(SQLNamedParameters.names(in: sql), ["g", "i_2"])
        XCTAssertEqual(SQLNamedParameters.rewrite("a = :g OR ':g' = :h", replacement: { "@" + $0 }), "a = @g OR ':g' = @h")
    }

    func testEveryShippedFileParsesAndIsNamedAfterItsQuery() throws {
        let queries = try PredefinedQueryCatalog.queries()
        XCTAssertGreaterThanOrEqual(queries.count, 11)
        for query in queries {
            XCTAssertFalse(query.title.isEmpty)
            XCTAssertTrue(query.parameters.allSatisfy { !$0.description.isEmpty }, query.name)
        }
    }
}
