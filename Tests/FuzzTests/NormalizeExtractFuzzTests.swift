import SeededRandom
import Extraction
import Facts
import Foundation
import Normalization
import XCTest

/// Feeds normalization and extraction thousands of generated inputs: random bytes, seed
/// articles with mutations (byte flips, cuts, splices) and random strings over the genre's
/// tricky alphabet (masks, brackets, pinyin glosses, HTML, front matter, numerals).
/// Deterministic (a fixed seed), so a failure reproduces; `FUZZ_ITERATIONS` runs longer.
///
/// Invariants checked on every accepted input: every span lies inside the article's text;
/// a target's year is plausible; investments are not negative; a person's name is not empty.
/// A crash, trap or hang fails the suite.
final class NormalizeExtractFuzzTests: XCTestCase {
    static let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 1000

    func testRandomInputsNeverCrashAndKeepInvariants() throws {
        var random = SplitMix64(seed: 0x5EED_F022)
        let seeds = try Self.seedArticles()
        let normalizer = Normalizer()
        let extractor = ArticleExtractor()
        var accepted = 0, rejected = 0
        for iteration in 0..<Self.iterations {
            let data: Data
            switch random.next() % 4 {
            case 0: data = Self.randomBytes(&random)
            case 1: data = Self.mutated(seeds[Int(random.next() % UInt64(seeds.count))], &random)
            case 2: data = Self.spliced(seeds, &random)
            default: data = Data(Self.randomGenreText(&random).utf8)
            }
            let article: Article
            do {
                article = try normalizer.normalize(data, source: "fuzz-\(iteration).txt")
            } catch is RejectionReason {
                rejected += 1
                continue
            }
            accepted += 1
            let facts = extractor.extract(article)
            try Self.checkInvariants(facts, text: article.text, iteration: iteration)
        }
        print("fuzz: \(Self.iterations) inputs, \(accepted) accepted, \(rejected) rejected")
        XCTAssertGreaterThan(accepted, Self.iterations / 4, "the generator must reach extraction, not only rejection")
    }

    static func checkInvariants(_ facts: ArticleFacts, text: String, iteration: Int) throws {
        let length = text.unicodeScalars.count
        func inside(_ evidence: Evidence, _ what: String) {
            XCTAssert(evidence.span.start >= 0 && evidence.span.end <= length,
                      "input \(iteration): \(what) span \(evidence.span) outside text of \(length) scalars")
            XCTAssert((0...1).contains(evidence.confidence), "input \(iteration): \(what) confidence")
        }
        for person in facts.people {
            XCTAssertFalse(person.name.isEmpty, "input \(iteration): empty person name")
            inside(person.evidence, "person \(person.name)")
            for post in person.posts { inside(post.evidence, "post \(post.title)") }
        }
        for organization in facts.organizations { inside(organization.evidence, "organization \(organization.name)") }
        for place in facts.places { inside(place.evidence, "place \(place.name)") }
        for event in facts.events {
            inside(event.evidence, "event \(event.name)")
            for participant in event.participants { inside(participant.evidence, "participant") }
            for statistic in event.statistics { inside(statistic.evidence, "statistic") }
        }
        for target in facts.targets {
            inside(target.evidence, "target")
            if let year = target.year {
                XCTAssert((1900...2100).contains(year), "input \(iteration): target year \(year)")
            }
        }
        for project in facts.projects {
            inside(project.evidence, "project \(project.name)")
            if let cny = project.investmentCNY { XCTAssertGreaterThanOrEqual(cny, 0, "input \(iteration): negative investment") }
        }
    }

    // MARK: - Generators

    static func seedArticles() throws -> [Data] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.path < $1.path }
        XCTAssertFalse(files.isEmpty, "seeds/ holds the seed articles")
        return try files.map { try Data(contentsOf: $0) }
    }

    static func randomBytes(_ random: inout SplitMix64) -> Data {
        let count = Int(random.next() % 4096)
        return Data((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
    }

    /// A seed with a few byte-level edits: flips, deletions, duplicated runs, a cut.
    static func mutated(_ seed: Data, _ random: inout SplitMix64) -> Data {
        var bytes = [UInt8](seed)
        for _ in 0..<(1 + Int(random.next() % 8)) where !bytes.isEmpty {
            let at = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 4 {
            case 0: bytes[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int(random.next() % 64)))
            case 2:
                let run = Array(bytes[at..<min(bytes.count, at + Int(random.next() % 256))])
                bytes.insert(contentsOf: run, at: Int(random.next() % UInt64(bytes.count)))
            default: bytes = Array(bytes.prefix(at))
            }
        }
        return Data(bytes)
    }

    /// Pieces of several seeds glued together at arbitrary byte offsets (mid-character too).
    static func spliced(_ seeds: [Data], _ random: inout SplitMix64) -> Data {
        var out = Data()
        for _ in 0..<(2 + Int(random.next() % 4)) {
            let seed = seeds[Int(random.next() % UInt64(seeds.count))]
            let start = Int(random.next() % UInt64(seed.count))
            let end = min(seed.count, start + Int(random.next() % 3000))
            out.append(seed[seed.startIndex + start..<seed.startIndex + end])
        }
        return out
    }

    /// Text over the genre's alphabet: the characters and fragments its rules key on.
    static let fragments: [String] = [
        "到2025年", "到****年", "今年力争", "突破", "亿元", "万元", "千亿", "**", "*.*", "%", "达到", "确保", "十四五",
        "投资", "项目", "的", "二期", "签约仪式", "论坛", "大会", "新闻发布会", "在", "举办", "召开", "出席", "致辞",
        "主持", "、", "，", "；", "：", "。", "\n", "《", "》", "“", "”", "（", "）", "(yè)", "(", ")", "市委", "书记",
        "副部长", "原", "十三届", "董事长", "集团", "股份有限公司", "大学", "研究院", "工业和信息化部", "省政府", "市长",
        "王", "李", "欧阳", "张", "建", "国", "华", "明", "等", "月", "日", "至", "3", "27", "一百二十", "两", "万",
        "<p>", "</p>", "<script>", "&ldquo;", "&#x4e2d;", "---\n", "title: ", "发布时间:", "2016/08/18", "合肥", "保定",
        "\u{FFFD}", "?", "。▍^", "業", "發", "　", " ", "\r\n", "A", "1", "０", "Ｂ",
    ]

    static func randomGenreText(_ random: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<(Int(random.next() % 600) + 1) {
            s += fragments[Int(random.next() % UInt64(fragments.count))]
        }
        return s
    }
}
