/// Splits text into trimmed lines: runs of spaces (ASCII, no-break, ideographic, tabs) collapse to one
/// ASCII space, invisible characters go, leading/trailing spaces go; empty lines are dropped.
/// A space next to Chinese punctuation (`以 “稳制造`) is dropped: Chinese punctuation carries its own spacing.
struct WhitespaceNormalizer {
    func lines(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes in
            var result: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                if end > start {
                    let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    // Most article lines hold no space or invisible character at all: take them as they are.
                    if !Self.mayNeedWork(raw) {
                        // A copy of the line as a slice of `text`: already valid UTF-8, nothing to re-check.
                        let lower = utf8.index(utf8.startIndex, offsetBy: start)
                        result.append(String(text[lower..<utf8.index(lower, offsetBy: end - start)]))
                    } else if let line = normalizeLine(raw) {
                        result.append(line)
                    }
                }
                start = end + 1
            }
            return result
        }!
    }

    private func normalizeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Kept characters are copied as the bytes they already are.
        var line: [UInt8] = []
        line.reserveCapacity(bytes.count)
        var last: Unicode.Scalar?
        var space = false
        var i = 0
        while i < bytes.count {
            let (c, length) = UTF8Scalars.scalar(bytes, at: i)
            defer { i += length }
            if HanCharacter.isInvisible(c) { continue }
            if HanCharacter.isInlineSpace(c) || c == "\r" {
                space = last != nil
                continue
            }
            if space, let last, !Self.spacingIsBuiltIn(last, c) { line.append(0x20) }
            space = false
            for k in i..<(i + length) { line.append(bytes[k]) }
            last = c
        }
        return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
    }

    /// False only when the UTF-8 bytes surely hold none of the spaces or invisibles `isInlineSpace` /
    /// `isInvisible` know (ASCII space/tab/CR/VT/FF, C2 A0/AD, E1 9A 80, E2 80 80–8D/AF, E2 81 9F/A0,
    /// E3 80 80, EF BB BF). Lead bytes E1/E2/E3/EF/C2 are checked loosely: a false positive costs only the slow path.
    static func mayNeedWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
