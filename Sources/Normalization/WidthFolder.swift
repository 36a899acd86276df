import Facts
/// Full-width ASCII digits and letters -> ASCII (１２０亿 -> 120亿, ＧＤＰ -> GDP); also ％ -> %, and a
/// full-width full stop between digits -> "." (１２．５ -> 12.5). Chinese punctuation (、。《》“”，：)
/// stays. Maps one scalar to one scalar, so offsets are unchanged.
struct WidthFolder {
    func fold(_ text: String) -> String {
        // Only ％ U+FF05, ． U+FF0E, digits U+FF10–19 and letters U+FF21–3A / FF41–5A ever change: EF BC 85,
        // EF BC 8E, EF BC 90–99, EF BC A1–BA, EF BD 81–9A. Full-width punctuation (，：（）) is not among them.
        let mayFold = UTF8Scalars.withBytes(text) { b -> Bool in
            var from = 0
            while let i = UTF8Scalars.firstIndex(of: 0xEF, in: b, from: from) {
                guard i + 2 < b.count else { return false }
                let (second, third) = (b[i + 1], b[i + 2])
                if second == 0xBC && (third == 0x85 || third == 0x8E || (0x90...0x99).contains(third) || (0xA1...0xBA).contains(third)) {
                    return true
                }
                if second == 0xBD && (0x81...0x9A).contains(third) { return true }
                from = i + 1
            }
            return false
        }
        guard mayFold else { return text }
        var s = UTF8Scalars.array(text)
        return fold(&s) ? String(scalars: s) : text
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
