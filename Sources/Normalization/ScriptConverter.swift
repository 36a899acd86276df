import Facts
import Foundation

/// Traditional -> Simplified exactly as ICU's `Hant-Hans` transform (制造業 -> 制造业, 於 -> 于; 著名 and
/// 乾坤 stay), through `HantHansTransliterator` (ICU's rules as a table) rather than ICU itself.
/// Also reports whether the text was Traditional: a notable share of its Han characters changed.
struct ScriptConverter {
    /// Share of Han characters that must change for the text to count as Traditional (`Hant`).
    var hantThreshold = 0.05

    struct Result: Equatable {
        var text: String
        /// `Hans` or `Hant`.
        var script: String
    }

    /// The ideograph blocks whose characters map on their own (basic block, extension A, compatibility).
    @inline(__always)
    static func inIsolatedBlocks(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
    }

    /// What `Hant-Hans` does to a character of those blocks on its own, when it changes it.
    @inline(__always)
    static func isolatedChange(_ c: Unicode.Scalar, _ rules: HantHansTransliterator = .shared) -> Unicode.Scalar? {
        guard inIsolatedBlocks(c.value), let r = rules.isolatedChange(c.value) else { return nil }
        return Unicode.Scalar(r)
    }

    /// Characters whose conversion may depend on their neighbours, so chunks holding one get the full
    /// rules: those it changes that are also ordinary Simplified characters (GB2312: 著, 乾, 藉…; 著名 stays),
    /// and rare ones outside GB2312 that it leaves alone in isolation but rewrites in phrases (南嶽 -> 南岳).
    /// Every other character maps on its own. (The split predates the table, which would make the full
    /// rules cheap everywhere; it is kept because it decides what extension B characters do.)
    @inline(__always)
    static func isContextual(_ c: Unicode.Scalar, _ rules: HantHansTransliterator = .shared,
                             _ gb2312: ScalarBitmap = GB2312.all) -> Bool {
        inIsolatedBlocks(c.value) && gb2312.contains(c.value) == (isolatedChange(c, rules) != nil)
    }

    /// Whether any character of `text` changes on its own, read from the UTF-8 bytes: every character of
    /// the ideograph blocks is three bytes with a lead byte of E3 or more, so most bytes are skipped unread.
    static func hasIsolatedChange(_ text: String, _ rules: HantHansTransliterator = .shared) -> Bool {
        let changesAlone = rules.changesAlone
        return UTF8Scalars.withBytes(text) { b in
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0xE3 { i += 1; continue } // ASCII, 2-byte characters, U+0800–2FFF, continuation bytes
                if lead >= 0xF0 { i += 4; continue } // outside the BMP
                let v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                if changesAlone.contains(v) && inIsolatedBlocks(v) { return true }
                i += 3
            }
            return false
        }
    }

    /// Chunk lengths: text is converted in chunks cut after punctuation, so a phrase rule never spans a
    /// cut there (rules look only a few characters around); a hard cut bounds a chunk without punctuation.
    static let chunkLength = 256
    static let hardChunkLength = 2_048

    func convert(_ text: String) -> Result {
        let rules = HantHansTransliterator.shared
        // Simplified text, the common case, has no character that changes on its own: no copy.
        guard Self.hasIsolatedChange(text, rules) else { return Result(text: text, script: "Hans") }
        let gb2312 = GB2312.all
        var s = UTF8Scalars.array(text)
        var han = 0
        var changed = 0
        var chunkStart = 0
        var chunkNeedsRules = false

        func flush(_ end: Int) {
            defer { chunkStart = end; chunkNeedsRules = false }
            if chunkNeedsRules {
                let before = Array(s[chunkStart..<end]) // a copy, so the write below does not copy all of `s`
                rules.transliterate(&s, in: chunkStart..<end)
                for (x, y) in zip(before, s[chunkStart..<end]) where x != y && HanCharacter.isHan(x) { changed += 1 }
                return
            }
            for i in chunkStart..<end {
                if let simplified = Self.isolatedChange(s[i], rules) { s[i] = simplified; changed += 1 }
            }
        }

        for i in s.indices {
            let c = s[i]
            if HanCharacter.isHan(c) {
                han += 1
                if !chunkNeedsRules && Self.isContextual(c, rules, gb2312) { chunkNeedsRules = true }
            }
            let length = i + 1 - chunkStart
            let atBreak = c == "\n" || HanCharacter.isCJKPunctuation(c) || c == " "
            if (atBreak && length >= Self.chunkLength) || length >= Self.hardChunkLength { flush(i + 1) }
        }
        flush(s.count)
        let script = han > 0 && Double(changed) / Double(han) >= hantThreshold ? "Hant" : "Hans"
        return Result(text: String(scalars: s), script: script)
    }
}
