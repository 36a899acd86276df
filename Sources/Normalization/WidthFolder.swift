/// Full-width ASCII digits and letters -> ASCII (１２０亿 -> 120亿, ＧＤＰ -> GDP); also ％ -> %, and a
/// full-width full stop between digits -> "." (１２．５ -> 12.5). Chinese punctuation (、。《》“”，：)
/// stays. Maps one scalar to one scalar, so offsets are unchanged.
struct WidthFolder {
    func fold(_ text: String) -> String {
        // Every scalar folded is U+FF05–FF5A, encoded EF BC xx or EF BD xx: without such a pair, nothing to do.
        let mayFold = UTF8Scalars.withBytes(text) { b -> Bool in
            var from = 0
            while let i = UTF8Scalars.firstIndex(of: 0xEF, in: b, from: from) {
                if i + 1 < b.count && (b[i + 1] == 0xBC || b[i + 1] == 0xBD) { return true }
                from = i + 1
            }
            return false
        }
        guard mayFold else { return text }
        var s = UTF8Scalars.array(text)
        return fold(&s) ? String(String.UnicodeScalarView(s)) : text
    }

    /// Folds in place; returns whether anything changed.
    @discardableResult
    func fold(_ s: inout [Unicode.Scalar]) -> Bool {
        var changed = false
        for i in s.indices {
            let v = s[i].value
            guard v >= 0xFF05 && v <= 0xFF5A else { continue }
            switch v {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05:
                s[i] = Unicode.Scalar(v - 0xFEE0)!
                changed = true
            case 0xFF0E where i > 0 && i + 1 < s.count && Self.isDigit(s[i - 1]) && Self.isDigit(s[i + 1]):
                s[i] = "."
                changed = true
            default:
                break
            }
        }
        return changed
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
    }
}
