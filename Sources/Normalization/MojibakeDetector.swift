import Facts
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

    func warnings(in s: [Unicode.Scalar]) -> [String] { warnings(in: String(scalars: s)) }

    /// Offsets count scalars. One pass over the UTF-8 bytes; a hit remembers its byte offset too, for its context.
    func warnings(in text: String) -> [String] {
        UTF8Scalars.withBytes(text) { b in
            var hits: [(offset: Int, byte: Int)] = []
            func hit(_ offset: Int, _ byte: Int) {
                if let last = hits.last, offset - last.offset < contextLength { return }
                hits.append((offset, byte))
            }
            let common = GB2312.level1
            // The last (at most 5) Han characters of this line as a ring: offsets, and whether each is rare.
            var ring = [(offset: Int, byte: Int)](repeating: (0, 0), count: 5)
            var ringRare = [Bool](repeating: false, count: 5)
            var count = 0, oldest = 0, rareCount = 0
            var i = 0, n = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    if lead == 0x3F, i + 1 < b.count, Self.isDamageNeighbour(UTF8Scalars.scalar(b, at: i + 1).0) {
                        hit(n, i)
                    } else if lead == 0x0A {
                        count = 0; oldest = 0; rareCount = 0
                    }
                    i += 1
                    n += 1
                    continue
                }
                let (c, length) = UTF8Scalars.scalar(b, at: i)
                let (offset, byte) = (n, i)
                i += length
                n += 1
                let v = c.value
                if c == "\u{FFFD}" || (0xE000...0xF8FF).contains(v) { hit(offset, byte); continue }
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
                ring[slot] = (offset, byte)
                ringRare[slot] = rare
                if rare { rareCount += 1 }
                if count == 5, rareCount >= 4 {
                    for k in 0..<5 {
                        let m = (oldest + k) % 5
                        if ringRare[m] { hit(ring[m].offset, ring[m].byte); break }
                    }
                }
            }
            var result: [String] = []
            for h in hits.prefix(maxWarnings) {
                // The context: up to `contextLength` scalars from the hit.
                var end = h.byte
                var taken = 0
                while end < b.count && taken < contextLength { end += UTF8Scalars.scalar(b, at: end).1; taken += 1 }
                let context = String(decoding: UnsafeBufferPointer(rebasing: b[h.byte..<end]), as: UTF8.self)
                    .replacingOccurrences(of: "\n", with: "⏎")
                result.append("possible mojibake at offset \(h.offset): \(context)")
            }
            if hits.count > maxWarnings {
                result.append("possible mojibake at \(hits.count - maxWarnings) more places")
            }
            return result
        }
    }

    /// What follows a `?` that replaced a lost character: Chinese punctuation, `!`, `^`, `/`, block elements.
    private static func isDamageNeighbour(_ c: Unicode.Scalar) -> Bool {
        if HanCharacter.isCJKPunctuation(c) { return true }
        if c == "!" || c == "^" || c == "/" || c == "?" { return true }
        return (0x2500...0x259F).contains(c.value)
    }
}
