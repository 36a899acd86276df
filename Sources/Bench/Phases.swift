import Foundation
import ImportKit
import Store

/// The measured phases. Each runs on its own (in a child process when the benchmark
/// measures memory) and reports a `PhaseResult`.
enum Phases {
    /// The floor: read every file, decode it, and store its text in a fresh database with an
    /// FTS5 trigram index and nothing else — one transaction, one prepared statement. Any
    /// import must at least do this, so `import time / floor time` is the pipeline's overhead.
    static func floor(root: String, databasePath: String) throws -> PhaseResult {
        let clock = ContinuousClock()
        let start = clock.now, cpuStart = ProcessUsage.cpuSeconds()
        try removeDatabase(at: databasePath)
        let database = try Database(path: databasePath, mode: .create)
        try database.execute(sql: """
            CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, text TEXT NOT NULL) STRICT;
            CREATE VIRTUAL TABLE article_search USING fts5(text, content = 'articles', content_rowid = 'id', tokenize = 'trigram');
            """)
        var files = 0, bytes = 0
        var failure: Error?
        try database.inTransaction(.immediate) {
            let insertArticle = try database.prepare("INSERT INTO articles (source, text) VALUES (?, ?)")
            let insertSearch = try database.prepare("INSERT INTO article_search (rowid, text) VALUES (?, ?)")
            SourceWalker(roots: [root]).walk { entry in
                guard case .file(let path, let source) = entry else { return true }
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: path))
                    guard let text = decode(data) else { throw BenchError.undecodable(path) }
                    try insertArticle.execute([source, text])
                    try insertSearch.execute([database.lastInsertRowID, text])
                    files += 1
                    bytes += data.count
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
        }
        let seconds = (clock.now - start) / .seconds(1)
        return PhaseResult(phase: .floor, seconds: seconds, cpuSeconds: ProcessUsage.cpuSeconds() - cpuStart, articlesWritten: files, filesSeen: files,
                           unchanged: 0, rejected: 0, inputBytes: bytes, facts: 0,
                           peakKiB: ProcessUsage.currentProcessKiB())
    }

    /// The product's import (ImportKit, as the `importer` command runs it). A first import when
    /// the database is missing, a re-import otherwise.
    static func importCorpus(root: String, databasePath: String, phase: PhaseResult.Phase) throws -> PhaseResult {
        if phase == .firstImport { try removeDatabase(at: databasePath) }
        let clock = ContinuousClock()
        let start = clock.now, cpuStart = ProcessUsage.cpuSeconds()
        let run = ImportRun(options: ImportOptions(inputs: [root], databasePath: databasePath), showProgress: false)
        run.onRejection = { path, reason in
            FileHandle.standardError.write(Data("bench: rejected \(path): \(reason)\n".utf8))
        }
        let result = try run.run()
        let seconds = (clock.now - start) / .seconds(1)
        let counts = result.counts
        let facts = counts.people + counts.posts + counts.organizations + counts.events + counts.targets + counts.projects
        let stages = run.stageTimes
        return PhaseResult(phase: phase, seconds: seconds, cpuSeconds: ProcessUsage.cpuSeconds() - cpuStart, articlesWritten: counts.written, filesSeen: counts.seen,
                           unchanged: counts.unchanged, rejected: counts.rejected,
                           inputBytes: corpusBytes(root: root),
                           facts: facts, peakKiB: ProcessUsage.currentProcessKiB(),
                           prepareCPUSeconds: stages.prepareCPUSeconds, writeCPUSeconds: stages.writeCPUSeconds,
                           writerWaitSeconds: stages.writerWaitSeconds, queueFullSeconds: stages.queueFullSeconds)
    }

    /// Strict UTF-8, else GB18030: the two encodings the corpus uses.
    static func decode(_ data: Data) -> String? {
        if let text = String(validating: data, as: UTF8.self) { return text }
        return String(data: data, encoding: gb18030)
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Bytes of every file under `root`: a re-import must at least look at all of them.
    static func corpusBytes(root: String) -> Int {
        var total = 0
        SourceWalker(roots: [root]).walk { entry in
            if case .file(let path, _) = entry,
               let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
                total += size
            }
            return true
        }
        return total
    }

    static func removeDatabase(at path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal", ".lock"] {
            let file = path + suffix
            if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
        }
    }
}

enum BenchError: Error, CustomStringConvertible {
    case undecodable(String)
    case child(phase: String, status: Int32, output: String)
    case corpus(String)

    var description: String {
        switch self {
        case .undecodable(let path): return "\(path): neither UTF-8 nor GB18030"
        case .child(let phase, let status, let output): return "child process for \(phase) exited with \(status): \(output)"
        case .corpus(let why): return why
        }
    }
}
