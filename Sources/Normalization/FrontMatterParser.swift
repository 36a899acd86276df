/// Jekyll/Hexo front matter: a `---` line first, `key: value` lines, a closing `---` (or `...`) line.
struct FrontMatter: Equatable {
    /// Keys lowercased; values unquoted and trimmed. Only simple scalar lines are read.
    var fields: [String: String]
    /// Everything after the closing line.
    var body: String
}

struct FrontMatterParser {
    enum Outcome: Equatable {
        case none
        case parsed(FrontMatter)
        /// Opened with `---` but never closed: the caller treats the file as plain text.
        case unclosed
    }

    /// Lines looked at for the closing marker; front matter is short, and a missing close
    /// must not make us scan (or hold) a huge file as metadata.
    var maxLines = 200

    func parse(_ text: String) -> Outcome {
        guard text.hasPrefix("---") || text.hasPrefix(" ") else { return .none }
        var lines = text.utf8.split(separator: 0x0A, maxSplits: maxLines + 1, omittingEmptySubsequences: false)
            .map { Substring($0) }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return .none }
        lines.removeFirst()
        var fields: [String: String] = [:]
        var consumed = first.utf8.count + 1
        for (n, line) in lines.enumerated() where n < maxLines {
            consumed += line.utf8.count + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: min(consumed, text.utf8.count))
                return .parsed(FrontMatter(fields: fields, body: String(text[start...])))
            }
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("-") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = Self.unquote(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            if !key.isEmpty, fields[key] == nil { fields[key] = value }
        }
        return .unclosed
    }

    /// YAML scalars as posts write them: "…", '…' or bare.
    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let f = value.first, let l = value.last, f == l, f == "\"" || f == "'" else { return value }
        var inner = String(value.dropFirst().dropLast())
        if f == "\"" { inner = inner.replacingOccurrences(of: "\\\"", with: "\"") }
        return inner
    }
}
