/// The word lists organization extraction (and the title-chain parser) read, loaded once per process.
struct OrganizationLexicons: Sendable {
    enum SuffixKind: String, Sendable {
        case standalone, subunit, media, `internal`, local
    }
    struct Suffix: Sendable {
        let word: String
        let kind: SuffixKind
        /// Also ends ordinary phrases: the name must begin like a body's name.
        let weak: Bool
        /// Ends in 公司 or 集团: a company, whose brand a one-character boundary may have cut off.
        let endsCompanyWord: Bool

        init(word: String, kind: SuffixKind, weak: Bool) {
            self.word = word
            self.kind = kind
            self.weak = weak
            endsCompanyWord = word.hasSuffix("公司") || word.hasSuffix("集团")
        }
    }
    enum BoundaryKind: Sendable { case word, char }

    /// Organization suffixes read forward (hits in running text).
    let suffixes: ScalarTrie<Suffix>
    /// The same, read backward (which suffix ends here?).
    let suffixesEndingAt: ScalarTrie<Suffix>
    /// Words overlapping a suffix character that make it no suffix (会议, 社会, 院士…).
    let decoys: ScalarTrie<Bool>
    /// Boundary words, read backward.
    let boundariesEndingAt: ScalarTrie<BoundaryKind>
    /// Words that keep a one-character boundary inside a name (对外, 日本, 工业和信息化).
    let keepWords: ScalarTrie<Bool>
    /// Well-known bodies, every form (full and short) → the full name, read backward and forward.
    let knownEndingAt: ScalarTrie<String>
    let known: ScalarTrie<String>
    /// Full name → its forms in lexicon order (full first).
    let knownForms: [String: [String]]
    /// Every tail of every known form (工业和信息化部, 业和信息化部, …): a text is inside some known form
    /// exactly when it begins one of these, which the trie answers in one walk.
    let knownFormTails: ScalarTrie<Bool>
    /// Media outlets and platforms → ambiguous flag.
    let media: ScalarTrie<Bool>
    /// Words a body's name may begin with (中国, 国家…), plus place names from places.tsv.
    let heads: ScalarTrie<Bool>
    /// Generic phrases that look like organizations (各级各部门, 国家部委).
    let genericPrefixes: [String]
    /// The same, as a trie: which of them begins a name, without a String per candidate.
    let genericPrefixTrie: ScalarTrie<Bool>
    /// Trade words of company names (技术, 科技, 控股).
    let descriptors: ScalarTrie<Bool>

    static let shared = OrganizationLexicons()

    init() {
        var suffixes = ScalarTrie<Suffix>()
        var suffixesBack = ScalarTrie<Suffix>(reversed: true)
        for row in Lexicon(named: "organization-suffixes").entries {
            let suffix = Suffix(word: row[0], kind: SuffixKind(rawValue: row.count > 1 ? row[1] : "") ?? .standalone,
                                weak: row.count > 2 && row[2] == "weak")
            suffixes.insert(row[0], suffix)
            suffixesBack.insert(row[0], suffix)
        }
        self.suffixes = suffixes
        suffixesEndingAt = suffixesBack

        var decoys = ScalarTrie<Bool>()
        for word in Lexicon(named: "organization-decoys").words { decoys.insert(word, true) }
        // Posts are decoys too: 部 in 部长, 会 in 会长 end no organization.
        for row in Lexicon(named: "positions").entries where row.count < 2 || row[1] != "modifier" {
            decoys.insert(row[0], true)
        }
        self.decoys = decoys

        var boundaries = ScalarTrie<BoundaryKind>(reversed: true)
        var keep = ScalarTrie<Bool>()
        for row in Lexicon(named: "boundary-words").entries {
            switch row.count > 1 ? row[1] : "word" {
            case "keep": keep.insert(row[0], true)
            case "char": boundaries.insert(row[0], .char)
            default: boundaries.insert(row[0], .word)
            }
        }
        boundariesEndingAt = boundaries
        keepWords = keep

        var known = ScalarTrie<String>()
        var knownBack = ScalarTrie<String>(reversed: true)
        var forms: [String: [String]] = [:]
        for row in Lexicon(named: "organization-abbreviations").entries {
            let full = row[0]
            let all = row.filter { !$0.isEmpty }
            forms[full] = all
            for form in all where form.unicodeScalars.count >= 2 {
                known.insert(form, full)
                knownBack.insert(form, full)
            }
        }
        self.known = known
        knownEndingAt = knownBack
        knownForms = forms
        var tails = ScalarTrie<Bool>()
        for form in forms.values.joined() {
            let scalars = Array(form.unicodeScalars)
            for k in scalars.indices { tails.insert(ScalarText.string(scalars[k...]), true) }
        }
        knownFormTails = tails

        var media = ScalarTrie<Bool>()
        for row in Lexicon(named: "media-outlets").entries {
            media.insert(row[0], row.count > 1 && row[1] == "1")
        }
        self.media = media

        var heads = ScalarTrie<Bool>()
        for word in Lexicon(named: "organization-heads").words { heads.insert(word, true) }
        // Place names (full and short forms) begin the names of local bodies: 保定市人民政府, 宁波日报.
        for row in Lexicon(named: "places").entries {
            if row[0].unicodeScalars.count >= 2 { heads.insert(row[0], true) }
            if row.count > 1, row[1].unicodeScalars.count >= 2 { heads.insert(row[1], true) }
        }
        self.heads = heads
        genericPrefixes = Lexicon(named: "organization-generic").words
        genericPrefixTrie = ScalarTrie(genericPrefixes.map { ($0, true) })
        descriptors = ScalarTrie(Lexicon(named: "organization-descriptors").words.map { ($0, true) })
    }
}
