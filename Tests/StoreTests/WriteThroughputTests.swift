import Foundation
import XCTest
import Facts
@testable import Store

/// Many articles through one connection: the writer's statements must stay cached and the
/// shared rows shared. Prints the rate; asserts the counts.
final class WriteThroughputTests: XCTestCase {
    func testManyArticlesShareEntitiesAndCommitEach() throws {
        let directory = try TemporaryDirectory()
        let store = try KnowledgeStore(path: directory.path("many.db"))
        let surnames = Array("赵钱孙李周吴郑王冯陈")
        let given = ["明远", "雪梅", "浩然", "立群", "一鸣"]
        let run = try store.beginRun()
        let articles = 200
        let start = Date()
        // In batches, as the importer writes: one commit per batch, a savepoint per article.
        let batch = 50
        for first in stride(from: 0, to: articles, by: batch) { try store.inBatch {
        for n in first..<min(first + batch, articles) {
            let text = String(repeating: "推动产业高质量发展，建设先进制造业集群。", count: 40) + "第\(n)篇"
            var people: [Person] = []
            for k in 0..<12 {
                let name = "\(surnames[(n + k) % surnames.count])\(given[k % given.count])"
                people.append(Person(name: name, posts: [
                    Post(title: "第\(k % 7)产业园管委会主任", organization: "第\(k % 7)产业园管委会", position: "主任", evidence: evidence(k, k + 10)),
                ], evidence: evidence(k, k + 3)))
            }
            let organizations = (0..<8).map { Organization(name: "第\($0)产业园管委会", aliases: ["\($0)园管委"], evidence: evidence($0, $0 + 8)) }
            let events = [Event(name: "第\(n)届产业合作大会", startDate: "2024-05-01", place: "城\(n % 30)",
                                participants: people.prefix(5).map { Participant(person: $0.name, role: "出席", evidence: evidence(0, 3)) },
                                statistics: [EventStatistic(label: "签约项目", value: Decimal(n), unit: "个", evidence: evidence(0, 5))],
                                evidence: evidence(0, 10))]
            let targets = (0..<5).map { Target(subject: "某省", year: 2025 + $0, description: "目标\($0)", value: Decimal($0 * 100), unit: "亿元", evidence: evidence(0, 5)) }
            let projects = (0..<5).map { Project(name: "项目\(n)-\($0)", investmentCNY: Int64($0) * 100_000_000, place: "城\($0)",
                                                  parties: ["第\($0)产业园管委会"], evidence: evidence(0, 5)) }
            try store.store(article("batch/\(n).txt", text: text),
                            ArticleFacts(people: people, organizations: organizations, events: events, targets: targets, projects: projects),
                            run: run)
        }
        } }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "WriteThroughputTests: %d articles in %.2f s (%.0f articles/s)", articles, seconds, Double(articles) / seconds))
        let counts = try store.factCounts()
        XCTAssertEqual(counts["articles"], articles)
        XCTAssertEqual(counts["people"], surnames.count * given.count)
        XCTAssertEqual(counts["organizations"], 8)
        XCTAssertEqual(counts["posts"], articles * 12)
        XCTAssertEqual(counts["projects"], articles * 5)
    }
}
