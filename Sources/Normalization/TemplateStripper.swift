import Facts
/// Removes server-template code saved along with scraped pages: JSP/ASP `<% … %>`, PHP `<?php … ?>`,
/// Jinja/Liquid/Django `{{ … }}` and `{% … %}`, JSP EL `${ … }`. One pass; an unclosed opener is kept as text.
struct TemplateStripper {
    private static let pairs: [(open: [Unicode.Scalar], close: [Unicode.Scalar])] = [
        (Array("<%".unicodeScalars), Array("%>".unicodeScalars)),
        (Array("<?".unicodeScalars), Array("?>".unicodeScalars)),
        (Array("{{".unicodeScalars), Array("}}".unicodeScalars)),
        (Array("{%".unicodeScalars), Array("%}".unicodeScalars)),
        (Array("${".unicodeScalars), Array("}".unicodeScalars)),
    ]

    /// Longest template block considered; beyond it an opener is taken as literal text.
    var maxBlock = 20_000

    func strip(_ text: String) -> String {
        guard Self.mayHaveTemplate(text) else { return text }
        let s = UTF8Scalars.array(text)
        // Per pair, where the next closer starts (searched forward only, so the whole pass is linear).
        var nextClose = [Int](repeating: -1, count: Self.pairs.count)
        var searchedTo = [Int](repeating: 0, count: Self.pairs.count)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        outer: while i < s.count {
            for (k, pair) in Self.pairs.enumerated() where Self.matches(s, at: i, pair.open) {
                let from = i + pair.open.count
                if nextClose[k] < from {
                    var j = max(from, searchedTo[k])
                    nextClose[k] = s.count
                    while j + pair.close.count <= s.count {
                        if Self.matches(s, at: j, pair.close) { nextClose[k] = j; break }
                        j += 1
                    }
                    searchedTo[k] = j
                }
                if nextClose[k] < s.count, nextClose[k] - i <= maxBlock {
                    i = nextClose[k] + pair.close.count
                    continue outer
                }
            }
            out.append(s[i])
            i += 1
        }
        return String(scalars: out)
    }

    /// Any of `<%`, `<?`, `{{`, `{%`, `${` in the bytes.
    static func mayHaveTemplate(_ text: String) -> Bool {
        UTF8Scalars.withBytes(text) { bytes in
            var previous: UInt8 = 0
            for b in bytes {
                if (previous == 0x3C && (b == 0x25 || b == 0x3F)) || (previous == 0x7B && (b == 0x7B || b == 0x25))
                    || (previous == 0x24 && b == 0x7B) {
                    return true
                }
                previous = b
            }
            return false
        }
    }

    static func matches(_ s: [Unicode.Scalar], at i: Int, _ p: [Unicode.Scalar]) -> Bool {
        guard i + p.count <= s.count else { return false }
        for k in 0..<p.count where s[i + k] != p[k] { return false }
        return true
    }
}
