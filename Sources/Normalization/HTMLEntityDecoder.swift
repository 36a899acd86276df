import Facts
/// Decodes character references: named (`&ldquo;`, `&nbsp;`, also the legacy forms without `;`
/// such as `&nbsp` and `&amp`), decimal `&#20013;` and hex `&#x4e2d;`. Unknown names stay verbatim.
struct HTMLEntityDecoder {
    /// Named references without the final `;` that browsers still accept (legacy forms).
    private static let legacyWithoutSemicolon: Set<String> = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"]

    func decode(_ text: String) -> String {
        guard UTF8Scalars.withBytes(text, { UTF8Scalars.contains($0, 0x26) }) else { return text }
        let s = UTF8Scalars.array(text)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "&", let (decoded, length) = reference(s, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i += length
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(scalars: out)
    }

    /// The decoded text and the number of scalars of the reference starting at `i` (which is `&`).
    private func reference(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < s.count, s[j] == "x" || s[j] == "X" { hex = true; j += 1 }
            let start = j
            var value: UInt32 = 0
            while j < s.count, j - start < 8, let d = Self.digit(s[j], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ d
                j += 1
            }
            guard j > start else { return nil }
            if j < s.count, s[j] == ";" { j += 1 }
            // Invalid or NUL code points become U+FFFD, as browsers do.
            let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
            return (String(Character(scalar)), j - i)
        }
        let start = j
        while j < s.count, j - start < 32, s[j].properties.isASCIIHexDigit || (s[j].isASCII && s[j].properties.isAlphabetic) {
            j += 1
        }
        guard j > start else { return nil }
        let name = String(scalars: s[start..<j])
        if j < s.count, s[j] == ";", let v = HTMLEntityTable.named[name] { return (v, j + 1 - i) }
        // `&nbspB`: a legacy name directly followed by more letters.
        for legacy in Self.legacyWithoutSemicolon where name.hasPrefix(legacy) {
            if let v = HTMLEntityTable.named[legacy] { return (v, 1 + legacy.unicodeScalars.count) }
        }
        return nil
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x61...0x66 where hex: return c.value - 0x61 + 10
        case 0x41...0x46 where hex: return c.value - 0x41 + 10
        default: return nil
        }
    }
}
