/// CRLF and lone CR -> "\n" (and U+2028/2029 separators), in one pass over scalars.
enum LineEndings {
    static func normalize(_ text: String) -> String {
        // Fast path: no CR, NEL (C2 85) or U+2028/2029 (E2 80 A8/A9) bytes at all.
        var suspicious = false
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x0D || (previous == 0xC2 && b == 0x85) || (previous == 0x80 && (b == 0xA8 || b == 0xA9)) {
                suspicious = true
                break
            }
            previous = b
        }
        guard suspicious else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0D:
                out.append("\n"); previousCR = true; continue
            case 0x0A:
                if !previousCR { out.append("\n") }
            case 0x2028, 0x2029, 0x85:
                out.append("\n")
            default:
                out.append(s)
            }
            previousCR = false
        }
        return String(out)
    }
}
