/// Finds the headline of a plain article: a short first line that is not a sentence.
/// Seed style: `直播回放|北京发布会:宁波成“中国制造2025”首个试点示范城市` above the body.
struct HeadlineFinder {
    /// Longest headline accepted, in characters.
    static let maxLength = 60
    private static let sentenceEnds = Set("。！？；：，、.!?;:,".unicodeScalars)

    /// Not a sentence or a salutation: short, has Han, does not end in 。！？；：，、 and has at most one comma.
    static func isHeadlineLike(_ line: String) -> Bool {
        guard line.utf8.count <= maxLength * 4 else { return false }
        let s = line.unicodeScalars
        guard s.count >= 4, s.count <= maxLength, let last = s.last, !sentenceEnds.contains(last) else { return false }
        guard HanCharacter.hanCount(s) >= 2, !s.contains("。") else { return false }
        return s.filter { $0 == "，" || $0 == "," }.count <= 1
    }

    /// A section label: 2–8 characters, Han only.
    static func isLabel(_ line: String) -> Bool {
        guard line.utf8.count <= 32 else { return false }
        let s = line.unicodeScalars
        return s.count >= 2 && s.count <= 8 && s.allSatisfy(HanCharacter.isHan)
    }

    /// The headline among the first lines, and the lines without it; nil when the article opens with body text.
    func split(_ lines: [String]) -> (headline: String?, rest: [String]) {
        guard lines.count >= 2, Self.isHeadlineLike(lines[0]) else { return (nil, lines) }
        // A headline is followed by body text (a longer line, or at least a sentence) or by a salutation
        // opening a speech (同志们：).
        let next = lines[1]
        let opensSpeech = next.hasSuffix("：") && next.unicodeScalars.count <= 12
        guard next.utf8.count > lines[0].utf8.count || next.contains("。") || next.contains("，") || opensSpeech else {
            return (nil, lines)
        }
        return (lines[0], Array(lines.dropFirst()))
    }
}
