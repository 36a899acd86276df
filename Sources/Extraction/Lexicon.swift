import Foundation

/// A word list shipped in `Resources/Lexicons`. Format: one entry a line, fields
/// separated by a tab; lines starting with `#` are comments (each file opens with
/// where its data comes from and under which license).
public struct Lexicon: Sendable {
    public let name: String
    /// Each entry's fields, in file order.
    public let entries: [[String]]

    /// Loads `Resources/Lexicons/<name>.tsv` from the module bundle.
    /// A missing or unreadable lexicon is a packaging defect, so it traps with the path.
    public init(named name: String) {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Lexicons") else {
            fatalError("lexicon \(name).tsv missing from the Extraction bundle")
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("lexicon \(url.path) is not readable UTF-8")
        }
        self.init(name: name, text: text)
    }

    /// Parses lexicon text; for tests and for lexicons built in memory.
    public init(name: String, text: String) {
        self.name = name
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
        self.entries = rows
    }

    /// First field of every entry.
    public var words: [String] { entries.map { $0[0] } }

    /// First field of every entry, as a set for membership tests.
    public var wordSet: Set<String> { Set(words) }
}
