import Facts

/// Finds the people an article names, each once with every post it gives them.
///
/// Rules, strongest first (each fact's evidence names its rule):
/// - `people.title-chain`: a name right after a chain of posts (工信部规划司司长罗文主持).
/// - `people.title-after-name`: a name right before a post (习近平总书记, 周济院长).
/// - `people.list`: names in a 、-list with a known name or ending in 等 (郭建英、闫继红等市领导).
/// - `people.speaker`: a name opening a line before a colon (辛国斌:).
/// - `people.byline`: 记者/编辑/责任编辑 followed by names; 文字:/摄影: with a colon.
public struct PeopleExtractor: Sendable {
    public static let shared = PeopleExtractor()

    let lexicons: PeopleLexicons
    let names: NameRecognizer
    let chains: TitleChainParser
    let organizations: OrganizationRecognizer

    public init() {
        lexicons = .shared
        names = NameRecognizer(lexicons: .shared)
        organizations = OrganizationRecognizer()
        chains = TitleChainParser(people: .shared, organizations: organizations)
    }

    public func extract(_ text: String) -> [Person] {
        extract(ScalarText(text))
    }

    // Not inlined into ArticleExtractor: profiles then show each extractor's own cost.
    @inline(never)
    public func extract(_ text: ScalarText) -> [Person] {
        let s = text.scalars
        let known = organizations.lexicons.known
        var book = PeopleBook { post in
            let org = post.organization.map { known.value(of: $0) ?? $0 } ?? ""
            return org + "|" + (post.position ?? post.title)
        }

        // 1. Names after a post: the chain before them gives their posts.
        var end = 1
        while end < s.count {
            if chains.postEnds(at: end, in: s), !postContinues(past: end, in: s),
               let nameEnd = names.nameEnd(at: end, in: s, context: .afterPost) {
                let name = OrganizationRecognizer.string(s, end, nameEnd)
                let posts = chains.posts(endingAt: end, in: s)
                book.add(name, posts: posts, evidence: Evidence(span: Span(end, nameEnd), rule: "people.title-chain",
                                                                confidence: 0.9))
                end = nameEnd
                continue
            }
            end += 1
        }

        // 2. Names before a post (习近平总书记, 周济院长).
        addNamesBeforePosts(s, &book)
        // 3. Speaker labels and bylines.
        addSpeakerLabels(s, &book)
        addBylines(s, &book)
        // 4. Lists of names (run last: a known name validates a list).
        addLists(s, &book)
        return book.people()
    }

    /// Posts that name one body by two of the article's forms (济南市人民政府新闻办公室副主任, 市政府新闻办副主任)
    /// are one post, kept under the body's fullest form.
    // Not inlined into ArticleExtractor: profiles then show each extractor's own cost.
    @inline(never)
    public func mergingPosts(_ people: [Person], organizations: [Organization]) -> [Person] {
        var canonical: [String: String] = [:]
        for org in organizations where !org.aliases.isEmpty {
            for alias in org.aliases { canonical[alias] = org.name }
            canonical[org.name] = org.name
        }
        guard !canonical.isEmpty else { return people }
        return people.map { person in
            var p = person
            var kept: [Post] = []
            for post in person.posts {
                guard let org = post.organization, let body = canonical[org] else { kept.append(post); continue }
                let key = body + "|" + (post.position ?? "")
                if let k = kept.firstIndex(where: { other in
                    other.organization.flatMap { canonical[$0] }.map { $0 + "|" + (other.position ?? "") } == key
                }) {
                    // Keep the post written with the body's full name.
                    if org == body, kept[k].organization != body { kept[k] = post }
                    continue
                }
                kept.append(post)
            }
            p.posts = kept
            return p
        }
    }

    // MARK: rules

    /// Whether the post ending at `end` is the start of a longer one (董事|长孙永才 is 董事长 孙永才).
    private func postContinues(past end: Int, in s: [Unicode.Scalar]) -> Bool {
        guard let post = lexicons.postsEndingAt.longestMatch(in: s, at: end) else { return false }
        let start = end - post.length
        return (lexicons.posts.longestMatch(in: s, at: start)?.length ?? 0) > post.length
    }

    private func addNamesBeforePosts(_ s: [Unicode.Scalar], _ book: inout PeopleBook) {
        var j = 2
        while j < s.count {
            guard let after = lexicons.afterName.longestMatch(in: s, at: j) else { j += 1; continue }
            let postEnd = j + after.length
            // 副院长 is not 院长 after a name ending in 副.
            if let longer = lexicons.postsEndingAt.longestMatch(in: s, at: postEnd), longer.length > after.length {
                j += 1
                continue
            }
            guard let start = nameStart(endingAt: j, in: s, known: book.knownNames) else { j += 1; continue }
            let name = OrganizationRecognizer.string(s, start, j)
            var posts: [Post] = []
            if lexicons.postsEndingAt.longestMatch(in: s, at: postEnd) != nil {
                let title = resolvedBarePost(after.value, near: j, in: s) ?? after.value
                let org = title == after.value ? nil : String(title.dropLast(after.value.count))
                posts.append(Post(title: title, organization: org, position: after.value,
                                  evidence: Evidence(span: Span(j, postEnd), rule: "people.title-after-name", confidence: 0.75)))
            }
            book.add(name, posts: posts, evidence: Evidence(span: Span(start, j), rule: "people.title-after-name",
                                                            confidence: 0.75))
            j = postEnd
        }
    }

    /// The start of a name that ends at `end`, right before a post: a known name, else surname + 1–2 characters.
    private func nameStart(endingAt end: Int, in s: [Unicode.Scalar], known: ScalarTrie<Bool>) -> Int? {
        for length in [3, 2, 4] where end - length >= 0 {
            if known.contains(s, end - length, end) { return end - length }
        }
        // A name cannot end where an organization does (新华社秘书长 is no 华社).
        if organizations.lexicons.knownEndingAt.longestMatch(in: s, at: end) != nil
            || organizations.lexicons.suffixesEndingAt.longestMatch(in: s, at: end) != nil {
            return nil
        }
        for length in [3, 2] where end - length >= 0 {
            let start = end - length
            guard names.nameEnd(at: start, in: s, context: .weak) == end else { continue }
            return start
        }
        return nil
    }

    /// 院长 near 中国工程院 in the same sentence → 中国工程院院长.
    private func resolvedBarePost(_ post: String, near offset: Int, in s: [Unicode.Scalar]) -> String? {
        guard let suffixes = lexicons.headedSuffixes[post] else { return nil }
        var lo = offset, hi = offset
        while lo > 0, !Self.sentenceEnd(s[lo - 1]), offset - lo < 120 { lo -= 1 }
        while hi < s.count, !Self.sentenceEnd(s[hi]), hi - offset < 120 { hi += 1 }
        let sentence = Array(s[lo..<hi])
        // One body per known organization (中国工程院 and its 工程院 are one), under its longest form.
        var found: [String: String] = [:]
        for mention in organizations.mentions(in: sentence) where !mention.tentative && suffixes.contains(where: { mention.name.hasSuffix($0) }) {
            let key = mention.knownAs ?? mention.name
            if let seen = found[key], seen.unicodeScalars.count >= mention.name.unicodeScalars.count { continue }
            found[key] = mention.name
        }
        return found.count == 1 ? found.values.first! + post : nil
    }

    static func sentenceEnd(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "\n" || c == "！" || c == "？" || c == "!" || c == "?"
    }

    /// 辛国斌：… at the start of a line.
    private func addSpeakerLabels(_ s: [Unicode.Scalar], _ book: inout PeopleBook) {
        var lineStart = 0
        while lineStart < s.count {
            var start = lineStart
            while start < s.count, Segmenter.isSpace(s[start]), s[start] != "\n" { start += 1 }
            for length in [2, 3, 4] {
                let colon = start + length
                guard colon < s.count, s[colon] == ":" || s[colon] == "：" else { continue }
                if book.knownNames.contains(s, start, colon) || names.nameEnd(at: start, in: s, context: .weak) == colon {
                    book.add(OrganizationRecognizer.string(s, start, colon), posts: [],
                             evidence: Evidence(span: Span(start, colon), rule: "people.speaker", confidence: 0.7))
                }
                break
            }
            var next = start
            while next < s.count, s[next] != "\n" { next += 1 }
            lineStart = next + 1
        }
    }

    /// Byline cues → whether the cue needs a colon (`colonOnlyCues`), so a cue found in running text is
    /// judged without making its String.
    static let bylineCues = ScalarTrie(["责任编辑", "编辑", "记者", "通讯员", "作者", "撰稿", "文字", "摄影", "图片", "文", "图", "摄"]
        .map { ($0, colonOnlyCues.contains($0)) })

    /// Cues that are ordinary words or characters elsewhere (文, 图, 摄影): a byline only with a colon (文字:张三 摄影:李四).
    static let colonOnlyCues: Set<String> = ["文字", "摄影", "图片", "文", "图", "摄"]

    /// Words that may follow a name in a byline (记者张三报道, 记者 李四 摄).
    static let bylineEnds = ScalarTrie(["报道", "摄", "综合报道", "发自", "通讯员", "记者", "实习生"].map { ($0, true) })

    private func addBylines(_ s: [Unicode.Scalar], _ book: inout PeopleBook) {
        var i = 0
        while i < s.count {
            guard let cue = Self.bylineCues.longestMatch(in: s, at: i) else {
                i += 1
                continue
            }
            var j = i + cue.length
            if cue.value, j >= s.count || (s[j] != ":" && s[j] != "：") {
                i += 1
                continue
            }
            let role = bylineRole(cue: Self.string(s, i, j), at: i, in: s)
            while j < s.count, s[j] == " " || s[j] == "\u{3000}" || s[j] == ":" || s[j] == "：" { j += 1 }
            // Space- or 、-separated names, each ending at a space, punctuation or a byline word (报道, 摄).
            var added = false
            while j < s.count, let end = names.nameEnd(at: j, in: s, context: .afterPost), (2...4).contains(end - j) {
                guard end == s.count || !s[end].isHan || Self.bylineEnds.longestMatch(in: s, at: end) != nil else { break }
                book.add(OrganizationRecognizer.string(s, j, end), posts: role.map { [$0] } ?? [],
                         evidence: Evidence(span: Span(j, end), rule: "people.byline", confidence: 0.8))
                added = true
                j = end
                while j < s.count, s[j] == " " || s[j] == "\u{3000}" || s[j] == "、" { j += 1 }
            }
            i = added ? j : i + 1
        }
    }

    /// Byline roles that are a post of the person named after them (记者, 通讯员, 责任编辑); 作者/撰稿 are not.
    static let bylineRoles: Set<String> = ["记者", "通讯员", "编辑", "责任编辑"]

    /// The post a byline gives (记者 张三 → 记者); an outlet right before the cue joins it (宜宾日报记者 → 宜宾日报记者).
    private func bylineRole(cue: String, at i: Int, in s: [Unicode.Scalar]) -> Post? {
        guard Self.bylineRoles.contains(cue) else { return nil }
        let start = organizations.nameStart(endingAt: i, in: s)
        var organization: String?
        if start < i {
            let outlet = Self.string(s, start, i)
            let scalars = Array(outlet.unicodeScalars)
            let isOutlet = organizations.lexicons.media.contains(outlet)
                || organizations.lexicons.suffixesEndingAt.longestMatch(in: scalars, at: scalars.count)?.value.kind == .media
            if isOutlet { organization = outlet }
        }
        let span = Span(organization == nil ? i : start, i + cue.unicodeScalars.count)
        return Post(title: (organization ?? "") + cue, organization: organization, position: cue,
                    evidence: Evidence(span: span, rule: "people.byline", confidence: 0.8))
    }

    static func string(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        OrganizationRecognizer.string(s, start, end)
    }

    /// Ends of a clause for list reading: sentence ends and the clause separators.
    static let clauseEnds: Set<Unicode.Scalar> = Set("。！？!?\n，,；;：:".unicodeScalars)

    /// `clauseEnds.contains(c)` as a switch: list scans test every character of a clause.
    @inline(__always)
    static func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "!", "?", "\n", "，", ",", "；", ";", "：", ":": return true
        default: return false
        }
    }

    /// Runs of names in 、-lists. Reads scalars only around each 、 (no segment strings: most text has no lists).
    private func addLists(_ s: [Unicode.Scalar], _ book: inout PeopleBook) {
        var i = 0
        while i < s.count {
            guard s[i] == "、" else { i += 1; continue }
            var lo = i, hi = i
            while lo > 0, !Self.isClauseEnd(s[lo - 1]) { lo -= 1 }
            while hi < s.count, !Self.isClauseEnd(s[hi]) { hi += 1 }
            var items: [Span] = []
            var start = lo
            for k in lo...hi where k == hi || s[k] == "、" {
                var a = start, b = k
                while a < b, Segmenter.isSpace(s[a]) { a += 1 }
                while b > a, Segmenter.isSpace(s[b - 1]) { b -= 1 }
                items.append(Span(a, b))
                start = k + 1
            }
            let afterColon = lo > 0 && (s[lo - 1] == "：" || s[lo - 1] == ":")
            addNameRuns(items, afterColon: afterColon, in: s, &book)
            i = hi
        }
    }

    /// Names in consecutive list items: every item exactly a name, the last one running on into the
    /// sentence (李双喜等市领导参会, 魏建军以及…). A run counts with a known name in it, when it ends in 等,
    /// or when it has three names after a colon (出席的有：王建华、李国庆、赵明亮).
    private func addNameRuns(_ items: [Span], afterColon: Bool, in s: [Unicode.Scalar], _ book: inout PeopleBook) {
        var run: [Span] = []
        var runEndsWithCue = false
        func flush() {
            defer { run = []; runEndsWithCue = false }
            guard run.count >= 2 else { return }
            guard runEndsWithCue || run.contains(where: { book.knownNames.contains(s, $0.start, $0.end) })
                    || (afterColon && run.count >= 3)
            else { return }
            let names = run.map { OrganizationRecognizer.string(s, $0.start, $0.end) }
            for (name, span) in zip(names, run) {
                book.add(name, posts: [], evidence: Evidence(span: span, rule: "people.list", confidence: 0.7))
            }
        }
        for (index, span) in items.enumerated() {
            let isLast = index == items.count - 1
            if !isLast, isExactName(span, in: s, known: book.knownNames) {
                run.append(span)
                continue
            }
            if isLast || !run.isEmpty, span.length > 0,
               let end = names.nameEnd(at: span.start, in: s, context: .weak, known: book.knownNames), end < span.end || isLast {
                run.append(Span(span.start, end))
                runEndsWithCue = OrganizationRecognizer.hasPrefix(s, "等", at: end)
            }
            flush()
        }
        flush()
    }

    /// Whether a list item is exactly a name (a known one, or surname + 1–2 characters that is no common word).
    private func isExactName(_ span: Span, in s: [Unicode.Scalar], known: ScalarTrie<Bool>) -> Bool {
        if known.contains(s, span.start, span.end) { return true }
        guard (2...4).contains(span.length) else { return false }
        return names.nameEnd(at: span.start, in: s, context: .weak) == span.end
    }
}

/// People collected while reading one article: each name once, posts merged, first mention kept.
struct PeopleBook {
    /// Two posts with the same key are one (工信部副部长 = 工业和信息化部副部长).
    let postKey: (Post) -> String
    private var order: [String] = []
    private var byName: [String: Person] = [:]
    /// Names seen so far, as a trie: the rules ask whether a stretch of the text is a known name at many
    /// offsets, and this answers from the scalars without making or hashing a String.
    private(set) var knownNames = ScalarTrie<Bool>()

    init(postKey: @escaping (Post) -> String) {
        self.postKey = postKey
    }

    mutating func add(_ name: String, posts: [Post], evidence: Evidence) {
        if var person = byName[name] {
            person.posts = merged(person.posts, posts)
            if evidence.confidence > person.evidence.confidence { person.evidence = evidence }
            byName[name] = person
        } else {
            order.append(name)
            knownNames.insert(name, true)
            byName[name] = Person(name: name, posts: merged([], posts), evidence: evidence)
        }
    }

    /// `kept` plus each of `new` that repeats none of them (same title or same key), in order; every
    /// post's key is made once.
    private func merged(_ kept: [Post], _ new: [Post]) -> [Post] {
        var out = kept
        var keys = kept.map(postKey)
        for post in new {
            let key = postKey(post)
            if out.indices.contains(where: { out[$0].title == post.title || keys[$0] == key }) { continue }
            out.append(post)
            keys.append(key)
        }
        return out
    }

    /// People in order of first mention; a bare post that ends another post of the same person is dropped
    /// (院长 beside 中国工程院院长, 副总理 beside 国务院副总理).
    func people() -> [Person] {
        order.compactMap { byName[$0] }.map { person in
            var p = person
            p.posts = person.posts.filter { post in
                !person.posts.contains { other in other.title != post.title && other.title.hasSuffix(post.title) }
            }
            return p
        }
    }
}
