/// How many terminal columns text occupies: East Asian wide and fullwidth characters (Han,
/// kana, Hangul, fullwidth punctuation like `，`) take two, combining marks and zero-width
/// characters none, everything else one (Unicode UAX #11, ambiguous characters counted narrow
/// as terminals in a UTF-8 locale do).
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Width of one grapheme cluster: the widest of its scalars, so a base letter plus
    /// combining accents is 1, and an emoji with a presentation selector is 2.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar == "\u{FE0F}" { return 2 } // emoji presentation selector
            width = max(width, of(scalar))
        }
        return width
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 } // control characters
        if v < 0x300 { return 1 } // fast path: Latin and most punctuation
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(v) ? 2 : 1
    }

    /// East_Asian_Width W or F (the blocks that matter for this corpus and their neighbours).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F,   // Hangul Jamo initials
             0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55,
             0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
             0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed
             0x3400...0x4DBF,   // CJK Extension A
             0x4E00...0x9FFF,   // CJK Unified Ideographs
             0xA000...0xA4CF,   // Yi
             0xA960...0xA97F,   // Hangul Jamo Extended-A
             0xAC00...0xD7A3,   // Hangul syllables
             0xF900...0xFAFF,   // CJK compatibility ideographs
             0xFE10...0xFE19,   // vertical forms
             0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
             0xFF00...0xFF60,   // fullwidth forms
             0xFFE0...0xFFE6,   // fullwidth signs
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F64F,   // emoji: symbols and pictographs, emoticons
             0x1F680...0x1F6FF,   // transport and map
             0x1F7E0...0x1F7EB,
             0x1F900...0x1F9FF,   // supplemental symbols and pictographs
             0x1FA70...0x1FAFF,
             0x20000...0x2FFFD,   // CJK Extensions B–F, compatibility supplement
             0x30000...0x3FFFD:   // CJK Extension G and beyond
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `maxWidth` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, to maxWidth: Int) -> String {
        guard maxWidth > 0 else { return "" }
        guard of(text) > maxWidth else { return text }
        var result = ""
        var width = 0
        for character in text {
            let w = of(character)
            if width + w > maxWidth - 1 { break } // keep one column for the ellipsis
            result.append(character)
            width += w
        }
        return result + "…"
    }

    /// `text` followed by spaces up to `width` columns (or preceded, right-aligned).
    public static func pad(_ text: String, to width: Int, rightAligned: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return rightAligned ? padding + text : text + padding
    }
}
