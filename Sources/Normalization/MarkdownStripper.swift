/// Markdown markup -> text, line by line: headings `#`, block quotes `>`, list bullets, fences and rules
/// vanish; `![alt](url)` images go; `[text](url)` links keep their text; `<http://…>` autolinks go;
/// `**bold**` / `__bold__` lose their markers. Masks such as `**` or `****年` are not bold and are kept.
struct MarkdownStripper {
    /// True when the text shows Markdown structure (so a plain article's `**` masks are never touched).
    func looksLikeMarkdown(_ text: String) -> Bool {
        // One scalar pass: a heading or fence at a line start, or a "](" link joint.
        var atLineStart = true
        var previous: Unicode.Scalar = "\n"
        var hashes = 0
        for c in text.unicodeScalars {
            if atLineStart {
                if c == "#" { hashes += 1; previous = c; continue }
                if hashes > 0 { if c == " " && hashes <= 6 { return true }; hashes = 0 }
                if c == "`" && previous == "`" { return true }
                if c != " " && c != "`" { atLineStart = false }
            }
            if c == "(" && previous == "]" { return true }
            if c == "\n" { atLineStart = true; hashes = 0 }
            previous = c
        }
        return false
    }

    func strip(_ text: String) -> String {
        var lines: [String] = []
        var inFence = false
        for raw in text.split(separator: "\n" as Character, omittingEmptySubsequences: false) {
            // Most lines of a post are prose without any Markdown character: keep them as they are.
            if !raw.utf8.contains(where: { Self.markdownBytes.contains($0) }) {
                lines.append(String(raw))
                continue
            }
            var line = Substring(raw)
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { lines.append(String(line)); continue }
            if Self.isRule(trimmed) { lines.append(""); continue }
            line = trimmed
            while line.hasPrefix(">") { line = line.dropFirst().drop(while: { $0 == " " }) }
            if line.hasPrefix("#") {
                let hashes = line.prefix(while: { $0 == "#" })
                let rest = line.dropFirst(hashes.count)
                if hashes.count <= 6, rest.isEmpty || rest.first == " " {
                    line = rest.drop(while: { $0 == " " })
                    while line.hasSuffix("#") || line.hasSuffix(" ") { line = line.dropLast() }
                }
            }
            for bullet in ["- ", "+ ", "* "] where line.hasPrefix(bullet) { line = line.dropFirst(2) }
            lines.append(inline(String(line)))
        }
        return lines.joined(separator: "\n")
    }

    /// ASCII bytes that can start Markdown markup; a line without any of them needs no stripping.
    private static let markdownBytes: Set<UInt8> = Set("#>*_-+=[]!<`~".utf8)

    private static func isRule(_ t: Substring) -> Bool {
        let compact = t.filter { $0 != " " }
        guard compact.count >= 3, let c = compact.first, c == "-" || c == "_" || c == "=" else { return false }
        return compact.allSatisfy { $0 == c }
    }

    /// Links, images, autolinks and bold within one line.
    func inline(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "!" || c == "[", let (text, end) = link(s, at: c == "!" ? i + 1 : i) {
                if c != "!" { out.append(contentsOf: inline(text).unicodeScalars) }
                i = end
                continue
            }
            if c == "<", let end = autolink(s, at: i) { i = end; continue }
            if (c == "*" || c == "_"), i + 1 < s.count, s[i + 1] == c, let (inner, end) = bold(s, at: i) {
                out.append(contentsOf: inner.unicodeScalars)
                i = end
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// `[text](url)` at `i` (which must be `[`): its text and the index after `)`.
    private func link(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        guard i < s.count, s[i] == "[" else { return nil }
        var j = i + 1
        while j < s.count, s[j] != "]", s[j] != "[" { j += 1 }
        guard j + 1 < s.count, s[j] == "]", s[j + 1] == "(" else { return nil }
        var k = j + 2
        while k < s.count, s[k] != ")", s[k] != " " || k == j + 2 { k += 1 }
        while k < s.count, s[k] != ")" { k += 1 }
        guard k < s.count else { return nil }
        return (String(String.UnicodeScalarView(s[(i + 1)..<j])), k + 1)
    }

    private func autolink(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        let rest = String(String.UnicodeScalarView(s[(i + 1)..<min(s.count, i + 9)])).lowercased()
        guard rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("www.") else { return nil }
        var j = i + 1
        while j < s.count, s[j] != ">", !s[j].properties.isWhitespace { j += 1 }
        return j < s.count && s[j] == ">" ? j + 1 : nil
    }

    /// `**x**` or `__x__` where x starts and ends with a non-space that is not the marker.
    private func bold(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        let m = s[i]
        let start = i + 2
        guard start < s.count, s[start] != m, !s[start].properties.isWhitespace else { return nil }
        var j = start
        while j + 1 < s.count {
            if s[j] == m {
                guard s[j + 1] == m, !s[j - 1].properties.isWhitespace, j + 2 >= s.count || s[j + 2] != m else { return nil }
                return (String(String.UnicodeScalarView(s[start..<j])), j + 2)
            }
            j += 1
        }
        return nil
    }
}
