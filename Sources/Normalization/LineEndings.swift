/// CRLF and lone CR -> "\n" (and U+2028/2029 separators), in one pass over scalars.
enum LineEndings {
    static func normalize(_ text: String) -> String {
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
