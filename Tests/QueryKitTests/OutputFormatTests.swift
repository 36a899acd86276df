import XCTest
import Store
@testable import QueryKit

/// What each format prints for a known result: alignment, quoting, exact numbers.
final class OutputFormatTests: XCTestCase {
    private func render(_ format: OutputFormat, columns: [String], rows: [[DatabaseValue]],
                        header: Bool = true, maxCellWidth: Int = TableWriter.defaultMaxCellWidth) -> String {
        let sink = StringSink()
        let writer = format.makeWriter(sink: sink, includeHeader: header, maxCellWidth: maxCellWidth)
        writer.begin(columns: columns)
        rows.forEach(writer.row)
        writer.finish()
        return sink.text
    }

    func testTableAlignsHanCharactersAsTwoColumns() {
        let text = render(.table, columns: ["person", "title", "amount"], rows: [
            [.text("周海峰"), .text("江淮省发展和改革委员会主任"), .integer(6500000000)],
            [.text("Li Na"), .text("CEO"), .integer(42)],
        ])
        XCTAssertEqual(text, """
            person  title                       amount
            ------  --------------------------  ----------
            周海峰  江淮省发展和改革委员会主任  6500000000
            Li Na   CEO                                 42

            """)
        // Every line has the same display width up to its last cell.
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(DisplayWidth.of(lines[1]), DisplayWidth.of(lines[2]))
    }

    func testTableCutsLongCellsAndShowsLineBreaks() {
        let text = render(.table, columns: ["passage"], rows: [
            [.text("第一行\n第二行")],
            [.text("年产十二万台新型储能装备智能制造基地项目")],
        ], maxCellWidth: 12)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[2], "第一行↵第二…")
        XCTAssertEqual(lines[3], "年产十二万…")
        XCTAssertLessThanOrEqual(DisplayWidth.of(lines[3]), 12)
        XCTAssertEqual(render(.table, columns: ["a"], rows: [[.null]], header: false), "\n")
    }

    func testCSVQuotesCommasQuotesAndLineBreaks() {
        let text = render(.csv, columns: ["name", "note"], rows: [
            [.text("江淮重工, 股份"), .text("称\"龙头\"企业")],
            [.text("两行\r\n文本"), .null],
            [.integer(18000000000), .real(3.5)],
        ])
        XCTAssertEqual(text, "name,note\r\n\"江淮重工, 股份\",\"称\"\"龙头\"\"企业\"\r\n\"两行\r\n文本\",\r\n18000000000,3.5\r\n")
        XCTAssertEqual(render(.csv, columns: ["a"], rows: [[.integer(1)]], header: false), "1\r\n")
    }

    func testJSONKeepsNumbersExactAndTypesApart() throws {
        let text = render(.json, columns: ["project", "investment_cny", "share", "whole", "note", "note"], rows: [
            [.text("储能基地\n二期"), .integer(18000000000), .real(0.125), .real(2.4e10), .null, .text("a\"b")],
        ])
        XCTAssertEqual(text, """
            [
            {"project": "储能基地\\n二期", "investment_cny": 18000000000, "share": 0.125, "whole": 24000000000, "note": null, "note_2": "a\\"b"}
            ]

            """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        XCTAssertEqual(parsed?.first?["investment_cny"] as? Int, 18000000000)
        XCTAssertEqual(render(.json, columns: ["a"], rows: []), "[]\n")
    }

    func testNumbersNeverUseExponentsForWholeValues() {
        XCTAssertEqual(ValueText.json(.integer(Int64.max)), "9223372036854775807")
        XCTAssertEqual(ValueText.json(.real(1e20)), "100000000000000000000")
        XCTAssertEqual(ValueText.json(.real(-0.0)), "0")
        XCTAssertEqual(ValueText.json(.real(3743.2)), "3743.2")
        XCTAssertEqual(ValueText.json(.real(.nan)), "null")
        XCTAssertEqual(ValueText.plain(.real(180e8)), "18000000000")
    }

    func testNDJSONIsOneObjectPerLine() throws {
        let text = render(.ndjson, columns: ["year", "value"], rows: [[.integer(2025), .text("1000")], [.null, .null]])
        XCTAssertEqual(text, "{\"year\": 2025, \"value\": \"1000\"}\n{\"year\": null, \"value\": null}\n")
        for line in text.split(separator: "\n") {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8)))
        }
    }

    func testTableIsTheDefaultOnlyOnATerminal() throws {
        let database = try QueryFixture.make()
        defer { QueryFixture.remove(database) }
        var request = QueryRequest(databasePath: database, action: .sql(.text("SELECT name FROM people ORDER BY id")))
        let onTerminal = ToolRun.run(request, terminal: true)
        XCTAssertEqual(onTerminal.output, "name\n------\n王建国\n李晓明\n陈静\n")
        XCTAssertEqual(onTerminal.errors, "3 rows\n")
        let piped = ToolRun.run(request, terminal: false)
        XCTAssertEqual(piped.output, "name\r\n王建国\r\n李晓明\r\n陈静\r\n")
        XCTAssertEqual(piped.errors, "")
        request.includeHeader = false
        request.format = .table
        XCTAssertEqual(ToolRun.run(request).output, "王建国\n李晓明\n陈静\n")
    }
}
