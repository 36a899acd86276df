import Facts
/// One lexical piece of an HTML page. Ranges index the tokenizer's scalar array.
enum HTMLToken: Equatable {
    case text(Range<Int>)
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    case endTag(name: String)
    /// Contents of a raw-text element (script, style, title, textarea…), kept apart from text.
    case rawText(element: String, Range<Int>)
}

/// A forgiving, linear HTML tokenizer: comments, doctypes and processing instructions vanish;
/// a `<` that does not start a well-formed tag within `maxTagLength` scalars is text.
struct HTMLTokenizer {
    /// Elements whose content is not markup: read up to the matching `</name`.
    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "noscript", "xmp", "iframe", "noembed", "noframes"]

    /// Longest tag (with attributes) accepted; bounds the look-ahead per `<`.
    var maxTagLength = 8_192

    func tokenize(_ s: [Unicode.Scalar]) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var textStart = 0
        var i = 0
        // Where the next "-->" / "</name" is, found by forward-only searches (keeps the pass linear).
        var commentEndSearch = 0
        var commentEnd = -1

        func flushText(_ end: Int) {
            if end > textStart { tokens.append(.text(textStart..<end)) }
        }

        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else { i += 1; continue }
            let next = s[i + 1]
            if next == "!" {
                if Self.matches(s, i, "<!--") {
                    if commentEnd < i + 4 {
                        commentEnd = Self.find(s, "-->", from: max(i + 4, commentEndSearch)) ?? s.count
                        commentEndSearch = commentEnd
                    }
                    flushText(i)
                    i = min(s.count, commentEnd + 3)
                    textStart = i
                    continue
                }
                // <!DOCTYPE …>, <![CDATA[…]]>: skipped up to '>'.
                if let close = Self.findScalar(s, ">", from: i + 2, limit: maxTagLength) {
                    flushText(i); i = close + 1; textStart = i; continue
                }
                i += 1; continue
            }
            if next == "?" {
                if let close = Self.findScalar(s, ">", from: i + 2, limit: maxTagLength) {
                    flushText(i); i = close + 1; textStart = i; continue
                }
                i += 1; continue
            }
            let isEnd = next == "/"
            let nameStart = i + (isEnd ? 2 : 1)
            guard nameStart < s.count, s[nameStart].isASCII, s[nameStart].properties.isAlphabetic else { i += 1; continue }
            guard let (tag, close) = parseTag(s, nameStart: nameStart, isEnd: isEnd) else { i += 1; continue }
            flushText(i)
            tokens.append(tag)
            i = close + 1
            textStart = i
            if case .startTag(let name, _, let selfClosing) = tag, !selfClosing, Self.rawTextElements.contains(name) {
                let end = Self.findEndTag(s, name, from: i) ?? s.count
                tokens.append(.rawText(element: name, i..<end))
                if end < s.count, let gt = Self.findScalar(s, ">", from: end, limit: maxTagLength) {
                    tokens.append(.endTag(name: name))
                    i = gt + 1
                } else {
                    i = s.count
                }
                textStart = i
            }
        }
        flushText(s.count)
        return tokens
    }

    /// Parses `<name attr="v" …>` from the name's first scalar; returns the token and the index of `>`.
    private func parseTag(_ s: [Unicode.Scalar], nameStart: Int, isEnd: Bool) -> (HTMLToken, Int)? {
        let limit = min(s.count, nameStart + maxTagLength)
        var j = nameStart
        while j < limit, Self.isNameScalar(s[j]) { j += 1 }
        let name = String(scalars: s[nameStart..<j]).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while j < limit {
            let c = s[j]
            if c == ">" {
                return (isEnd ? .endTag(name: name) : .startTag(name: name, attributes: attributes, selfClosing: selfClosing), j)
            }
            if c == "/" { selfClosing = true; j += 1; continue }
            if c == "<" { return nil } // a new tag before this one closed: not a tag after all
            if c.properties.isWhitespace { j += 1; continue }
            selfClosing = false
            let aStart = j
            while j < limit, !s[j].properties.isWhitespace, s[j] != "=", s[j] != ">", s[j] != "/" || aStart == j { j += 1 }
            let aName = String(scalars: s[aStart..<j]).lowercased()
            while j < limit, s[j].properties.isWhitespace { j += 1 }
            var value = ""
            if j < limit, s[j] == "=" {
                j += 1
                while j < limit, s[j].properties.isWhitespace { j += 1 }
                if j < limit, s[j] == "\"" || s[j] == "'" {
                    let quote = s[j]
                    let vStart = j + 1
                    j = vStart
                    while j < limit, s[j] != quote { j += 1 }
                    guard j < limit else { return nil }
                    value = String(scalars: s[vStart..<j])
                    j += 1
                } else {
                    let vStart = j
                    while j < limit, !s[j].properties.isWhitespace, s[j] != ">" { j += 1 }
                    value = String(scalars: s[vStart..<j])
                }
            }
            if !aName.isEmpty, attributes[aName] == nil { attributes[aName] = value }
        }
        return nil
    }

    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || c.properties.numericType != nil || c == "-" || c == ":" || c == "_")
    }

    static func matches(_ s: [Unicode.Scalar], _ i: Int, _ p: String) -> Bool {
        var k = i
        for c in p.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    static func find(_ s: [Unicode.Scalar], _ p: String, from: Int) -> Int? {
        guard let first = p.unicodeScalars.first else { return nil }
        var i = from
        while i < s.count {
            if s[i] == first, matches(s, i, p) { return i }
            i += 1
        }
        return nil
    }

    static func findScalar(_ s: [Unicode.Scalar], _ c: Unicode.Scalar, from: Int, limit: Int) -> Int? {
        var i = from
        let end = min(s.count, from + limit)
        while i < end {
            if s[i] == c { return i }
            i += 1
        }
        return nil
    }

    /// Index of `</name` (case-insensitive) at or after `from`.
    static func findEndTag(_ s: [Unicode.Scalar], _ name: String, from: Int) -> Int? {
        let n = Array(name.unicodeScalars)
        var i = from
        while i + 1 + n.count < s.count {
            if s[i] == "<", s[i + 1] == "/" {
                var ok = true
                for k in 0..<n.count {
                    let c = s[i + 2 + k]
                    let lower = (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 0x20)! : c
                    if lower != n[k] { ok = false; break }
                }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }
}
