/// Character classes the normalization steps share. Scalar-based so every check is O(1).
enum HanCharacter {
    /// CJK Unified Ideographs (basic block, extension A, compatibility, and the supplementary planes).
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x323AF: return true
        default: return false
        }
    }

    /// CJK punctuation and full-width forms that sit in Chinese running text (，。、《》“” …).
    static func isCJKPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x00B7:
            return true
        default: return false
        }
    }

    /// Han or CJK punctuation: the neighbours that make an ASCII mark "Chinese context".
    static func isChineseContext(_ s: Unicode.Scalar) -> Bool {
        isHan(s) || isCJKPunctuation(s)
    }

    /// Horizontal whitespace including no-break and ideographic spaces (not newlines).
    static func isInlineSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Invisible characters scraped pages leave in text (zero-width space/joiners, stray BOM, soft hyphen).
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    static func hanCount<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var n = 0
        for s in scalars where isHan(s) { n += 1 }
        return n
    }

    /// Unicode's White_Space property, answered without the property tables for ASCII and ideographs.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x3400 && v <= 0x9FFF { return false }
        return s.properties.isWhitespace
    }

    /// `text.count <= limit` (Characters) without segmenting the text into graphemes when, as in
    /// almost every line, no scalar of it can join a neighbour into one Character.
    static func characterCount(of text: String, isAtMost limit: Int) -> Bool {
        if text.utf8.count <= limit { return true }
        var scalars = 0
        for s in text.unicodeScalars {
            guard standsAlone(s) else { return text.count <= limit }
            scalars += 1
        }
        return scalars <= limit
    }

    /// Scalars that always form a Character of their own (grapheme break property Other or Control,
    /// and not CR): ASCII but CR, Latin-1 and spacing modifier letters, general punctuation without
    /// the joiners, CJK symbols without the tone marks U+302A–302F, ideographs, full-width forms.
    static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x0C, 0x0E...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF5F:
            return true
        default:
            return false
        }
    }
}
