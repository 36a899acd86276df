import ArgumentParser
import Foundation

/// `bench-corpus --articles 20000 --seed 1 out/`: a deterministic corpus of invented
/// industrial-policy articles in the seeds' shapes and forms, for the benchmark.
@main
struct BenchCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-corpus",
        abstract: "Generate a deterministic benchmark corpus of invented policy-news articles.")

    @Option(help: "Number of articles.")
    var articles: Int = 1000

    @Option(help: "PRNG seed: the same seed gives byte-identical files.")
    var seed: UInt64 = 1

    @Option(help: "Approximate body size of an article in UTF-8 bytes.")
    var targetBytes: Int = 10_000

    @Argument(help: "Output folder (created when missing).")
    var out: String

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be positive") }
        guard targetBytes >= 1000 else { throw ValidationError("--target-bytes must be at least 1000") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let writer = CorpusWriter(generator: CorpusGenerator(seed: seed, targetBytes: targetBytes),
                                  root: URL(fileURLWithPath: out))
        let summary = try writer.write(articles: articles)
        let seconds = (clock.now - start) / .seconds(1)
        print("bench-corpus: \(summary.articles) articles, \(summary.bytes / 1024) KiB, "
              + "\(summary.regenerated) re-drawn duplicates, \(String(format: "%.1f", seconds)) s -> \(out)")
    }
}
