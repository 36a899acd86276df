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
        UTF8Scalars.withBytes(text) { removeGlosses($0) } ?? text
    }

    /// The text without its glosses, or nil when it has none (the common case: no copy at all).
    /// Works on UTF-8: `(` is 0x28 and `（` is EF BC 88, and neither 0x28 nor 0xEF occurs inside
    /// another character's encoding, so a byte scan finds every opening parenthesis.
    private func removeGlosses(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        var copiedUpTo = 0
        // The next "(" and the next EF lead byte at or after `i`, found with memchr (so most bytes are
        // never looked at one by one); an EF not followed by BC 88 is some other full-width form.
        var nextASCII = UTF8Scalars.firstIndex(of: 0x28, in: bytes, from: 0) ?? bytes.count
        var nextEF = UTF8Scalars.firstIndex(of: 0xEF, in: bytes, from: 0) ?? bytes.count
        var i = 0
        while true {
            if nextASCII < i { nextASCII = UTF8Scalars.firstIndex(of: 0x28, in: bytes, from: i) ?? bytes.count }
            if nextEF < i { nextEF = UTF8Scalars.firstIndex(of: 0xEF, in: bytes, from: i) ?? bytes.count }
            i = min(nextASCII, nextEF)
            guard i < bytes.count else { break }
            let opens = bytes[i] == 0x28 || (i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x88)
            if opens, i > 0, let end = glossEnd(bytes, open: i) {
                if out.isEmpty { out.reserveCapacity(bytes.count) }
                out.append(contentsOf: bytes[copiedUpTo..<i])
                copiedUpTo = end
                i = end
                continue
            }
            i += 1
        }
        guard copiedUpTo > 0 else { return nil }
        out.append(contentsOf: bytes[copiedUpTo...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte index after the closing parenthesis when the parenthesis at byte `open` starts a gloss.
    /// A gloss is at most `maxGlossLength` scalars from its opening parenthesis.
    private func glossEnd(_ b: UnsafeBufferPointer<UInt8>, open: Int) -> Int? {
        var p = open - 1
        while b[p] & 0xC0 == 0x80 { p -= 1 } // back to the lead byte of the character before
        let before = UTF8Scalars.scalar(b, at: p).0
        var j = open + (b[open] == 0x28 ? 1 : 3)
        guard j < b.count, Self.isLatinLetter(UTF8Scalars.scalar(b, at: j).0), !HanCharacter.isWhitespace(before) else { return nil }
        var scalarsFromOpen = 1
        var allSyllables = true
        var syllableCount = 0
        var current = SyllableCode()
        var toned = false
        func endSyllable() {
            if current.isEmpty { return }
            syllableCount += 1
            if allSyllables && !Self.syllableCodes.contains(current.bits) { allSyllables = false }
            current = SyllableCode()
        }
        while j < b.count, scalarsFromOpen <= Self.maxGlossLength {
            let (c, length) = UTF8Scalars.scalar(b, at: j)
            if c == ")" || c == "）" {
                endSyllable()
                guard syllableCount > 0, allSyllables else { return nil }
                guard toned || HanCharacter.isHan(before) else { return nil }
                return j + length
            }
            if c == " " || c == "'" || c == "-" {
                endSyllable()
            } else if let base = Self.toneBaseLetter(c) {
                toned = toned || c != "ü"
                current.append(base)
            } else if (0x300...0x30C).contains(c.value) {
                toned = true // combining tone mark (decomposed text)
            } else if c.value >= 0x61 && c.value <= 0x7A {
                current.append(c)
            } else {
                return nil
            }
            j += length
            scalarsFromOpen += 1
        }
        return nil
    }

    private static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || toneBaseLetter(c) != nil
    }

    /// `toneBase` as an array over U+0000–01FF (where all but ḿ U+1E3F lie): no hashing per letter.
    private static let toneBaseTable: [Unicode.Scalar?] = (0..<0x200).map { toneBase[Unicode.Scalar(UInt32($0))!] }

    @inline(__always)
    static func toneBaseLetter(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        c.value < 0x200 ? toneBaseTable[Int(c.value)] : (c.value == 0x1E3F ? toneBase[c] : nil)
    }

    /// A syllable being read, packed 5 bits a letter (a–z) so the check is one integer set lookup.
    /// Anything longer than 6 letters is no syllable and packs to `tooLong`.
    struct SyllableCode {
        static let tooLong: UInt64 = 1 << 63
        private(set) var bits: UInt64 = 0
        private var length = 0
        var isEmpty: Bool { length == 0 }

        init() {}

        init(_ syllable: String) {
            for c in syllable.unicodeScalars { append(c) }
        }

        /// `c` is a–z (tone marks are already stripped to their base letter).
        mutating func append(_ c: Unicode.Scalar) {
            length += 1
            bits = length > 6 || bits == Self.tooLong ? Self.tooLong : bits << 5 | UInt64(c.value - 0x60)
        }
    }

    /// Every syllable `isSyllable` accepts, packed: 24 initials x 43 finals plus the y/w spellings.
    static let syllableCodes: Set<UInt64> = {
        var codes = Set<UInt64>()
        for initial in initials {
            for final in finals where (initial + final).count <= 6 { codes.insert(SyllableCode(initial + final).bits) }
        }
        for final in finals {
            for dropped in ["i", "u"] where final.hasPrefix(dropped) && final.count > 1 {
                for initial in ["y", "w"] where (initial + final.dropFirst()).count <= 6 {
                    codes.insert(SyllableCode(initial + final.dropFirst()).bits)
                }
            }
        }
        return codes
    }()

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
