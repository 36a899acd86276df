/// Removes pinyin glosses that some sites insert after characters: `制造業(yè)` -> `制造業`, `（zhì）`,
/// multi-syllable `(zhì zào)`. A gloss is a parenthesised run of valid pinyin syllables. With a tone
/// mark it is removed after any character (damaged text may precede it); without one only right after
/// a Han character, so `(ERP)`, `(a)` lists and English words are left alone.
struct PinyinGlossRemover {
    /// Longest gloss considered, in scalars (a few syllables).
    static let maxGlossLength = 40

    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                           "r", "z", "c", "s", "y", "w", ""]
    static let finals: Set<String> = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng",
                                      "ong", "er", "ia", "ie", "iao", "iu", "iou", "ian", "in", "iang", "ing", "iong",
                                      "ua", "uo", "uai", "ui", "uei", "uan", "un", "uen", "uang", "ueng", "ue", "ve",
                                      "van", "vn", "ng", "n", "m"]

    /// Tone-marked vowels (and ü) mapped to their base letter; `v` stands for ü.
    static let toneBase: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(Unicode.Scalar, String)] = [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"),
                                                 ("u", "ūúǔù"), ("v", "ǖǘǚǜü"), ("n", "ńňǹ"), ("m", "ḿ")]
        for (base, marked) in groups { for c in marked.unicodeScalars { m[c] = base } }
        return m
    }()

    func remove(_ text: String) -> String {
        // Fast path on bytes: no "(" and no "（" (EF BC 88) means no gloss.
        guard text.utf8.contains(0x28) || text.utf8.contains(0x88) else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if (s[i] == "(" || s[i] == "（"), i > 0, let end = glossEnd(s, open: i) {
                i = end
                continue
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    /// Index after the closing parenthesis when `s[open]` starts a gloss.
    private func glossEnd(_ s: [Unicode.Scalar], open: Int) -> Int? {
        let before = s[open - 1]
        guard open + 1 < s.count, Self.isLatinLetter(s[open + 1]), !before.properties.isWhitespace else { return nil }
        var j = open + 1
        var syllables: [String] = []
        var current = String.UnicodeScalarView()
        var toned = false
        while j < s.count, j - open <= Self.maxGlossLength {
            let c = s[j]
            if c == ")" || c == "）" {
                if !current.isEmpty { syllables.append(String(current)) }
                guard !syllables.isEmpty, syllables.allSatisfy(Self.isSyllable) else { return nil }
                guard toned || HanCharacter.isHan(before) else { return nil }
                return j + 1
            }
            if c == " " || c == "'" || c == "-" {
                if !current.isEmpty { syllables.append(String(current)); current = String.UnicodeScalarView() }
            } else if let base = Self.toneBase[c] {
                toned = toned || c != "ü"
                current.append(base)
            } else if (0x300...0x30C).contains(c.value) {
                toned = true // combining tone mark (decomposed text)
            } else if c.value >= 0x61 && c.value <= 0x7A {
                current.append(c)
            } else {
                return nil
            }
            j += 1
        }
        return nil
    }

    private static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || toneBase[c] != nil
    }

    /// Initial + final, with the spelling rules' aliases (yu = ü, wu = u, ju/qu/xu = ü…).
    static func isSyllable(_ syllable: String) -> Bool {
        guard syllable.count <= 6 else { return false }
        for initial in initials where syllable.hasPrefix(initial) {
            let final = String(syllable.dropFirst(initial.count))
            if finals.contains(final) { return true }
            if initial == "y" || initial == "w", final.isEmpty == false, finals.contains("i" + final) || finals.contains("u" + final) { return true }
        }
        return false
    }
}
