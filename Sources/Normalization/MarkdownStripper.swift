import Facts
/// Markdown markup -> text, line by line: headings `#`, block quotes `>`, list bullets, fences and rules
/// vanish; `![alt](url)` images go; `[text](url)` links keep their text; `<http://…>` autolinks go;
/// `**bold**` / `__bold__` lose their markers. Masks such as `**` or `****年` are not bold and are kept.
struct MarkdownStripper {
    /// True when the text shows Markdown structure (so a plain article's `**` masks are never touched).
    func looksLikeMarkdown(_ text: String) -> Bool {
        // A "](" link joint anywhere, or a heading (`# `, up to six #) or fence (two backticks) among the
        // spaces, backticks and # that open a line. Every byte looked for is ASCII and no byte of a
        // non-ASCII character equals one, so bytes answer as scalars would; memchr skips the rest.
        UTF8Scalars.withBytes(text) { b in
            var from = 0
            while let i = UTF8Scalars.firstIndex(of: 0x5D, in: b, from: from) {
                if i + 1 < b.count && b[i + 1] == 0x28 { return true }
                from = i + 1
            }
            var lineStart = 0
            while lineStart < b.count {
                var previous: UInt8 = 0x0A
                var hashes = 0
                var i = lineStart
                while i < b.count {
                    let c = b[i]
                    if c == 0x23 { hashes += 1; previous = c; i += 1; continue } // #
                    if hashes > 0 { if c == 0x20 && hashes <= 6 { return true }; hashes = 0 }
                    if c == 0x60 && previous == 0x60 { return true } // two backticks
                    if c != 0x20 && c != 0x60 { break }
                    previous = c
                    i += 1
                }
                // The line start ended at `i` (possibly on the line break itself): on to the next line.
                guard let newline = UTF8Scalars.firstIndex(of: 0x0A, in: b, from: i) else { break }
                lineStart = newline + 1
            }
            return false
        }
    }

    func strip(_ text: String) -> String {
        UTF8Scalars.withBytes(text) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var inFence = false
            var first = true
            var start = 0
            // Lines end at "\n" as Characters do: a "\n" right after "\r" is part of the "\r\n" Character.
            while start <= bytes.count {
                var end = start
                while end < bytes.count && !(bytes[end] == 0x0A && (end == 0 || bytes[end - 1] != 0x0D)) { end += 1 }
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                // Most lines of a post are prose without any Markdown character: keep them as they are.
                if !raw.contains(where: Self.isMarkdownByte) || Self.staysAsItIs(raw) {
                    if !first { out.append(0x0A) }
                    first = false
                    out.append(contentsOf: raw)
                    continue
                }
                guard let line = strippedLine(String(decoding: raw, as: UTF8.self), inFence: &inFence) else { continue }
                if !first { out.append(0x0A) }
                first = false
                out.append(contentsOf: line.utf8)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A line that `strippedLine` would return unchanged, told from its bytes: it does not start with a
    /// space, tab or a block mark (`> # - + * ` ~ _ =`), so no trimming, fence, rule, quote, heading or
    /// bullet applies, and it holds none of the bytes inline markup starts with (`! [ < * _`).
    private static func staysAsItIs(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return true }
        switch first {
        case 0x20, 0x09, 0x3E, 0x23, 0x2D, 0x2B, 0x2A, 0x60, 0x7E, 0x5F, 0x3D: return false
        default: break
        }
        return !line.contains { $0 == 0x21 || $0 == 0x5B || $0 == 0x3C || $0 == 0x2A || $0 == 0x5F }
    }

    /// One line holding a Markdown byte, without its markup; nil for a fence line (dropped).
    private func strippedLine(_ raw: String, inFence: inout Bool) -> String? {
        var line = Substring(raw)
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); return nil }
        if inFence { return raw }
        if Self.isRule(trimmed) { return "" }
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
        return inline(String(line))
    }

    /// ASCII bytes that can start Markdown markup (`#>*_-+=[]!<`~`); a line without any needs no stripping.
    private static let markdownByteMask: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        for b in "#>*_-+=[]!<`~".utf8 { if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) } }
        return (low, high)
    }()

    @inline(__always)
    private static func isMarkdownByte(_ b: UInt8) -> Bool {
        b < 64 ? markdownByteMask.low & (1 << UInt64(b)) != 0
            : b < 128 && markdownByteMask.high & (1 << UInt64(b - 64)) != 0
    }

    private static func isRule(_ t: Substring) -> Bool {
        // A rule's first non-space Character is -, _ or =: any other first scalar settles it cheaply.
        guard let lead = t.unicodeScalars.first(where: { $0 != " " }), lead == "-" || lead == "_" || lead == "=" else {
            return false
        }
        let compact = t.filter { $0 != " " }
        guard compact.count >= 3, let c = compact.first, c == "-" || c == "_" || c == "=" else { return false }
        return compact.allSatisfy { $0 == c }
    }

    /// Links, images, autolinks and bold within one line.
    func inline(_ line: String) -> String {
        // Only `!`, `[`, `<`, `*` and `_` start inline markup.
        guard line.utf8.contains(where: { $0 == 0x21 || $0 == 0x5B || $0 == 0x3C || $0 == 0x2A || $0 == 0x5F }) else {
            return line
        }
        let s = UTF8Scalars.array(line)
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
        return (String(scalars: s[(i + 1)..<j]), k + 1)
    }

    private func autolink(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        let rest = String(scalars: s[(i + 1)..<min(s.count, i + 9)]).lowercased()
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
                return (String(scalars: s[start..<j]), j + 2)
            }
            j += 1
        }
        return nil
    }
}
