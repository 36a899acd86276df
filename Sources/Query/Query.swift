import ArgumentParser
import QueryKit

@main
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run predefined or ad-hoc read-only queries on a knowledge base.")

    func run() throws {}
}
