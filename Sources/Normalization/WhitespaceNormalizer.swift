/// Splits text into trimmed lines: runs of spaces (ASCII, no-break, ideographic, tabs) collapse to one
/// ASCII space, invisible characters go, leading/trailing spaces go; empty lines are dropped.
/// A space next to Chinese punctuation (`以 “稳制造`) is dropped: Chinese punctuation carries its own spacing.
struct WhitespaceNormalizer {
    func lines(_ text: String) -> [String] {
        var result: [String] = []
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            // Most article lines hold no space or invisible character at all: take them as they are.
            if !Self.mayNeedWork(raw) {
                result.append(String(Substring(raw)))
                continue
            }
            if let line = normalizeLine(Substring(raw).unicodeScalars) { result.append(line) }
        }
        return result
    }

    private func normalizeLine(_ scalars: Substring.UnicodeScalarView) -> String? {
        var line = String.UnicodeScalarView()
        var space = false
        for c in scalars {
            if HanCharacter.isInvisible(c) { continue }
            if HanCharacter.isInlineSpace(c) || c == "\r" {
                space = !line.isEmpty
                continue
            }
            if space, let last = line.last, !Self.spacingIsBuiltIn(last, c) { line.append(" ") }
            space = false
            line.append(c)
        }
        return line.isEmpty ? nil : String(line)
    }

    /// False only when the UTF-8 bytes surely hold none of the spaces or invisibles `isInlineSpace` /
    /// `isInvisible` know (ASCII space/tab/CR/VT/FF, C2 A0/AD, E1 9A 80, E2 80 80–8D/AF, E2 81 9F/A0,
    /// E3 80 80, EF BB BF). Lead bytes E1/E2/E3/EF/C2 are checked loosely: a false positive costs only the slow path.
    static func mayNeedWork(_ bytes: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C || b == 0x0D { return true }
            if b >= 0x80 {
                switch (beforePrevious, previous) {
                case (_, 0xC2): if b == 0xA0 || b == 0xAD { return true }
                case (0xE3, 0x80): if b == 0x80 { return true }
                case (0xE2, 0x80): if b <= 0x8D || b == 0xAF { return true }
                case (0xE2, 0x81): if b == 0x9F || b == 0xA0 { return true }
                case (0xEF, 0xBB): if b == 0xBF { return true }
                case (0xE1, 0x9A): if b == 0x80 { return true }
                default: break
                }
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    private static func spacingIsBuiltIn(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (HanCharacter.isCJKPunctuation(a) && HanCharacter.isChineseContext(b))
            || (HanCharacter.isChineseContext(a) && HanCharacter.isCJKPunctuation(b))
    }
}
