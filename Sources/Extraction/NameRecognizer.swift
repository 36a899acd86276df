/// Recognizes a Chinese person's name at an offset: a surname from the lexicon plus one or two
/// given-name characters. Whether the name has two or three characters is decided by what follows
/// it — a follower word (主持, 表示, 等), punctuation, or a post — so 罗文主持 is 罗文, 辛国斌讲话 is 辛国斌.
struct NameRecognizer: Sendable {
    /// How much the surrounding text already says "a name comes here".
    enum Context: Sendable {
        /// Right after a post (工信部副部长__), or a byline: transliterated names and ambiguous surnames allowed.
        case afterPost
        /// Lists, speaker labels, a name before a post: only common surnames, no ordinary words.
        case weak
    }

    /// What stands right after a name candidate.
    enum Follow: Equatable {
        case boundary          // punctuation, space, end of text
        case word(Int)         // a follower word of this length
        case post              // a post (习近平总书记)
    }

    let lexicons: PeopleLexicons

    init(lexicons: PeopleLexicons = .shared) {
        self.lexicons = lexicons
    }

    /// The end offset of the name starting at `start`, or nil when none fits.
    func nameEnd(at start: Int, in s: [Unicode.Scalar], context: Context, known: ScalarTrie<Bool>? = nil) -> Int? {
        guard start < s.count, s[start].isHan else { return nil }
        // A name already established elsewhere in the article wins when it fits here.
        if let known {
            for length in [3, 2, 4] where start + length <= s.count {
                if known.contains(s, start, start + length), follow(s, start + length) != nil { return start + length }
            }
        }
        var options: [(end: Int, follow: Follow)] = []
        for (surnameLength, kind) in lexicons.surnames.allMatches(in: s, at: start) {
            if kind == .ambiguous && context == .weak { continue }
            for given in 1...2 {
                let end = start + surnameLength + given
                guard end <= s.count else { break }
                guard (start + surnameLength..<end).allSatisfy({ s[$0].isHan && !PeopleLexicons.isNotInGivenName(s[$0]) })
                else { break }
                if lexicons.nonNames.contains(s, start, end) { continue }
                guard let f = follow(s, end) else { continue }
                // 院士和知名专家: an ordinary character read as a surname needs a clear end after the name.
                if kind == .ambiguous {
                    switch f {
                    case .boundary: break
                    case .word(let n) where n >= 2: break
                    default: continue
                    }
                }
                options.append((end, f))
            }
        }
        if let choice = choose(options, in: s) { return choice }
        if context == .afterPost { return transliteratedEnd(at: start, in: s) }
        return nil
    }

    /// Picks between a two- and a three-character reading.
    private func choose(_ options: [(end: Int, follow: Follow)], in s: [Unicode.Scalar]) -> Int? {
        guard let first = options.first else { return nil }
        guard options.count > 1 else { return first.end }
        let short = options.min { $0.end < $1.end }!, long = options.max { $0.end < $1.end }!
        // 罗文主持: the short reading is followed by a real word.
        if case .word(let n) = short.follow, n >= 2 { return short.end }
        if case .word(let n) = long.follow, n >= 2 { return long.end }
        if long.follow == .post { return long.end }
        if short.follow == .post { return short.end }
        // 李强说，: the third character is itself a follower, so the name ends before it.
        if case .word = short.follow, long.follow == .boundary { return short.end }
        return long.end
    }

    /// What follows offset `end`, nil when it is neither a boundary nor a follower.
    func follow(_ s: [Unicode.Scalar], _ end: Int) -> Follow? {
        guard end < s.count else { return .boundary }
        let c = s[end]
        if !c.isHan { return c == "*" ? nil : .boundary }
        let word = lexicons.followers.longestMatchLength(in: s, at: end)
        if word > 0 { return .word(word) }
        if lexicons.afterName.hasMatch(in: s, at: end) || lexicons.posts.hasMatch(in: s, at: end) { return .post }
        return nil
    }

    /// A foreign name in Chinese transliteration after a post (德国前总统武尔夫表示).
    private func transliteratedEnd(at start: Int, in s: [Unicode.Scalar]) -> Int? {
        var end = start
        while end < s.count, end - start < 6, lexicons.transliteration.contains(s[end]) {
            end += 1
            if end - start >= 2, case .word = follow(s, end) { return end }
        }
        return nil
    }
}
