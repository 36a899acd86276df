import Foundation
import XCTest
import Facts
@testable import Store

/// A fresh directory per test, removed afterwards.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Evidence for test facts: the span is what matters to the store, the rule names the test.
func evidence(_ start: Int, _ end: Int, rule: String = "test.rule", confidence: Double = 0.9) -> Evidence {
    Evidence(span: Span(start, end), rule: rule, confidence: confidence)
}

func article(_ source: String, text: String, title: String? = nil) -> Article {
    Article(source: source, title: title, published: "2023-05-10", format: .plain, encoding: "utf-8",
            script: "Hans", original: text, text: text)
}

extension KnowledgeStore {
    /// Stores an article with a hash derived from its text, in run 1.
    @discardableResult
    func store(_ article: Article, _ facts: ArticleFacts, run: Int64? = nil) throws -> Int64 {
        let runID = try run ?? beginRun()
        return try replaceArticle(article, contentHash: String(article.text.hashValue), byteCount: article.text.utf8.count,
                                  extractorVersion: 1, facts: facts, run: runID)
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try database.fetchValue(Int.self, sql: sql, arguments: arguments) ?? -1
    }

    func strings(_ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try database.fetchAll(sql: sql, arguments: arguments).map { $0[0].stringValue ?? "NULL" }
    }

    /// A derived table as it was kept, and as `recount` rebuilds it from the fact tables: `listing`
    /// read before and after the recount, inside a savepoint that is rolled back, so the store is
    /// left as it was.
    func keptAndRecounted(_ listing: String, recount: (Database) throws -> Void) throws -> ([String], [String]) {
        let kept = try strings(listing)
        try database.execute(sql: "SAVEPOINT recount")
        try recount(database)
        let recounted = try strings(listing)
        try database.execute(sql: "ROLLBACK TO recount; RELEASE recount")
        return (kept, recounted)
    }
}
