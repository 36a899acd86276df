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

    /// GB2312 level 1: the 3,755 most common characters, read from the GB18030 decoder
    /// (rows 0xB0–0xD7, cells 0xA1–0xFE; the last row ends at 0xD7F9).
    static let commonHan: Set<Unicode.Scalar> = {
        var bytes: [UInt8] = []
        for row in UInt8(0xB0)...0xD7 {
            for cell in UInt8(0xA1)...0xFE where !(row == 0xD7 && cell > 0xF9) { bytes += [row, cell] }
        }
        let text = String(data: Data(bytes), encoding: TextDecoder.gb18030) ?? ""
        return Set(text.unicodeScalars)
    }()

    func warnings(in text: String) -> [String] { warnings(in: Array(text.unicodeScalars)) }

    func warnings(in s: [Unicode.Scalar]) -> [String] {
        var hits: [Int] = []
        func hit(_ i: Int) {
            if let last = hits.last, i - last < contextLength { return }
            hits.append(i)
        }
        var window: [Int] = [] // offsets of the last Han characters on this line
        var rareInWindow: [Bool] = []
        for i in 0..<s.count {
            let c = s[i]
            if c == "\u{FFFD}" || (0xE000...0xF8FF).contains(c.value) { hit(i); continue }
            if c == "?", i + 1 < s.count, Self.isDamageNeighbour(s[i + 1]) { hit(i); continue }
            if c == "\n" { window.removeAll(); rareInWindow.removeAll(); continue }
            guard HanCharacter.isHan(c) else { continue }
            window.append(i)
            rareInWindow.append(!Self.commonHan.contains(c))
            if window.count > 5 { window.removeFirst(); rareInWindow.removeFirst() }
            if window.count == 5, rareInWindow.filter({ $0 }).count >= 4, let first = rareInWindow.firstIndex(of: true) {
                hit(window[first])
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
