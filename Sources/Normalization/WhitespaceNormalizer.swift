/// Splits text into trimmed lines: runs of spaces (ASCII, no-break, ideographic, tabs) collapse to one
/// ASCII space, invisible characters go, leading/trailing spaces go; empty lines are dropped.
/// A space next to Chinese punctuation (`以 “稳制造`) is dropped: Chinese punctuation carries its own spacing.
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
            if space, let last = line.last, !Self.spacingIsBuiltIn(last, c) { line.append(" ") }
            space = false
            line.append(c)
        }
        finish()
        return result
    }

    private static func spacingIsBuiltIn(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (HanCharacter.isCJKPunctuation(a) && HanCharacter.isChineseContext(b))
            || (HanCharacter.isChineseContext(a) && HanCharacter.isCJKPunctuation(b))
    }
}
