import Facts

/// The organizations an article names, each once under its fullest form with the other forms it uses.
///
/// Mentions come from the recognizer (known bodies, media, suffix-driven names) and from people's posts
/// (工业和信息化部 from 工业和信息化部副部长; the known parent too: 清华大学 from 清华大学国际生物经济中心).
/// Forms are then grouped: forms of one known body; a local short form (市政府, 市委) with the one body
/// of the article's place; an abbreviation (中经社) with the one full name it abbreviates.
public struct OrganizationExtractor: Sendable {
    public static let shared = OrganizationExtractor()

    let recognizer: OrganizationRecognizer

    public init() {
        recognizer = OrganizationRecognizer()
    }

    public func extract(_ text: String, people: [Person]) -> [Organization] {
        extract(ScalarText(text), people: people)
    }

    // Not inlined into ArticleExtractor: profiles then show each extractor's own cost.
    @inline(never)
    public func extract(_ text: ScalarText, people: [Person]) -> [Organization] {
        let s = text.scalars
        var mentions = recognizer.mentions(in: s)
        mentions += postMentions(people)
        mentions += parentUniversities(of: mentions)
        return group(mentions, in: s)
    }

    /// A school or department is named under its university (西北工业大学材料学院): the university is named too.
    private func parentUniversities(of mentions: [OrganizationMention]) -> [OrganizationMention] {
        var out: [OrganizationMention] = []
        for mention in mentions where !mention.tentative && mention.knownAs == nil {
            let s = Array(mention.name.unicodeScalars)
            guard s.count >= 6, let k = Self.university(endingWithin: s), k >= 4, k <= s.count - 2 else { continue }
            let name = OrganizationRecognizer.string(s, 0, k)
            out.append(OrganizationMention(span: Span(mention.span.start, mention.span.start + k), name: name,
                                           knownAs: recognizer.lexicons.known.value(of: name),
                                           rule: "organizations.parent-university", confidence: 0.8))
        }
        return out
    }

    /// The end of the first 大学 inside a name, nil when none.
    static func university(endingWithin s: [Unicode.Scalar]) -> Int? {
        guard s.count >= 2 else { return nil }
        for k in 2...s.count where s[k - 2] == "大" && s[k - 1] == "学" { return k }
        return nil
    }

    /// Organizations named inside posts, with any known body they begin with.
    private func postMentions(_ people: [Person]) -> [OrganizationMention] {
        var out: [OrganizationMention] = []
        for person in people {
            for post in person.posts {
                guard let org = post.organization, isBody(org) else { continue }
                let known = recognizer.lexicons.known.value(of: org)
                if !recognizer.isDepartmentOfKnownBody(org) {
                    out.append(OrganizationMention(span: post.evidence.span, name: org, knownAs: known,
                                                   rule: "organizations.post", confidence: 0.85))
                }
                // 十三届全国政协经济委员会 → 全国政协; 清华大学国际生物经济中心 → 清华大学.
                let scalars = Array(org.unicodeScalars)
                for start in 0..<scalars.count {
                    for m in recognizer.lexicons.known.allMatches(in: scalars, at: start)
                    where !(start == 0 && m.length == scalars.count) && m.length >= 2 {
                        let name = OrganizationRecognizer.string(scalars, start, start + m.length)
                        out.append(OrganizationMention(span: post.evidence.span, name: name, knownAs: m.value,
                                                       rule: "organizations.post-parent", confidence: 0.8))
                    }
                }
            }
        }
        return out
    }

    /// Whether a post's organization part names a body (not a bare place like 河北省 or 德国, not 董事局).
    private func isBody(_ org: String) -> Bool {
        let s = Array(org.unicodeScalars)
        guard s.count >= 2 else { return false }
        if recognizer.lexicons.known.contains(org) { return true }
        guard let m = recognizer.lexicons.suffixesEndingAt.longestMatch(in: s, at: s.count) else { return false }
        if m.value.kind == .internal { return false }
        let generic = recognizer.lexicons.genericPrefixTrie.forEachMatchLength(in: s, at: 0, { _ in true })
        return !generic || m.length == s.count
    }

    static let localShortForms: [String: [String]] = [
        "市委": ["市委"], "市政府": ["市政府", "市人民政府"], "省委": ["省委"], "省政府": ["省政府", "省人民政府"],
        "县委": ["县委"], "县政府": ["县政府", "县人民政府"], "区委": ["区委"], "区政府": ["区政府", "区人民政府"],
    ]

    /// The party committee for a government short form and back (市政府 ↔ 市委).
    static let siblingForms: [String: String] = [
        "市政府": "市委", "市委": "市政府", "省政府": "省委", "省委": "省政府",
        "县政府": "县委", "县委": "县政府", "区政府": "区委", "区委": "区政府",
    ]

    private func group(_ mentions: [OrganizationMention], in s: [Unicode.Scalar]) -> [Organization] {
        // Group key: the known body's full name, else the form itself. Groups are numbered in order of
        // first mention and kept in parallel arrays. An article has a dozen groups or so: a linear search
        // comparing UTF-8 bytes finds a key's number for less than hashing it (a Chinese String hashes
        // through Unicode normalization); the normalized text and the lexicons are NFC, so bytes decide.
        var keys: [String] = []
        /// Each group's forms in order of first mention; nil once merged into another group.
        var forms: [[String]?] = []
        var evidence: [Evidence] = []
        var solid: [Bool] = [], weak: [Bool] = []
        for m in mentions.sorted(by: { $0.span < $1.span }) {
            let key = m.knownAs ?? recognizer.lexicons.known.value(of: m.name) ?? m.name
            let g: Int
            if let known = keys.firstIndex(where: { Self.sameText($0, key) }) {
                g = known
            } else {
                g = keys.count
                keys.append(key)
                forms.append([])
                evidence.append(Evidence(span: m.span, rule: m.rule, confidence: m.confidence))
                solid.append(false)
                weak.append(false)
            }
            if m.tentative { weak[g] = true } else { solid[g] = true }
            if !forms[g]!.contains(where: { Self.sameText($0, m.name) }) { forms[g]!.append(m.name) }
        }
        let tentative = keys.indices.map { weak[$0] && !solid[$0] }
        // Local short forms (市政府) and abbreviations (中经社) join the one full name they stand for.
        for g in keys.indices {
            guard let groupForms = forms[g], groupForms.count == 1, let short = groupForms.first else { continue }
            guard let target = fullForm(of: short, among: keys.indices.filter { $0 != g && !tentative[$0] },
                                        forms: forms, in: s) else { continue }
            forms[target]!.append(contentsOf: forms[g]!)
            forms[g] = nil
        }
        return keys.indices.compactMap { g -> Organization? in
            guard let all = forms[g], !all.isEmpty, !tentative[g] else { return nil }
            let name = fullest(all, key: keys[g])
            let aliases = all.filter { $0 != name }
            return Organization(name: name, aliases: aliases, evidence: evidence[g])
        }
    }

    /// Whether two names are the same text, byte for byte (the count check settles most pairs at once).
    @inline(__always)
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// The fullest form: the known body's form earliest in the lexicon (full name first), else the longest.
    private func fullest(_ all: [String], key: String) -> String {
        if let lexiconForms = recognizer.lexicons.knownForms[key],
           let first = lexiconForms.first(where: { all.contains($0) }) {
            return first
        }
        return all.max { $0.unicodeScalars.count < $1.unicodeScalars.count }!
    }

    static let placeLevels: Set<Unicode.Scalar> = ["省", "市", "县", "区"]

    /// Endings of full names and the character short forms end in instead.
    static let shortEndings: [([Unicode.Scalar], [Unicode.Scalar])] = [
        (Array("办公室".unicodeScalars), ["办"]), (Array("办公厅".unicodeScalars), ["办"]), (Array("委员会".unicodeScalars), ["委"]),
    ]

    /// The group (of `among`, indices into `forms`) a short form stands for in this article, nil when
    /// none or ambiguous.
    private func fullForm(of short: String, among keys: [Int], forms: [[String]?],
                          in s: [Unicode.Scalar]) -> Int? {
        if let endings = Self.localShortForms[short] {
            // 市政府 → 保定市人民政府: the one body of a place with that ending.
            func bodies(_ endings: [String]) -> [Int: String] {
                var out: [Int: String] = [:]
                for key in keys {
                    for form in forms[key] ?? [] {
                        for ending in endings where form.hasSuffix(ending) && form.count > ending.count {
                            let place = String(form.dropLast(ending.count))
                            if place.count >= 2, place.count <= 4 { out[key] = place }
                        }
                    }
                }
                return out
            }
            let distinct = bodies(endings)
            if distinct.count == 1 { return distinct.keys.first }
            guard distinct.count > 1 else { return nil }
            // Several (保定市人民政府, 北京市政府): the place of the one party committee (保定市委) is the article's.
            if let sibling = Self.siblingForms[short], let committees = Optional(bodies(Self.localShortForms[sibling] ?? [])),
               Set(committees.values).count == 1, let place = committees.values.first {
                let matching = distinct.filter { $0.value == place }
                if matching.count == 1 { return matching.first!.key }
            }
            let text = String(String.UnicodeScalarView(s))
            let counts = distinct.map { key, place -> (Int, Int) in
                let shortPlace = String(place.dropLast())
                return (key, text.components(separatedBy: shortPlace).count - 1)
            }.sorted { $0.1 > $1.1 }
            // The article's own place is the one it names clearly most (保定 in a 保定 article that also cites 北京市政府).
            return 2 * counts[0].1 >= 3 * counts[1].1 ? counts[0].0 : nil
        }
        // Abbreviation: same first and last character, the short form's characters in order (中经社 ⊂ 中国经济信息社).
        let a = Array(short.unicodeScalars)
        guard (2...6).contains(a.count) else { return nil }
        // 中国科学院 is a body of its own, not a short form of 中国电力科学研究院 that happens to fit.
        if recognizer.lexicons.known.contains(short) { return nil }
        // 柳州市委 names the party committee itself; it abbreviates no 柳州市…委员会.
        if recognizer.lexicons.suffixesEndingAt.longestMatch(in: a, at: a.count)?.value.kind == .local { return nil }
        var matches: [Int] = []
        for key in keys {
            for form in forms[key] ?? [] {
                // Every reading below ends where the form ends, or in 办/委: a cheap no for most forms.
                guard form.unicodeScalars.last == a.last || a.last == "办" || a.last == "委" else { continue }
                let b = Array(form.unicodeScalars)
                // 工程院 ends 中国工程院: a body's name without its 中国/国家/place beginning.
                if a.count >= 3, b.count > a.count, b.count - a.count <= 4, form.hasSuffix(short),
                   recognizer.beginsLikeBody(b, 0) {
                    matches.append(key)
                    break
                }
                // 电子标准院 abbreviates 中国电子技术标准化研究院 without its 中国.
                let head = recognizer.lexicons.heads.longestMatch(in: b, at: 0)?.length ?? 0
                var bodies = [b, Array(b[head...])]
                // 省经信厅 abbreviates 四川省经济和信息化厅: the place goes, its level (省, 市) stays.
                if head >= 2, Self.placeLevels.contains(b[head - 1]) { bodies.append(Array(b[(head - 1)...])) }
                // 办 stands for 办公室 and 委 for 委员会 at the end of a short form (市政府新闻办).
                for body in bodies {
                    for (long, short) in Self.shortEndings where body.count > long.count && Array(body.suffix(long.count)) == long {
                        bodies.append(Array(body.dropLast(long.count)) + short)
                    }
                }
                var found = false
                for body in bodies where body.count >= a.count + 2 && body.first == a.first && body.last == a.last {
                    var j = 0
                    for c in body where j < a.count && c == a[j] { j += 1 }
                    if j == a.count { found = true }
                }
                if found { matches.append(key); break }
            }
        }
        return Set(matches).count == 1 ? matches[0] : nil
    }
}
