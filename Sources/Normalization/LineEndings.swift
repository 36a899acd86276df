import Facts
/// CRLF and lone CR -> "\n" (and U+2028/2029 separators), in one pass over scalars.
enum LineEndings {
    static func normalize(_ text: String) -> String {
        // Fast path: no CR, NEL (C2 85) or U+2028/2029 (E2 80 A8/A9) at all; memchr finds the rare lead bytes.
        let suspicious = UTF8Scalars.withBytes(text) { b -> Bool in
            if UTF8Scalars.contains(b, 0x0D) { return true }
            var from = 0
            while let i = UTF8Scalars.firstIndex(of: 0xC2, in: b, from: from) {
                if i + 1 < b.count && b[i + 1] == 0x85 { return true }
                from = i + 1
            }
            from = 0
            while let i = UTF8Scalars.firstIndex(of: 0xE2, in: b, from: from) {
                if i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9) { return true }
                from = i + 1
            }
            return false
        }
        guard suspicious else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
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
        return String(scalars: out)
    }
}
