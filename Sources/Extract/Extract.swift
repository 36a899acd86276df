import ArgumentParser
import Extraction
import Facts
import Foundation
import Normalization

/// Runs normalization and extraction without a database and writes one JSON file
/// per article in the gold format, so `score.py --pred-dir` can score extraction alone.
@main
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts from article files into gold-format JSON (no database).")

    @Argument(help: "Article files.")
    var files: [String]

    @Option(name: .long, help: "Folder for the JSON files; without it nothing is written.")
    var out: String?

    @Flag(name: .long, help: "Print the seconds spent normalizing and extracting (one thread, files already read).")
    var timing = false

    func run() throws {
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let clock = ContinuousClock()
        var normalizing = Duration.zero, extracting = Duration.zero, bytes = 0
        for path in files {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            bytes += data.count
            var article: Article?
            normalizing += try clock.measure { article = try Normalizer().normalize(data, source: name) }
            var facts: ArticleFacts?
            extracting += clock.measure { facts = ArticleExtractor().extract(article!) }
            if let out {
                let doc = GoldDocument(article: article!, facts: facts!)
                try encoder.encode(doc).write(to: URL(fileURLWithPath: out).appendingPathComponent(name + ".json"))
            }
        }
        if timing {
            let seconds = { (d: Duration) in String(format: "%.3f", Double(d / .milliseconds(1)) / 1000) }
            print("files \(files.count), \(bytes) bytes; normalize \(seconds(normalizing)) s, extract \(seconds(extracting)) s, "
                  + "total \(seconds(normalizing + extracting)) s")
        }
    }
}

/// `../shared/gold/FORMAT.md`.
struct GoldDocument: Encodable {
    struct Person: Encodable { var name: String; var titles: [String] }
    struct Organization: Encodable { var name: String; var aliases: [String] }
    struct Event: Encodable { var name: String; var start: String?; var end: String?; var place: String? }
    struct Target: Encodable { var subject: String?; var year: Int?; var text: String; var value: Decimal?; var unit: String? }
    struct Project: Encodable { var name: String; var investment_cny: Int64?; var place: String? }

    var source: String
    var title: String?
    var published: String?
    var people: [Person]
    var organizations: [Organization]
    var events: [Event]
    var targets: [Target]
    var projects: [Project]

    init(article: Article, facts: ArticleFacts) {
        source = article.source
        title = article.title
        published = article.published
        people = facts.people.map { Person(name: $0.name, titles: $0.posts.map(\.title)) }
        organizations = facts.organizations.map { Organization(name: $0.name, aliases: $0.aliases) }
        events = facts.events.map { Event(name: $0.name, start: $0.startDate, end: $0.endDate, place: $0.place) }
        targets = facts.targets.map { Target(subject: $0.subject, year: $0.year, text: $0.description, value: $0.value, unit: $0.unit) }
        projects = facts.projects.map { Project(name: $0.name, investment_cny: $0.investmentCNY, place: $0.place) }
    }
}
