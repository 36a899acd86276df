import Foundation

/// The whole benchmark: for each size, floor, first import, unchanged re-import and 1%-changed
/// re-import on a hard-linked slice of the corpus; then query latencies on the largest database.
struct BenchRunner {
    var corpus: URL
    var sizes: [Int]
    var scratch: URL
    var launcher: PhaseLauncher
    var queryRepetitions: Int
    var log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }

    struct Outcome {
        var sizes: [SizeReport]
        var queries: [QueryBench.Timing]
        var queryDatabaseArticles: Int
    }

    func run() throws -> Outcome {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var reports: [SizeReport] = []
        var largestDatabase: String?
        for size in sizes.sorted() {
            let work = try WorkingCopy.make(from: corpus, count: size, at: scratch.appendingPathComponent("work-\(size)"))
            let root = work.root.path
            let floorPath = scratch.appendingPathComponent("floor-\(size).sqlite").path
            let databasePath = scratch.appendingPathComponent("db-\(size).sqlite").path

            log("bench: \(size) articles: floor…")
            let floor = try launcher.run(.floor, root: root, databasePath: floorPath)
            try Phases.removeDatabase(at: floorPath)
            log("bench: \(size) articles: first import…")
            let first = try launcher.run(.firstImport, root: root, databasePath: databasePath)
            log("bench: \(size) articles: re-import, nothing changed…")
            let unchanged = try launcher.run(.reimport, root: root, databasePath: databasePath)
            let changedFiles = try work.changeEvery(100)
            log("bench: \(size) articles: re-import, \(changedFiles) changed…")
            let changed = try launcher.run(.reimport, root: root, databasePath: databasePath)

            reports.append(SizeReport(articles: size, floor: floor, firstImport: first, unchangedReimport: unchanged,
                                      changedReimport: changed, changedFiles: changedFiles,
                                      databaseBytes: Self.fileBytes(databasePath)))
            log("bench: " + ReportTable.row(reports[reports.count - 1]))
            if let previous = largestDatabase { try Phases.removeDatabase(at: previous) }
            largestDatabase = databasePath
            try FileManager.default.removeItem(at: work.root)
        }
        var timings: [QueryBench.Timing] = []
        if let path = largestDatabase {
            log("bench: query latencies on the \(sizes.max() ?? 0)-article database…")
            var queries = try QueryBench(databasePath: path)
            queries.repetitions = queryRepetitions
            timings = try queries.run()
        }
        return Outcome(sizes: reports, queries: timings, queryDatabaseArticles: sizes.max() ?? 0)
    }

    /// The database file plus its WAL, as it sits on disk.
    static func fileBytes(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + (((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0)
        }
    }
}
