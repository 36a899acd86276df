/// Finds the headline of a plain article: a short first line that is not a sentence.
/// Seed style: `直播回放|北京发布会:宁波成“中国制造2025”首个试点示范城市` above the body.
struct HeadlineFinder {
    /// Longest headline accepted, in characters.
    static let maxLength = 60

    /// Not a sentence or a salutation: short, has Han, does not end in 。！？；：，、.
    static func isHeadlineLike(_ line: String) -> Bool {
        guard line.count >= 4, line.count <= maxLength, let last = line.last else { return false }
        guard HanCharacter.hanCount(line.unicodeScalars) >= 2 else { return false }
        if "。！？；：，、.!?;:,".contains(last) { return false }
        // A sentence's worth of commas is body text, not a headline.
        let commas = line.filter { $0 == "，" || $0 == "," }.count
        return commas <= 1 && !line.contains("。")
    }

    /// A section label: 2–8 characters, Han only.
    static func isLabel(_ line: String) -> Bool {
        let s = line.unicodeScalars
        return s.count >= 2 && s.count <= 8 && s.allSatisfy(HanCharacter.isHan)
    }

    /// The headline among the first lines, and the lines without it; nil when the article opens with body text.
    func split(_ lines: [String]) -> (headline: String?, rest: [String]) {
        guard lines.count >= 2, Self.isHeadlineLike(lines[0]) else { return (nil, lines) }
        // A headline is followed by body text: a longer line, or at least a sentence.
        let next = lines[1]
        guard next.count > lines[0].count || next.contains("。") || next.contains("，") else { return (nil, lines) }
        return (lines[0], Array(lines.dropFirst()))
    }
}
