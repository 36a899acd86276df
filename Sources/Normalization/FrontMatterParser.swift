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
        // Lines are read one at a time up to the closing marker (the first plus at most `maxLines` more),
        // rather than splitting the whole file.
        let utf8 = text.utf8
        func line(from start: String.Index) -> (Substring, next: String.Index?) {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return (text[start...], nil) }
            return (text[start..<newline], utf8.index(after: newline))
        }
        let (first, afterFirst) = line(from: text.startIndex)
        guard first.trimmingCharacters(in: .whitespaces) == "---" else { return .none }
        var fields: [String: String] = [:]
        var consumed = first.utf8.count + 1
        var next = afterFirst
        for _ in 0..<maxLines {
            guard let start = next else { break }
            let (line, after) = line(from: start)
            next = after
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
