import Foundation

/// Spots text damaged by a wrong decoding, without guessing a repair:
/// U+FFFD and private-use characters; an ASCII `?` standing in for a lost character before Chinese
/// punctuation (`兄弟?。▍^`, damaged GBK); and runs of rare characters typical of UTF-8 read as GBK
/// (`鍦ㄥ畞娉`), where 4 of any 5 consecutive Han characters are outside the 3,755 common ones.
struct MojibakeDetector {
    /// Warnings kept per article; later hits are summarized in one line.
    var maxWarnings = 10
    /// Context characters shown after the offset.
    var contextLength = 12

    /// GB2312 level 1: the 3,755 most common characters (`GB2312.level1`).
    static var commonHan: ScalarBitmap { GB2312.level1 }

    func warnings(in text: String) -> [String] { warnings(in: UTF8Scalars.array(text)) }

    func warnings(in s: [Unicode.Scalar]) -> [String] {
        var hits: [Int] = []
        func hit(_ i: Int) {
            if let last = hits.last, i - last < contextLength { return }
            hits.append(i)
        }
        let common = GB2312.level1
        // The last (at most 5) Han characters of this line as a ring: offsets, and whether each is rare.
        var ring = [Int](repeating: 0, count: 5)
        var ringRare = [Bool](repeating: false, count: 5)
        var count = 0, oldest = 0, rareCount = 0
        for i in 0..<s.count {
            let c = s[i]
            let v = c.value
            if v < 0x80 {
                if c == "?", i + 1 < s.count, Self.isDamageNeighbour(s[i + 1]) { hit(i); continue }
                if c == "\n" { count = 0; oldest = 0; rareCount = 0 }
                continue
            }
            if c == "\u{FFFD}" || (0xE000...0xF8FF).contains(v) { hit(i); continue }
            guard HanCharacter.isHan(c) else { continue }
            let rare = !common.contains(v)
            let slot: Int
            if count < 5 {
                slot = count
                count += 1
            } else {
                slot = oldest
                oldest = oldest == 4 ? 0 : oldest + 1
                if ringRare[slot] { rareCount -= 1 }
            }
            ring[slot] = i
            ringRare[slot] = rare
            if rare { rareCount += 1 }
            if count == 5, rareCount >= 4 {
                for k in 0..<5 {
                    let n = (oldest + k) % 5
                    if ringRare[n] { hit(ring[n]); break }
                }
            }
        }
        var result: [String] = []
        for offset in hits.prefix(maxWarnings) {
            let context = String(String.UnicodeScalarView(s[offset..<min(s.count, offset + contextLength)]))
                .replacingOccurrences(of: "\n", with: "⏎")
            result.append("possible mojibake at offset \(offset): \(context)")
        }
        if hits.count > maxWarnings {
            result.append("possible mojibake at \(hits.count - maxWarnings) more places")
        }
        return result
    }

    /// What follows a `?` that replaced a lost character: Chinese punctuation, `!`, `^`, `/`, block elements.
    private static func isDamageNeighbour(_ c: Unicode.Scalar) -> Bool {
        if HanCharacter.isCJKPunctuation(c) { return true }
        if c == "!" || c == "^" || c == "/" || c == "?" { return true }
        return (0x2500...0x259F).contains(c.value)
    }
}
