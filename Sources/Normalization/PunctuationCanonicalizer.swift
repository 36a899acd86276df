import Facts
/// ASCII `, ; : ( ) ! ?` next to Chinese text become their full-width forms (，；：（）！？), as in
/// running Chinese prose; elsewhere (`9:00`, `1,000`, `(ERP)`) they stay. Parentheses convert as a pair
/// when either one touches Chinese. One scalar to one scalar, so offsets are unchanged.
struct PunctuationCanonicalizer {
    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
    ]

    func canonicalize(_ text: String) -> String {
        // Only the ASCII marks , ; : ( ) ! ? ever change: without one of those bytes, nothing to do.
        let hasMark = UTF8Scalars.withBytes(text) { b in
            b.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A || $0 == 0x28 || $0 == 0x29 || $0 == 0x21 || $0 == 0x3F }
        }
        guard hasMark else { return text }
        var s = UTF8Scalars.array(text)
        return canonicalize(&s) ? String(scalars: s) : text
    }

    /// Converts in place; returns whether anything changed.
    @discardableResult
    func canonicalize(_ s: inout [Unicode.Scalar]) -> Bool {
        guard s.contains(where: { $0.value < 0x80 && Self.fullWidth[$0] != nil }) else { return false }
        let original = s
        func chinese(_ i: Int) -> Bool { i >= 0 && i < original.count && HanCharacter.isChineseContext(original[i]) }
        // Decide on the original neighbours first, then write, so one conversion does not cascade.
        var convert = [Bool](repeating: false, count: s.count)
        var openStack: [Int] = []
        for i in 0..<s.count {
            switch s[i] {
            case "(":
                openStack.append(i)
            case ")":
                if let o = openStack.popLast() {
                    let pair = chinese(o - 1) || chinese(o + 1) || chinese(i - 1) || chinese(i + 1)
                    convert[o] = pair
                    convert[i] = pair
                } else {
                    convert[i] = chinese(i - 1) || chinese(i + 1)
                }
            case ",", ";", "!", "?":
                convert[i] = chinese(i - 1) || chinese(i + 1)
            case ":":
                // 9:00 and URLs keep their colon.
                let digits = i > 0 && i + 1 < s.count && Self.isDigit(s[i - 1]) && Self.isDigit(s[i + 1])
                convert[i] = !digits && (chinese(i - 1) || chinese(i + 1))
            case "\n":
                for o in openStack { convert[o] = chinese(o - 1) || chinese(o + 1) }
                openStack.removeAll()
            default: break
            }
        }
        for o in openStack { convert[o] = chinese(o - 1) || chinese(o + 1) }
        var changed = false
        for i in 0..<s.count where convert[i] { s[i] = Self.fullWidth[s[i]]!; changed = true }
        return changed
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
