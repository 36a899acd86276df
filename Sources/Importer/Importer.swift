import ArgumentParser
import ImportKit

@main
struct Importer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "importer",
        abstract: "Import policy-news articles into a SQLite knowledge base.")

    func run() throws {}
}
