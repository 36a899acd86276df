/// Full-width ASCII digits and letters -> ASCII (１２０亿 -> 120亿, ＧＤＰ -> GDP); also ％ -> %, and a
/// full-width full stop between digits -> "." (１２．５ -> 12.5). Chinese punctuation (、。《》“”，：)
/// stays. Maps one scalar to one scalar, so offsets are unchanged.
struct WidthFolder {
    func fold(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        for (i, c) in s.enumerated() {
            switch c.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05:
                out.append(Unicode.Scalar(c.value - 0xFEE0)!)
            case 0xFF0E where i > 0 && i + 1 < s.count && Self.isDigit(s[i - 1]) && Self.isDigit(s[i + 1]):
                out.append(".")
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
    }
}
