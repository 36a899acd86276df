import ArgumentParser
import Foundation
import ImportKit

@main
struct Importer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "importer",
        abstract: "Import policy-news articles into a SQLite knowledge base.",
        discussion: """
            Imports every file under the folders (recursively; hidden files are skipped), whatever its \
            name: plain text, Markdown/front matter or HTML, UTF-8, GB18030 or UTF-16. Unchanged files \
            are skipped; changed files replace their article's facts. Articles are written in batches, \
            each article whole or not at all: an interruption or crash leaves every article fully \
            present or absent.

            Exit status: 0 all imported; 1 some files were rejected (each reported on stderr); \
            2 the database could not be opened or written, or another importer holds it; \
            64 usage error; 130 interrupted by SIGINT (Ctrl-C), 143 by SIGTERM, after finishing \
            the article being written.
            """)

    @Argument(help: ArgumentHelp("Folders or files to import, then the database file (created when missing).",
                                 valueName: "folder-or-file... db-file"))
    var paths: [String]

    @Flag(help: "Remove articles whose files are gone, and the people, organizations and places only they named.")
    var prune = false

    @Flag(help: "Print no summary line and no progress; rejected files are still reported on stderr.")
    var quiet = false

    @Flag(help: "After the summary, print on stderr where the time went: CPU of preparing (all workers) and of writing, and how long each side waited for the other.")
    var verbose = false

    @Flag(help: "After the summary, print on stderr the writer's SQL statements that took longest: summed wall time, runs, text.")
    var profileStatements = false

    @Flag(help: "Read and hash every file. By default a file whose size and modification time are those recorded when it was last read is taken as unchanged without reading it.")
    var rehash = false

    @Option(help: "Threads that read, normalize and extract in parallel with the one writer (default: active cores).")
    var jobs: Int?

    // For tests that need several commits in a short run (the kill -9 test); not for users.
    @Option(help: ArgumentHelp("Articles per transaction (default 256).", visibility: .hidden))
    var batchArticles: Int?

    // For profiling under valgrind, where a second holds a few articles; not for users.
    @Option(help: ArgumentHelp("Longest a transaction stays open, in seconds (default 1).", visibility: .hidden))
    var batchSeconds: Double?

    func validate() throws {
        guard paths.count >= 2 else {
            throw ValidationError("Give at least one folder or file to import, then the database file.")
        }
        for input in paths.dropLast() where !FileManager.default.fileExists(atPath: input) {
            throw ValidationError("\(input): no such file or directory.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if let batchArticles, batchArticles < 1 { throw ValidationError("--batch-articles must be at least 1.") }
        if let batchSeconds, !(batchSeconds > 0) { throw ValidationError("--batch-seconds must be more than 0.") }
    }

    func run() throws {
        var options = ImportOptions(inputs: Array(paths.dropLast()), databasePath: paths.last!, prune: prune)
        if let jobs { options.jobs = jobs }
        options.rehash = rehash
        options.profileStatements = profileStatements
        if let batchArticles { options.batchArticles = batchArticles }
        if let batchSeconds { options.batchSeconds = batchSeconds }
        let importRun = ImportRun(options: options, showProgress: !quiet && isatty(STDERR_FILENO) == 1)
        let signals = InterruptSignals { importRun.interrupt(signal: $0) }
        defer { withExtendedLifetime(signals) {} }

        let result: ImportResult
        do {
            result = try importRun.run()
        } catch let failure as ImportFailure {
            printError(failure.description)
            throw ExitCode(2)
        }
        if !quiet { print(result.counts.summaryLine) }
        if verbose { printError(importRun.stageTimes.summaryLine) }
        if let times = importRun.statementTimes {
            printError("the writer's statements by wall time (seconds, runs, SQL):\n" + times.report())
        }
        if let message = result.interruptionMessage { printError(message) }
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data("importer: \(message)\n".utf8))
    }
}
