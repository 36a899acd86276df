/// Splits text into trimmed lines: runs of spaces (ASCII, no-break, ideographic, tabs) collapse to one
/// ASCII space, invisible characters go, leading/trailing spaces go; empty lines are dropped.
struct WhitespaceNormalizer {
    func lines(_ text: String) -> [String] {
        var result: [String] = []
        var line = String.UnicodeScalarView()
        var space = false
        func finish() {
            if !line.isEmpty { result.append(String(line)) }
            line = String.UnicodeScalarView()
            space = false
        }
        for c in text.unicodeScalars {
            if c == "\n" { finish(); continue }
            if HanCharacter.isInvisible(c) { continue }
            if HanCharacter.isInlineSpace(c) || c == "\r" {
                space = !line.isEmpty
                continue
            }
            if space { line.append(" ") }
            space = false
            line.append(c)
        }
        finish()
        return result
    }
}
