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
        // Lines are cut at newline scalars (what Character.isNewline splits at: a newline never joins a
        // grapheme) and trimmed of `.whitespaces` at the ends, scalar by scalar: splitting the whole file by
        // Characters and trimming every line through Foundation made loading the lexicons a visible share
        // of a short import.
        var rows: [[String]] = []
        var line: [Unicode.Scalar] = []
        func endLine() {
            var lo = 0, hi = line.count
            while lo < hi, Self.isWhitespace(line[lo]) { lo += 1 }
            while hi > lo, Self.isWhitespace(line[hi - 1]) { hi -= 1 }
            // Comments and fields are found on scalars too: a tab is a grapheme of its own, so cutting at tab
            // scalars gives the fields a split of the line's Characters gives, without walking graphemes.
            guard lo < hi, line[lo] != "#" else { return }
            var fields: [String] = []
            var fieldStart = lo
            for k in lo..<hi where line[k] == "\t" {
                fields.append(ScalarText.string(line[fieldStart..<k]))
                fieldStart = k + 1
            }
            fields.append(ScalarText.string(line[fieldStart..<hi]))
            rows.append(fields)
        }
        for u in text.unicodeScalars {
            switch u {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                endLine()
                line.removeAll(keepingCapacity: true)
            default:
                line.append(u)
            }
        }
        endLine()
        self.entries = rows
    }

    /// Exactly the scalars of `CharacterSet.whitespaces` (tab, the space separators and U+200B, as
    /// Foundation defines it): asking the CharacterSet costs more than the rest of parsing a line.
    @inline(__always)
    static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// First field of every entry.
    public var words: [String] { entries.map { $0[0] } }

    /// First field of every entry, as a set for membership tests.
    public var wordSet: Set<String> { Set(words) }
}
