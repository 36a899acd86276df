import SeededRandom
import XCTest
import Foundation
import Store
@testable import ImportKit

/// `kill -9` at random moments of real importer processes: after every kill the database must
/// pass `PRAGMA integrity_check` and hold every article either with exactly the facts a clean
/// import of that file gives, or not at all; and a final import must complete.
final class CrashTests: XCTestCase {
    /// At least this many kills must land on a running importer.
    static let requiredKills = 100
    static let articleCount = 200
    /// Wall-clock budget for the kill loop; the test fails if it cannot land enough kills in it.
    static let budget: TimeInterval = 600
    /// Files switched to their other version before each run, so killed runs also replace articles.
    static let changesPerRun = 60

    /// Facts per article, counted by table: what "fully present" means for one file's content.
    static let signatureSQL = """
        SELECT a.content_hash,
               (SELECT count(*) FROM person_mentions m WHERE m.article_id = a.id) || '/' ||
               (SELECT count(*) FROM posts p WHERE p.article_id = a.id) || '/' ||
               (SELECT count(*) FROM organization_mentions m WHERE m.article_id = a.id) || '/' ||
               (SELECT count(*) FROM place_mentions m WHERE m.article_id = a.id) || '/' ||
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) || '/' ||
               (SELECT count(*) FROM event_participants ep JOIN events e ON e.id = ep.event_id WHERE e.article_id = a.id) || '/' ||
               (SELECT count(*) FROM event_statistics es JOIN events e ON e.id = es.event_id WHERE e.article_id = a.id) || '/' ||
               (SELECT count(*) FROM targets t WHERE t.article_id = a.id) || '/' ||
               (SELECT count(*) FROM projects j WHERE j.article_id = a.id) || '/' ||
               (SELECT count(*) FROM project_parties pp JOIN projects j ON j.id = pp.project_id WHERE j.article_id = a.id) || '/' ||
               (SELECT count(*) FROM article_search s WHERE s.rowid = a.id)
        FROM articles a
        """

    func testKillNineAtRandomMomentsLeavesEveryArticleWholeOrAbsent() throws {
        let importer = try ImporterBinary()
        let folder = try TemporaryFolder("crash")
        let corpus = folder.path("corpus")
        var random = SplitMix64(seed: 20_240_601)

        // Two versions of every article, so killed runs also replace changed articles.
        var version = [Int](repeating: 0, count: Self.articleCount)
        func write(_ index: Int) throws {
            try folder.write("corpus/\(index / 50)/article-\(index).txt", SampleArticle.text(index, variant: version[index]))
        }
        var expected: [String: String] = [:]
        // How long a clean import from nothing takes bounds the kill moments of runs that start
        // from nothing; later runs re-import a few changed files and are timed as they go.
        var fullImport = 0.0
        for variant in 0...1 {
            for index in 0..<Self.articleCount { version[index] = variant; try write(index) }
            let reference = folder.path("reference-\(variant).sqlite")
            let started = Date()
            let clean = try importer.run([corpus, reference, "--quiet"])
            fullImport = max(fullImport, Date().timeIntervalSince(started))
            XCTAssertEqual(clean.status, 0, clean.stderr)
            for (hash, signature) in try Self.signatures(reference) { expected[hash] = signature }
        }
        XCTAssertEqual(expected.count, 2 * Self.articleCount, "every version of every article has its own hash")
        // Starts at a whole import and shrinks toward real incremental runs as they finish unkilled,
        // so kills spread over the writing phase rather than bunching before the first commit.
        var incrementalImport = fullImport

        let database = folder.path("kb.sqlite")
        var kills = 0, killsWhileWriting = 0, runs = 0, integrityFailures = 0, halfPresent = 0, unexpectedExits = 0
        let loopStart = Date()
        while kills < Self.requiredKills && Date().timeIntervalSince(loopStart) < Self.budget {
            runs += 1
            // Now and then start from nothing, so kills also land in creation and first inserts.
            let fresh = runs % 20 == 1
            if fresh {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            }
            for _ in 0..<Self.changesPerRun {
                let index = Int(random.next() % UInt64(Self.articleCount))
                version[index] = 1 - version[index]
                try write(index)
            }
            // Kills in a fresh run aim at creation and the first batches; later batches of a fresh
            // run write the same way as the incremental runs do.
            let window = fresh ? min(fullImport, 2) : incrementalImport
            let started = Date()
            // Every other run commits every 8 articles, so kills also land between the commits of
            // one run (with the default 256-article batches a short run commits only at its end).
            let batching = runs % 2 == 0 ? ["--batch-articles", "8"] : []
            let running = try importer.start([corpus, database, "--quiet"] + batching)
            usleep(useconds_t(Double(random.next() % 1000) / 1000 * window * 1_000_000))
            running.signal(SIGKILL)
            let status = running.wait()
            if running.killedBySignal {
                kills += 1
                // Evidence the kill hit the writing phase: the killed run had committed articles.
                if let wrote = try? ImportHarness.integer(database, """
                    SELECT count(*) FROM articles WHERE changed_run = (SELECT max(id) FROM import_runs)
                    """), wrote > 0 {
                    killsWhileWriting += 1
                }
            } else if status == 0 {
                // It finished before the kill: aim the next kills inside such a run.
                if !fresh { incrementalImport = (incrementalImport + Date().timeIntervalSince(started)) / 2 }
            } else {
                unexpectedExits += 1
                XCTFail("importer exited \(status): \(running.standardError)")
            }
            guard FileManager.default.fileExists(atPath: database) else { continue }
            let check = try Self.check(database, expected: expected)
            integrityFailures += check.integrityFailed ? 1 : 0
            halfPresent += check.halfPresent
        }
        let final = try importer.run([corpus, database, "--quiet"])
        let finalCheck = try Self.check(database, expected: expected)
        let stored = try ImportHarness.integer(database, "SELECT count(*) FROM articles")

        print("crash test: \(runs) runs, \(kills) kills (SIGKILL; \(killsWhileWriting) after the run had committed articles), "
              + "\(integrityFailures) integrity failures, "
              + "\(halfPresent) half-present articles, \(unexpectedExits) unexpected exits; full import "
              + String(format: "%.2f s, loop %.0f s", fullImport, Date().timeIntervalSince(loopStart)))
        XCTAssertGreaterThanOrEqual(kills, Self.requiredKills, "kills landed within the time budget")
        // Without kills after a commit the test would only show that uncommitted work vanishes.
        XCTAssertGreaterThanOrEqual(killsWhileWriting, 10, "kills that landed after the run had committed articles")
        XCTAssertEqual(integrityFailures, 0)
        XCTAssertEqual(halfPresent, 0)
        XCTAssertEqual(final.status, 0, final.stderr)
        XCTAssertFalse(finalCheck.integrityFailed)
        XCTAssertEqual(finalCheck.halfPresent, 0)
        XCTAssertEqual(stored, Self.articleCount)
    }

    /// content_hash -> fact signature of every stored article.
    static func signatures(_ database: String) throws -> [String: String] {
        let connection = try Database(path: database, mode: .readOnly)
        var result: [String: String] = [:]
        for row in try connection.fetchAll(sql: signatureSQL) {
            result[row[0].stringValue ?? ""] = row[1].stringValue ?? ""
        }
        return result
    }

    /// Opens the database as the next importer would (recovering the WAL) and checks it.
    static func check(_ database: String, expected: [String: String]) throws -> (integrityFailed: Bool, halfPresent: Int) {
        let connection = try Database(path: database, mode: .readWrite)
        let integrity = try connection.fetchAll(sql: "PRAGMA integrity_check").map { $0[0].stringValue ?? "" }
        let foreignKeys = try connection.fetchAll(sql: "PRAGMA foreign_key_check").count
        var failed = integrity != ["ok"] || foreignKeys > 0
        do {
            try connection.execute(sql: "INSERT INTO article_search(article_search) VALUES ('integrity-check')")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR
                    && (error.message ?? "").contains("no such table") {
            // Killed before the schema was created: nothing to check yet.
        } catch {
            failed = true
        }
        var half = 0
        let hasArticles = try connection.fetchValue(Int.self,
            sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'") == 1
        if hasArticles {
            for row in try connection.fetchAll(sql: signatureSQL) where expected[row[0].stringValue ?? ""] != row[1].stringValue {
                half += 1
            }
        }
        return (failed, half)
    }
}
