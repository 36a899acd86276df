import XCTest
import Foundation
import Store
@testable import ImportKit

/// A folder under the temporary directory, removed with the object.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init(_ label: String = "import") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Files made unreadable or immutable by a test must not stop the cleanup.
        _ = try? FileManager.default.removeItem(at: url)
    }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, Data(text.utf8))
    }
}

/// Made-up articles in the genre of the seeds (forum report with a title chain, a plan with a
/// 到20xx年 goal, a signing with an investment), different for every index.
enum SampleArticle {
    static let surnames = Array("赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜")
    static let givenNames = Array("建国海峰立新志远明辉振华永刚晓东国强文博宏伟嘉树")
    static let cities = ["芜湖", "洛阳", "株洲", "柳州", "绵阳", "襄阳", "宜宾", "赣州"]
    static let industries = ["智能装备", "新能源汽车", "工业互联网", "先进材料", "生物医药", "集成电路"]

    static func name(_ index: Int) -> String {
        let surname = surnames[index % surnames.count]
        let first = givenNames[(index * 7 + 3) % givenNames.count]
        let second = givenNames[(index * 13 + 5) % givenNames.count]
        return String([surname, first, second])
    }

    static func text(_ index: Int, variant: Int = 0) -> String {
        let city = cities[index % cities.count]
        let industry = industries[(index / cities.count) % industries.count]
        let edition = index % 9 + 2
        let month = index % 12 + 1
        let day = index % 27 + 1
        let amount = 20 + (index * 37 + variant * 11) % 480
        let goal = 500 + (index * 53 + variant * 7) % 4000
        return """
            \(month)月\(day)日，第\(edition)届\(city)\(industry)产业发展论坛在\(city)举办。
            工业和信息化部副部长\(name(index))，\(city)市委书记\(name(index + 101))，中国机械工业联合会会长\(name(index + 202))出席论坛并致辞。
            会上，\(city)市人民政府与\(industry)龙头企业签署合作协议，\(city)\(industry)产业园项目总投资\(amount)亿元。
            根据规划，到\(2025 + index % 6)年，全市\(industry)产业规模突破\(goal)亿元，培育国家级专精特新企业\(10 + index % 40)家。
            \(name(index + 303))表示，将持续优化营商环境，推动\(industry)产业集群发展（第\(variant)稿）。
            """
    }
}

/// Runs imports in-process and reads databases back through SQL.
struct ImportHarness {
    struct Outcome {
        var result: ImportResult
        /// (path, reason) for every rejection, in the order reported.
        var rejections: [(path: String, reason: String)]
    }

    static func run(_ inputs: [String], into database: String, prune: Bool = false, jobs: Int = 2,
                    lockTimeout: TimeInterval = 5, maxFileBytes: Int = ImportOptions.defaultMaxFileBytes,
                    rehash: Bool = false, configure: (ImportRun) -> Void = { _ in }) throws -> Outcome {
        var options = ImportOptions(inputs: inputs, databasePath: database, prune: prune, jobs: jobs,
                                    lockTimeout: lockTimeout, maxFileBytes: maxFileBytes)
        options.rehash = rehash
        let run = ImportRun(options: options, showProgress: false)
        var rejections: [(String, String)] = []
        run.onRejection = { rejections.append(($0, $1)) }
        configure(run)
        let result = try run.run()
        return Outcome(result: result, rejections: rejections)
    }

    /// One column of every row, as text ("NULL" for NULL).
    static func strings(_ database: String, _ sql: String) throws -> [String] {
        let connection = try Database(path: database, mode: .readOnly)
        return try connection.fetchAll(sql: sql).map { row in
            row[0].isNull ? "NULL" : (row[0].stringValue ?? row[0].int64Value.map(String.init) ?? "\(row[0])")
        }
    }

    static func integer(_ database: String, _ sql: String) throws -> Int {
        let connection = try Database(path: database, mode: .readOnly)
        return try connection.fetchValue(Int.self, sql: sql) ?? -1
    }

    /// Row counts of every table that holds facts, to compare whole databases.
    static func tableCounts(_ database: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["articles", "people", "organizations", "organization_aliases", "places", "person_mentions",
                      "posts", "organization_mentions", "place_mentions", "events", "event_participants",
                      "event_statistics", "targets", "projects", "project_parties"] {
            counts[table] = try integer(database, "SELECT count(*) FROM \(table)")
        }
        return counts
    }

    /// The package root, for the seeds.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
