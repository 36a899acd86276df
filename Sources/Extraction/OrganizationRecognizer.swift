import Facts

/// One place in the text where an organization is named.
struct OrganizationMention: Sendable, Equatable {
    let span: Span
    let name: String
    /// The lexicon's full name when the mention is a known body (工信部 → 工业和信息化部).
    let knownAs: String?
    let rule: String
    let confidence: Double
    /// Not a name by itself (a weak suffix without a body's beginning: 电子标准院); kept only when it
    /// turns out to abbreviate a full name of the same article.
    var tentative = false
}

/// Finds organization names in running text: known bodies and media from the lexicons, and names
/// ending in an organization suffix (部, 委员会, 有限公司…) whose left edge is found by scanning back
/// to a boundary word or punctuation (由中国制造强国论坛组委会 → 中国制造强国论坛组委会).
struct OrganizationRecognizer: Sendable {
    static let maxNameLength = 30

    let lexicons: OrganizationLexicons

    init(lexicons: OrganizationLexicons = .shared) {
        self.lexicons = lexicons
    }

    // MARK: left edge

    /// Characters a name can be made of: Han, digits, Latin letters, masks and brackets (中重科技（天津）股份有限公司).
    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isHan || c.isASCIIDigit || c == "*" { return true }
        if (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) { return true }
        return c == "（" || c == "）" || c == "(" || c == ")"
    }

    static let copulas: Set<String> = ["是", "成为", "作为", "打造", "建成"]
    /// `copulas` read backward: which one ends at an offset.
    static let copulasEndingAt = ScalarTrie(copulas.map { ($0, true) }, reversed: true)
    static let countWords: Set<Unicode.Scalar> = Set("多余个家名位项批所座".unicodeScalars)

    static let placeLevelScalars: Set<Unicode.Scalar> = ["省", "市", "县", "区"]

    /// `placeLevelScalars.contains(c)` without hashing, for the scans' inner loops.
    @inline(__always)
    static func isPlaceLevel(_ c: Unicode.Scalar) -> Bool {
        c == "省" || c == "市" || c == "县" || c == "区"
    }

    /// Start of the name that ends at `end`: scans left over name characters, taking known bodies whole,
    /// and stops at punctuation, a boundary word (由, 代表, 成立…), 兼, or the end of a local body
    /// before another one (省委|省政府).
    func nameStart(endingAt end: Int, in s: [Unicode.Scalar], floor: Int = 0, nameEnd: Int? = nil) -> Int {
        let fullEnd = nameEnd ?? end
        var i = end
        while i > floor, end - i < Self.maxNameLength {
            let k = lexicons.knownEndingAt.longestMatchLength(in: s, at: i)
            if k >= 3, i - k >= floor {
                // Two known bodies side by side (党中央国务院) are two names.
                if i < fullEnd, lexicons.known.contains(s, i, fullEnd) { break }
                i -= k
                continue
            }
            let c = s[i - 1]
            guard Self.isNameScalar(c), c != "兼" else { break }
            if i < end, Self.isPlaceLevel(s[i]),
               let local = lexicons.suffixesEndingAt.longestMatch(in: s, at: i), local.value.kind == .local {
                break
            }
            if let b = lexicons.boundariesEndingAt.longestMatch(in: s, at: i) {
                switch b.value {
                case .word: return trimmed(i, end, s)
                case .char: if !isKept(i - 1, in: s) && !joinsFieldsInsideBody(i - 1, floor: floor, in: s) { return trimmed(i, end, s) }
                }
            }
            i -= 1
        }
        return trimmed(i, end, s)
    }

    static let fieldConnectives: Set<Unicode.Scalar> = ["与", "和", "及"]

    /// Whether the connective at `i` joins two fields in the name of a school or institute under a body
    /// (华东理工大学化学与分子工程学院): right before it, a field word of 2–4 characters follows a body's suffix.
    private func joinsFieldsInsideBody(_ i: Int, floor: Int, in s: [Unicode.Scalar]) -> Bool {
        guard Self.fieldConnectives.contains(s[i]) else { return false }
        // 甲集团有限公司与乙集团有限公司: a whole name before the connective makes two bodies.
        if lexicons.suffixesEndingAt.hasMatch(in: s, at: i) || lexicons.knownEndingAt.hasMatch(in: s, at: i) {
            return false
        }
        for length in 2...4 {
            let fieldStart = i - length
            guard fieldStart - 2 >= floor else { return false }
            guard s[fieldStart].isHan else { return false }
            if let m = lexicons.suffixesEndingAt.longestMatch(in: s, at: fieldStart), m.length >= 2,
               m.value.kind == .standalone, !m.value.weak {
                return true
            }
        }
        return false
    }

    /// Whether the boundary character at `i` sits inside an ordinary word (对外, 日本, 经济).
    private func isKept(_ i: Int, in s: [Unicode.Scalar]) -> Bool {
        let maxLength = lexicons.keepWords.maxLength
        for start in max(0, i - maxLength + 1)...i {
            if lexicons.keepWords.forEachMatchLength(in: s, at: start, { start + $0 > i && $0 >= 2 }) { return true }
        }
        return false
    }

    /// Drops brackets left without their pair and a leading date (11月20日人民日报) from the start.
    private func trimmed(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Int {
        var i = start
        // 各县（市、区）政府: a closing bracket whose opening lies outside the name begins it afresh.
        var open = false
        for k in start..<end {
            if s[k] == "（" || s[k] == "(" { open = true }
            else if s[k] == "）" || s[k] == ")" { if !open { i = k + 1 }; open = false }
        }
        while i < end {
            if s[i] == "（" || s[i] == "(" || s[i] == "）" || s[i] == ")" { i += 1; continue }
            var k = i
            while k < end, s[k].isASCIIDigit { k += 1 }
            if k > i, k < end, Self.dateUnits.contains(s[k]) { i = k + 1; continue }
            break
        }
        return i
    }

    static let dateUnits: Set<Unicode.Scalar> = ["年", "月", "日", "号"]

    // MARK: mentions

    /// Every organization mention in the text.
    func mentions(in s: [Unicode.Scalar]) -> [OrganizationMention] {
        var out = knownMentions(in: s)
        out += mediaMentions(in: s)
        out += suffixMentions(in: s)
        return out
    }

    /// Known bodies by any of their forms (工信部, 中国工程院); nested ones too (国务院 in 国务院发展研究中心).
    func knownMentions(in s: [Unicode.Scalar]) -> [OrganizationMention] {
        var out: [OrganizationMention] = []
        var i = 0
        while i < s.count {
            if let m = lexicons.known.longestMatch(in: s, at: i) {
                let span = Span(i, i + m.length)
                // A short form glued to a place level (北京市发改委) is part of that body's own name;
                // a two-character form inside a longer word (总台 in 广播电视总台) is no mention.
                let isShortForm = !m.value.unicodeScalars.elementsEqual(s[span.start..<span.end])
                let afterPlace = i > 0 && Self.isPlaceLevel(s[i - 1])
                if !(isShortForm && afterPlace) && (i == 0 || !s[i - 1].isHan || m.length >= 3) {
                    out.append(OrganizationMention(span: span, name: Self.string(s, span.start, span.end),
                                                   knownAs: m.value, rule: "organizations.known", confidence: 0.95))
                }
            }
            i += 1
        }
        return out
    }

    /// Media outlets and platforms; an ambiguous one (凤凰, 快手) only inside a list of outlets.
    func mediaMentions(in s: [Unicode.Scalar]) -> [OrganizationMention] {
        var hits: [(span: Span, ambiguous: Bool)] = []
        var i = 0
        while i < s.count {
            if let m = lexicons.media.longestMatch(in: s, at: i) {
                hits.append((Span(i, i + m.length), m.value))
                i += m.length
            } else {
                i += 1
            }
        }
        var out: [OrganizationMention] = []
        for (k, hit) in hits.enumerated() {
            if hit.ambiguous {
                // Listed: the neighbouring outlet is one list comma away.
                let listed: (Int) -> Bool = { j in
                    guard j >= 0, j < hits.count, j != k else { return false }
                    let gap = j < k ? Span(hits[j].span.end, hit.span.start) : Span(hit.span.end, hits[j].span.start)
                    return gap.length == 1 && (s[gap.start] == "、" || s[gap.start] == "，" || s[gap.start] == ",")
                }
                guard listed(k - 1) || listed(k + 1) else { continue }
            }
            out.append(OrganizationMention(span: hit.span, name: Self.string(s, hit.span.start, hit.span.end),
                                           knownAs: nil, rule: "organizations.media", confidence: hit.ambiguous ? 0.7 : 0.9))
        }
        return out
    }

    /// Names ending in an organization suffix.
    func suffixMentions(in s: [Unicode.Scalar]) -> [OrganizationMention] {
        var hits: [(span: Span, suffix: OrganizationLexicons.Suffix)] = []
        var i = 0
        while i < s.count {
            if let m = lexicons.suffixes.longestMatch(in: s, at: i) {
                let span = Span(i, i + m.length)
                if !isDecoyed(span, in: s) { hits.append((span, m.value)) }
                i += m.length
            } else {
                i += 1
            }
        }
        var candidates: [OrganizationMention] = []
        for hit in hits {
            guard let mention = candidate(endingWith: hit.span, suffix: hit.suffix, in: s) else { continue }
            candidates.append(mention)
        }
        // A name the scan of a longer one passed over is part of it (中国航天科技集团 in …集团有限公司),
        // unless it is a known body (国务院 in 国务院发展研究中心 is named too).
        return candidates.filter { inner in
            isKnown(inner.name) || !candidates.contains { outer in
                outer.span.start <= inner.span.start && inner.span.end < outer.span.end
            }
        }
    }

    private func isKnown(_ name: String) -> Bool {
        lexicons.known.contains(name)
    }

    /// A decoy word overlapping the suffix and reaching past it (会 in 会议, 局 in 格局, 院 in 院士).
    private func isDecoyed(_ span: Span, in s: [Unicode.Scalar]) -> Bool {
        let from = max(0, span.start - 3)
        for j in from..<span.end {
            let decoyed = lexicons.decoys.forEachMatchLength(in: s, at: j) { length in
                let decoy = Span(j, j + length)
                // The decoy must cover the whole suffix and reach past it (大会 over 会, 会议 over 会);
                // one that only cuts into it (市政 in 市政府) says nothing.
                if decoy.start <= span.start, decoy.end >= span.end, decoy != span { return true }
                // A word beginning inside the suffix and running past it binds its last character (分行|业 = 行业).
                return decoy.start > span.start && decoy.start < span.end && decoy.end > span.end
            }
            if decoyed { return true }
        }
        return false
    }

    /// The organization that ends with the suffix at `suffixSpan`, when the text before it makes one.
    func candidate(endingWith suffixSpan: Span, suffix: OrganizationLexicons.Suffix,
                   in s: [Unicode.Scalar]) -> OrganizationMention? {
        let end = suffixSpan.end
        // A known body ending here is taken whole (工业和信息化部 is not 信息化部), and the scan goes on left of it.
        var scanFrom = suffixSpan.start
        let known = lexicons.knownEndingAt.longestMatchLength(in: s, at: end)
        if known > suffixSpan.length {
            scanFrom = end - known
        }
        var start = nameStart(endingAt: scanFrom, in: s, nameEnd: end)
        // 与华为技术有限公司: a stem of trade words only lost its brand to a one-character boundary (为).
        if start >= 2, start < suffixSpan.start, suffix.endsCompanyWord,
           isTradeWordsOnly(start, suffixSpan.start, s),
           let b = lexicons.boundariesEndingAt.longestMatch(in: s, at: start), b.value == .char {
            let extended = nameStart(endingAt: start - 1, in: s, nameEnd: end)
            if (1...4).contains(start - 1 - extended) { start = extended }
        }
        // 市委, 省委 stand alone unless a place begins the name (宁波市委; not 人民日报专访省委).
        if suffix.kind == .local, start < suffixSpan.start, !lexicons.heads.hasMatch(in: s, at: start) {
            start = suffixSpan.start
        }
        // After a copula the phrase describes (是国家高端科技智库), it does not name.
        if Self.copulasEndingAt.hasMatch(in: s, at: start) { return nil }
        // A count of bodies (20多个公司, 300家协会) names none.
        if start < s.count, s[start].isASCIIDigit {
            var k = start
            while k < s.count, s[k].isASCIIDigit || s[k] == "." { k += 1 }
            if k < s.count, Self.countWords.contains(s[k]) { return nil }
        }
        // The name's String is made only once it survives the checks that read scalars.
        let length = end - start
        guard length >= 2, length <= Self.maxNameLength else { return nil }
        if let known = lexicons.known.value(s, start, end) {
            return OrganizationMention(span: Span(start, end), name: Self.string(s, start, end), knownAs: known,
                                       rule: "organizations.known", confidence: 0.95)
        }
        switch suffix.kind {
        case .internal: return nil
        case .local: break
        default: guard start < suffixSpan.start else { return nil }
        }
        if lexicons.genericPrefixTrie.forEachMatchLength(in: s, at: start, maxLength: length, { _ in true }) { return nil }
        if isDepartmentOfKnownBody(s, start, end) { return nil }
        if suffix.weak || suffix.kind == .subunit {
            guard beginsLikeBody(s, start) || isShortFormOfKnown(s, start, suffixSpan.start) else {
                guard length <= 6 else { return nil }
                var mention = OrganizationMention(span: Span(start, end), name: Self.string(s, start, end), knownAs: nil,
                                                  rule: "organizations.abbreviation", confidence: 0.6)
                mention.tentative = true
                return mention
            }
        }
        let name = Self.string(s, start, end)
        // 系 is a department of a university (清华大学机械工程系), never a body elsewhere (国家创新体系).
        if suffix.word == "系", !(name.contains("大学") || name.contains("学院")) { return nil }
        if suffix.kind == .media {
            guard mediaContext(s, start, end) else { return nil }
        }
        return OrganizationMention(span: Span(start, end), name: name, knownAs: nil, rule: "organizations.suffix",
                                   confidence: suffix.weak ? 0.7 : 0.85)
    }

    /// Whether a name starting at `start` begins like a body's name: a place, 中国/国家…, a known body, a digit or mask.
    func beginsLikeBody(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        let c = s[start]
        if c.isASCIIDigit || c == "*" { return true }
        if lexicons.heads.hasMatch(in: s, at: start) { return true }
        return lexicons.known.hasMatch(in: s, at: start)
    }

    /// A department (…部) inside a known body that is not itself a ministry: 中国银行战略发展部 names a unit of
    /// 中国银行, which is the organization; the unit is part of the post.
    func isDepartmentOfKnownBody(_ name: String) -> Bool {
        let s = Array(name.unicodeScalars)
        return isDepartmentOfKnownBody(s, 0, s.count)
    }

    /// `isDepartmentOfKnownBody` for the name `start..<end` of a text.
    func isDepartmentOfKnownBody(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end > start, s[end - 1] == "部",
              let k = lexicons.known.longestMatch(in: s, at: start, maxLength: end - start),
              k.length < end - start - 1 else { return false }
        return !k.value.hasSuffix("部")
    }

    /// Whether `start..<end` is made of trade words only (技术, 科技发展), or is empty.
    private func isTradeWordsOnly(_ start: Int, _ end: Int, _ s: [Unicode.Scalar]) -> Bool {
        var i = start
        while i < end {
            guard let m = lexicons.descriptors.longestMatch(in: s, at: i), i + m.length <= end else { return false }
            i += m.length
        }
        return true
    }

    /// Whether `stem` (a name without its weak suffix) is inside a known body's name: 制造强国建设战略咨询委
    /// is the short form of 国家制造强国建设战略咨询委员会.
    private func isShortFormOfKnown(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 4 else { return false }
        // Inside a form = the beginning of one of its tails: one trie walk, not a search of every form.
        return lexicons.knownFormTails.isPrefixOfWord(s, start, end)
    }

    /// A newspaper name is taken only where the text treats it as an outlet (经济日报记者, 《中国工业报》, 据…报道).
    private func mediaContext(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        if start > 0, s[start - 1] == "《" || s[start - 1] == "据" { return true }
        for cue in ["记者", "讯", "报道", "刊发", "社", "》", "）"] where Self.hasPrefix(s, cue, at: end) { return true }
        return false
    }

    // MARK: helpers

    static func string(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lo = max(0, start), hi = min(end, s.count)
        return lo < hi ? ScalarText.string(s[lo..<hi]) : ""
    }

    static func hasSuffix(_ s: [Unicode.Scalar], _ word: String, endingAt end: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        guard end - w.count >= 0, end <= s.count else { return false }
        return Array(s[(end - w.count)..<end]) == w
    }

    static func hasPrefix(_ s: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
        var j = i
        for u in word.unicodeScalars {
            guard j < s.count, s[j] == u else { return false }
            j += 1
        }
        return true
    }
}
