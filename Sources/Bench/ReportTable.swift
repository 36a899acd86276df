import Foundation

/// Renders the outcome as Markdown tables (they read well in a terminal and paste into a README),
/// then checks the targets of issue 5.
enum ReportTable {
    static func render(_ outcome: BenchRunner.Outcome, memoryPerPhase: Bool) -> String {
        var lines: [String] = []
        if !outcome.sizes.isEmpty {
            lines.append("Wall-clock seconds, CPU seconds (all threads) in brackets; rates are per wall-clock second.")
            lines.append("")
            lines.append("| articles | floor s | import s | import/floor | prepare CPU s | write CPU s | writer idle / queue full s | MB/s | articles/s | facts/s | re-import s (× faster) | re-import 1% s | peak MiB | db KiB/article |")
            lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            lines.append(contentsOf: outcome.sizes.map(row))
            lines.append("")
            lines.append("prepare CPU: read, hash, normalize and extract, summed over the worker threads; write CPU: the one writer thread;")
            lines.append("writer idle: wall time the writer waited for the next article; queue full: wall time the workers had no file to take because the writer was behind.")
        }
        if !memoryPerPhase {
            lines.append("")
            lines.append("(--in-process: peak memory is the whole benchmark process's high-water mark.)")
        }
        if !outcome.queries.isEmpty {
            lines.append("")
            lines.append("Query latency on the \(outcome.queryDatabaseArticles)-article database:")
            lines.append("")
            lines.append("| query | runs | rows (mean) | p50 ms | p95 ms | max ms |")
            lines.append("|---|---:|---:|---:|---:|---:|")
            for t in outcome.queries {
                lines.append("| \(t.label) | \(t.stats.count) | \(f(t.meanRows, 1)) | \(f(t.stats.p50, 2)) | \(f(t.stats.p95, 2)) | \(f(t.stats.max, 2)) |")
            }
        }
        lines.append("")
        lines.append(contentsOf: targetChecks(outcome, memoryPerPhase: memoryPerPhase))
        return lines.joined(separator: "\n")
    }

    /// One size's line of the main table.
    static func row(_ r: SizeReport) -> String {
        "| \(r.articles) | \(f(r.floor.seconds, 2)) [\(f(r.floor.cpuSeconds, 2))] "
            + "| \(f(r.firstImport.seconds, 2)) [\(f(r.firstImport.cpuSeconds, 2))] "
            + "| \(f(r.importOverFloor, 1))× [\(f(r.importOverFloorCPU, 1))×] "
            + "| \(f(r.firstImport.prepareCPUSeconds, 2)) | \(f(r.firstImport.writeCPUSeconds, 2)) "
            + "| \(f(r.firstImport.writerWaitSeconds, 2)) / \(f(r.firstImport.queueFullSeconds, 2)) "
            + "| \(f(r.megabytesPerSecond, 2)) | \(f(r.articlesPerSecond, 0)) | \(f(r.factsPerSecond, 0)) "
            + "| \(f(r.unchangedReimport.seconds, 3)) [\(f(r.unchangedReimport.cpuSeconds, 3))] (\(f(r.unchangedSpeedup, 0))×) "
            + "| \(f(r.changedReimport.seconds, 2)) [\(f(r.changedReimport.cpuSeconds, 2))] "
            + "| \(f(Double(r.peakKiB) / 1024, 0)) | \(f(r.databaseBytesPerArticle / 1024, 1)) |"
    }

    /// Issue 5's targets, each PASS or FAIL with the measured figure.
    static func targetChecks(_ outcome: BenchRunner.Outcome, memoryPerPhase: Bool) -> [String] {
        var checks: [String] = []
        func check(_ ok: Bool, _ text: String) { checks.append("\(ok ? "PASS" : "FAIL")  \(text)") }
        for r in outcome.sizes {
            check(r.importOverFloor <= 1.5, "\(r.articles): import ≤ 1.5× floor (wall \(f(r.importOverFloor, 2))×, CPU \(f(r.importOverFloorCPU, 2))×)")
            check(r.unchangedSpeedup >= 50, "\(r.articles): unchanged re-import ≥ 50× faster than first import (\(f(r.unchangedSpeedup, 0))×)")
        }
        let predefined = outcome.queries.filter { !$0.label.hasPrefix("search") && !$0.label.hasPrefix("fts5") && !$0.label.hasPrefix("instr") }
        if !predefined.isEmpty {
            let worst = predefined.max { $0.stats.p50 < $1.stats.p50 }!
            check(worst.stats.p50 < 10, "predefined query p50 < 10 ms (slowest: \(worst.label) \(f(worst.stats.p50, 2)) ms)")
        }
        for t in outcome.queries where t.label.hasPrefix("search") {
            check(t.stats.p50 < 50, "\(t.label) < 50 ms (p50 \(f(t.stats.p50, 2)) ms)")
        }
        if memoryPerPhase, let small = outcome.sizes.first, let large = outcome.sizes.last, small.articles < large.articles {
            let growth = Double(large.peakKiB) / Double(small.peakKiB)
            check(growth < 1.5, "peak memory independent of corpus size (\(small.articles): \(small.peakKiB / 1024) MiB, \(large.articles): \(large.peakKiB / 1024) MiB)")
        }
        return checks
    }

    static func f(_ value: Double, _ digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "–"
    }
}
