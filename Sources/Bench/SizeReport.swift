/// Everything measured for one corpus size.
struct SizeReport {
    var articles: Int
    var floor: PhaseResult
    var firstImport: PhaseResult
    var unchangedReimport: PhaseResult
    var changedReimport: PhaseResult
    /// Files changed before `changedReimport`.
    var changedFiles: Int
    var databaseBytes: Int

    var importOverFloor: Double { firstImport.seconds / floor.seconds }
    /// The same ratio in CPU time: what it would be on an otherwise idle machine with one core.
    var importOverFloorCPU: Double { firstImport.cpuSeconds / floor.cpuSeconds }
    var megabytesPerSecond: Double { Double(firstImport.inputBytes) / 1_000_000 / firstImport.seconds }
    var articlesPerSecond: Double { Double(firstImport.articlesWritten) / firstImport.seconds }
    var factsPerSecond: Double { Double(firstImport.facts) / firstImport.seconds }
    /// How many times faster than the first import a re-import with nothing changed is.
    var unchangedSpeedup: Double { firstImport.seconds / unchangedReimport.seconds }
    var peakKiB: Int { max(firstImport.peakKiB, unchangedReimport.peakKiB, changedReimport.peakKiB) }
    var databaseBytesPerArticle: Double { Double(databaseBytes) / Double(articles) }
}
