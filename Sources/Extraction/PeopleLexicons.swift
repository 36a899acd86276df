/// The word lists people and title extraction read, loaded once per process.
struct PeopleLexicons: Sendable {
    enum SurnameKind: Sendable { case common, ambiguous }
    enum PositionKind: Sendable { case post, modifier, after }

    /// Single and compound surnames.
    let surnames: ScalarTrie<SurnameKind>
    /// Posts, read backward from the end of a title (reversed trie).
    let postsEndingAt: ScalarTrie<String>
    /// Posts read forward (to find where a post starts and ends in running text).
    let posts: ScalarTrie<String>
    /// Modifiers before a post (原, 前, 代), read backward.
    let modifiersEndingAt: ScalarTrie<String>
    /// Posts that may follow a bare name (习近平总书记, 周济院长).
    let afterName: ScalarTrie<String>
    /// For each post, the organization suffixes it heads (院长 → 院): resolves 周济院长 to a nearby 中国工程院.
    let headedSuffixes: [String: [String]]
    /// Words that may follow a name.
    let followers: ScalarTrie<Bool>
    /// Frequent words that look like a surname plus one or two characters but are not names
    /// (a trie: candidates are checked as scalars of the text, without a String each).
    let nonNames: ScalarTrie<Bool>
    /// Transliteration characters for foreign names.
    let transliteration: Set<Unicode.Scalar>

    static let shared = PeopleLexicons()

    /// Characters that never end a person's given name in this genre: particles, pronouns, post heads.
    static let notInGivenName: Set<Unicode.Scalar> = Set("的了是在和与及等说着过们个这那就都也还把被从对向为以于之其而或但所副原前代长任员记委部局市省县区会院司处厅办系负".unicodeScalars)

    /// `notInGivenName` as a bit set over the Basic Multilingual Plane (all of its characters lie there):
    /// name scans test it per character, and a Set<Unicode.Scalar> hashes every time.
    static let notInGivenNameBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for u in notInGivenName { bits[Int(u.value >> 6)] |= 1 << UInt64(u.value & 63) }
        return bits
    }()

    @inline(__always)
    static func isNotInGivenName(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x10000 && notInGivenNameBits[Int(u.value >> 6)] & (1 << UInt64(u.value & 63)) != 0
    }

    init() {
        var surnames = ScalarTrie<SurnameKind>()
        for row in Lexicon(named: "surnames").entries {
            surnames.insert(row[0], row.count > 1 && row[1] == "single-ambiguous" ? .ambiguous : .common)
        }
        self.surnames = surnames

        var postsBack = ScalarTrie<String>(reversed: true)
        var postsForward = ScalarTrie<String>()
        var modifiers = ScalarTrie<String>(reversed: true)
        var after = ScalarTrie<String>()
        var headed: [String: [String]] = [:]
        for row in Lexicon(named: "positions").entries {
            let word = row[0]
            let kind = row.count > 1 ? row[1] : "post"
            switch kind {
            case "modifier": modifiers.insert(word, word)
            case "after": after.insert(word, word)
            default:
                postsBack.insert(word, word)
                postsForward.insert(word, word)
                if row.count > 2, !row[2].isEmpty {
                    headed[word] = row[2].split(separator: "|").map(String.init)
                }
            }
        }
        postsEndingAt = postsBack
        posts = postsForward
        modifiersEndingAt = modifiers
        afterName = after
        headedSuffixes = headed

        var followers = ScalarTrie<Bool>()
        for word in Lexicon(named: "name-followers").words { followers.insert(word, true) }
        self.followers = followers
        nonNames = ScalarTrie(Lexicon(named: "name-stopwords").words.map { ($0, true) })
        transliteration = Set(Lexicon(named: "transliteration-characters").words.compactMap { $0.unicodeScalars.first })
    }
}
