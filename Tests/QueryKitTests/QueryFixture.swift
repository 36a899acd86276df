import Foundation
import XCTest
import Store
@testable import QueryKit

/// A small knowledge base written by hand: three articles of the corpus's genre (invented
/// people, organizations and figures), two import runs, one rejection. Spans are computed
/// from the text with instr(), so the evidence passages are the real substrings.
enum QueryFixture {
    static let articleRows = """
        INSERT INTO import_runs(id, started_at, finished_at, seen, new, changed, unchanged, pruned, rejected) VALUES
         (1, '2024-01-01T08:00:00Z', '2024-01-01T08:00:05Z', 2, 2, 0, 0, 0, 0),
         (2, '2024-02-01T08:00:00Z', '2024-02-01T08:00:03Z', 4, 1, 1, 0, 0, 1);
        INSERT INTO rejections(run_id, source, reason) VALUES (2, 'broken.txt', 'binary file (PNG image)');
        INSERT INTO articles(id, source, content_hash, extractor_version, format, encoding, script, title, published,
                             original_text, text, byte_count, imported_run, changed_run) VALUES
         (1, 'hefei/auto.txt', 'h1', 1, 'plain', 'utf-8', 'Hans', '第二届新能源汽车产业大会在合肥开幕', '2023-05-10', 'x',
          '5月9日，第二届新能源汽车产业大会在合肥开幕。工业和信息化部副部长王建国出席并致辞，合肥市市长李晓明主持，清远大学教授陈静作主题演讲。'
          || char(10) || '大会签约年产10万辆新能源整车项目，投资180亿元。合肥将继续发展新能源汽车。', 100, 1, 1),
         (2, 'forum.txt', 'h2', 1, 'plain', 'utf-8', 'Hans', '工业经济座谈会召开', NULL, 'x',
          '6月1日，工业经济座谈会召开。工信部部长王建国出席，李晓明主持。到2025年，安徽新能源汽车产值突破1000亿元，单位产值能耗下降3.5%。芜湖动力电池项目投资50亿元。', 100, 1, 2),
         (3, 'plan.txt', 'h3', 1, 'plain', 'utf-8', 'Hans', '规划发布', '2024-01-15', 'x',
          '到2026年，合肥产业规模达到**亿元。工业和信息化部部长王建国表示支持智能网联示范区建设。', 100, 2, 2);
        """

    static let factRows = """
        INSERT INTO people(id, name) VALUES (1, '王建国'), (2, '李晓明'), (3, '陈静');
        INSERT INTO organizations(id, name) VALUES (1, '工业和信息化部'), (2, '合肥市人民政府'), (3, '清远大学');
        INSERT INTO organization_aliases(organization_id, alias, article_id) VALUES (1, '工信部', 2);
        INSERT INTO places(id, name, level, province) VALUES (1, '合肥', '市', '安徽'), (2, '安徽', '省', '安徽'), (3, '芜湖', '市', '安徽');
        CREATE TEMP VIEW spans AS SELECT id AS article, text FROM articles;
        INSERT INTO person_mentions(article_id, person_id, span_start, span_end, rule, confidence)
         SELECT 1, 1, instr(text, '王建国') - 1, instr(text, '王建国') + 2, 'people.title-chain', 0.9 FROM spans WHERE article = 1 UNION ALL
         SELECT 1, 2, instr(text, '李晓明') - 1, instr(text, '李晓明') + 2, 'people.title-chain', 0.9 FROM spans WHERE article = 1 UNION ALL
         SELECT 1, 3, instr(text, '陈静') - 1, instr(text, '陈静') + 1, 'people.title-chain', 0.8 FROM spans WHERE article = 1 UNION ALL
         SELECT 2, 1, instr(text, '王建国') - 1, instr(text, '王建国') + 2, 'people.title-chain', 0.9 FROM spans WHERE article = 2 UNION ALL
         SELECT 2, 2, instr(text, '李晓明') - 1, instr(text, '李晓明') + 2, 'people.bare', 0.6 FROM spans WHERE article = 2 UNION ALL
         SELECT 3, 1, instr(text, '王建国') - 1, instr(text, '王建国') + 2, 'people.title-chain', 0.9 FROM spans WHERE article = 3;
        INSERT INTO posts(id, article_id, person_id, organization_id, title, position, span_start, span_end, rule, confidence)
         SELECT 1, 1, 1, 1, '工业和信息化部副部长', '副部长', instr(text, '工业和信息化部副部长') - 1, instr(text, '王建国') + 2, 'posts.chain', 0.9 FROM spans WHERE article = 1 UNION ALL
         SELECT 2, 1, 2, 2, '合肥市市长', '市长', instr(text, '合肥市市长') - 1, instr(text, '李晓明') + 2, 'posts.chain', 0.9 FROM spans WHERE article = 1 UNION ALL
         SELECT 3, 1, 3, 3, '清远大学教授', '教授', instr(text, '清远大学') - 1, instr(text, '陈静') + 1, 'posts.chain', 0.8 FROM spans WHERE article = 1 UNION ALL
         SELECT 4, 2, 1, 1, '工信部部长', '部长', instr(text, '工信部') - 1, instr(text, '王建国') + 2, 'posts.chain', 0.9 FROM spans WHERE article = 2 UNION ALL
         SELECT 5, 3, 1, 1, '工业和信息化部部长', '部长', instr(text, '工业和信息化部') - 1, instr(text, '王建国') + 2, 'posts.chain', 0.9 FROM spans WHERE article = 3;
        INSERT INTO organization_mentions(article_id, organization_id, span_start, span_end, rule, confidence)
         SELECT 1, 1, instr(text, '工业和信息化部') - 1, instr(text, '工业和信息化部') + 6, 'org.lexicon', 0.95 FROM spans WHERE article = 1 UNION ALL
         SELECT 1, 2, instr(text, '合肥市') - 1, instr(text, '合肥市') + 2, 'org.suffix', 0.7 FROM spans WHERE article = 1 UNION ALL
         SELECT 1, 3, instr(text, '清远大学') - 1, instr(text, '清远大学') + 3, 'org.suffix', 0.8 FROM spans WHERE article = 1 UNION ALL
         SELECT 2, 1, instr(text, '工信部') - 1, instr(text, '工信部') + 2, 'org.alias', 0.9 FROM spans WHERE article = 2 UNION ALL
         SELECT 3, 1, instr(text, '工业和信息化部') - 1, instr(text, '工业和信息化部') + 6, 'org.lexicon', 0.95 FROM spans WHERE article = 3;
        INSERT INTO events(id, article_id, name, kind, start_date, end_date, place_id, span_start, span_end, rule, confidence)
         SELECT 1, 1, '第二届新能源汽车产业大会', '大会', '2023-05-09', '2023-05-10', 1, instr(text, '第二届') - 1, instr(text, '第二届') + 11, 'events.named', 0.9 FROM spans WHERE article = 1 UNION ALL
         SELECT 2, 2, '工业经济座谈会', '座谈会', '--06-01', NULL, NULL, instr(text, '工业经济座谈会') - 1, instr(text, '工业经济座谈会') + 6, 'events.named', 0.8 FROM spans WHERE article = 2;
        INSERT INTO event_participants(event_id, person_id, role, span_start, span_end, rule, confidence) VALUES
         (1, 1, '出席', 35, 40, 'events.role', 0.9), (1, 1, '致辞', 35, 42, 'events.role', 0.9),
         (1, 2, '主持', 48, 53, 'events.role', 0.9), (1, 3, '主题演讲', 60, 67, 'events.role', 0.8),
         (2, 1, '出席', 20, 25, 'events.role', 0.9), (2, 2, '主持', 26, 31, 'events.role', 0.8);
        INSERT INTO targets(id, article_id, subject, year, description, value, unit, masked, span_start, span_end, rule, confidence)
         SELECT 1, 2, '安徽', 2025, '到2025年，安徽新能源汽车产值突破1000亿元', '1000', '亿元', 0, instr(text, '到2025年') - 1, instr(text, '1000亿元') + 5, 'targets.by-year', 0.9 FROM spans WHERE article = 2 UNION ALL
         SELECT 2, 3, '合肥', 2026, '到2026年，合肥产业规模达到**亿元', NULL, '亿元', 1, 0, instr(text, '**亿元') + 3, 'targets.by-year', 0.8 FROM spans WHERE article = 3 UNION ALL
         SELECT 3, 2, '安徽', 2025, '单位产值能耗下降3.5%', '3.5', '%', 0, instr(text, '单位产值') - 1, instr(text, '3.5%') + 3, 'targets.by-year', 0.7 FROM spans WHERE article = 2;
        INSERT INTO projects(id, article_id, name, investment_cny, amount_text, place_id, span_start, span_end, rule, confidence)
         SELECT 1, 1, '年产10万辆新能源整车项目', 18000000000, '投资180亿元', 1, instr(text, '年产10万辆') - 1, instr(text, '180亿元') + 4, 'projects.signed', 0.9 FROM spans WHERE article = 1 UNION ALL
         SELECT 2, 2, '动力电池项目', 5000000000, '投资50亿元', 3, instr(text, '动力电池项目') - 1, instr(text, '50亿元') + 3, 'projects.invest', 0.8 FROM spans WHERE article = 2 UNION ALL
         SELECT 3, 3, '智能网联示范区', NULL, NULL, 1, instr(text, '智能网联示范区') - 1, instr(text, '智能网联示范区') + 6, 'projects.named', 0.5 FROM spans WHERE article = 3;
        INSERT INTO project_parties(project_id, organization_id) VALUES (1, 2);
        DROP VIEW spans;
        """

    /// Deletes the temporary folder of a database `make()` returned.
    static func remove(_ database: String?) {
        guard let database else { return }
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: database).deletingLastPathComponent())
    }

    /// A new fixture database in a fresh temporary folder; returns its path.
    static func make(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("querykit-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kb.sqlite").path
        // The store creates the schema and installs the predefined queries; the connection
        // closes at the end of the scope, as an importer's would.
        do {
            let store = try KnowledgeStore(path: path)
            try store.database.inTransaction(.immediate) {
                try store.database.execute(sql: articleRows)
                // Articles inserted by hand are indexed for search by hand (migration 3: the writer indexes its own).
                try store.database.execute(sql: "INSERT INTO article_search(article_search) VALUES ('rebuild')")
                try store.database.execute(sql: factRows)
                // Facts written by hand, not by ArticleWriter: the derived pair and organization counts from scratch.
                try PersonPairs.recount(in: store.database)
                try OrganizationCounts.recount(in: store.database)
            }
        }
        return path
    }
}

/// Runs the tool's logic as the command would, capturing what it prints.
struct ToolRun {
    var status: Int32
    var output: String
    var errors: String

    /// The CSV output as records of fields (the fixture has no quoted fields unless a test makes them).
    var csvRows: [[String]] {
        output.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    static func run(_ request: QueryRequest, terminal: Bool = false, standardInput: String = "") -> ToolRun {
        let output = StringSink()
        let errors = StringSink()
        let tool = QueryTool(standardOutput: output, standardError: errors, outputIsTerminal: terminal,
                             readStandardInput: { standardInput })
        let status = tool.run(request)
        return ToolRun(status: status, output: output.text, errors: errors.text)
    }

    /// A predefined query with `--param` pairs.
    static func predefined(_ name: String, on database: String, _ parameters: [String] = [],
                           format: OutputFormat = .csv, limit: Int = QueryRequest.defaultRowLimit) -> ToolRun {
        var request = QueryRequest(databasePath: database, action: .predefined(name))
        request.parameters = parameters
        request.format = format
        request.rowLimit = limit
        return run(request)
    }

    static func sql(_ sql: String, on database: String, _ parameters: [String] = [], format: OutputFormat = .csv,
                    limit: Int = QueryRequest.defaultRowLimit, timeout: Double? = QueryRequest.defaultTimeout) -> ToolRun {
        var request = QueryRequest(databasePath: database, action: .sql(.text(sql)))
        request.parameters = parameters
        request.format = format
        request.rowLimit = limit
        request.timeout = timeout
        return run(request)
    }
}
