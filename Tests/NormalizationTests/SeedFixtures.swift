import Foundation
import Facts
@testable import Normalization

/// The seed articles in `seeds/`, normalized once per test process.
enum SeedFixtures {
    static let seedsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static func data(_ prefix: String) throws -> Data {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: seedsFolder.path + "/" + prefix + "*"])
        }
        return try Data(contentsOf: seedsFolder.appendingPathComponent(name))
    }

    static func article(_ prefix: String) throws -> Article {
        let article = try Normalizer().normalize(try data(prefix), source: prefix)
        // NORM_DUMP=dir writes what extraction will see, for eyeballing during development.
        if let dir = ProcessInfo.processInfo.environment["NORM_DUMP"] {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let dump = "title: \(article.title ?? "nil")\npublished: \(article.published ?? "nil")\nformat: \(article.format.rawValue) encoding: \(article.encoding) script: \(article.script)\nwarnings: \(article.warnings)\n----\n\(article.text)\n"
            try? dump.write(toFile: dir + "/" + prefix + ".txt", atomically: true, encoding: .utf8)
        }
        return article
    }
}
