import Facts

/// Reads the chain of posts that stands before a name, right to left:
/// `中国工程院院士，清华大学党委常委、副校长，国家制造强国建设战略咨询委员会委员` → three pieces… four posts.
///
/// Pieces are joined by 、 or 兼, or by ， when the piece before the comma also ends in a post. A bare post
/// (副校长) takes the organization of the piece before it (清华大学副校长); a bare head of a local
/// government takes its place (宁波市委副书记、代市长 → 宁波市代市长, 黄石市委副书记、市长 → 黄石市长).
struct TitleChainParser: Sendable {
    /// One post as the text writes it, before inheritance.
    struct Piece: Equatable {
        /// The organization part, possibly empty (a bare post).
        var organization: Span
        /// The post with its modifiers (原副部长, 前总统, 资深副总裁).
        var position: Span
    }

    let people: PeopleLexicons
    let organizations: OrganizationRecognizer

    init(people: PeopleLexicons = .shared, organizations: OrganizationRecognizer = OrganizationRecognizer()) {
        self.people = people
        self.organizations = organizations
    }

    /// Whether a post ends exactly at `end`. Asked at every offset of an article: inlined, so most
    /// offsets cost only the trie's bit tests.
    @inline(__always)
    func postEnds(at end: Int, in s: [Unicode.Scalar]) -> Bool {
        people.postsEndingAt.hasMatch(in: s, at: end)
    }

    /// The pieces of the chain ending at `end` (usually where a name begins), left to right.
    func pieces(endingAt end: Int, in s: [Unicode.Scalar]) -> [Piece] {
        var pieces: [Piece] = []
        var cursor = end
        while let post = people.postsEndingAt.longestMatch(in: s, at: cursor) {
            var positionStart = cursor - post.length
            while let m = people.modifiersEndingAt.longestMatch(in: s, at: positionStart) {
                positionStart -= m.length
            }
            let orgStart = organizations.nameStart(endingAt: positionStart, in: s)
            pieces.insert(Piece(organization: Span(orgStart, positionStart), position: Span(positionStart, cursor)), at: 0)
            guard orgStart > 0 else { break }
            let link = s[orgStart - 1]
            guard link == "、" || link == "兼" || link == "，" || link == "," else { break }
            cursor = orgStart - 1
            if pieces.count > 8 { break }
        }
        return pieces
    }

    /// The posts of the chain ending at `end`, with organizations inherited where the text leaves them out.
    func posts(endingAt end: Int, in s: [Unicode.Scalar], rule: String = "people.title-chain") -> [Post] {
        var out: [Post] = []
        var previousOrganization: String?
        for piece in pieces(endingAt: end, in: s) {
            let orgText = OrganizationRecognizer.string(s, piece.organization.start, piece.organization.end)
            let positionText = OrganizationRecognizer.string(s, piece.position.start, piece.position.end)
            let span = Span(piece.organization.start, piece.position.end)
            var organization: String?
            var position = positionText
            var title: String
            if orgText.isEmpty, let base = previousOrganization {
                if let place = localPlace(of: base, forHead: positionText) {
                    // 宁波市委副书记、代市长 → 宁波市代市长; 黄石市委副书记、市长 → 黄石市长.
                    organization = place
                    title = place.unicodeScalars.last == positionText.unicodeScalars.first
                        ? String(place.dropLast()) + positionText : place + positionText
                } else if isLocalHead(positionText) {
                    // 市委副书记、市长 with no place named: the post stays as written.
                    organization = nil
                    title = positionText
                } else {
                    organization = base
                    title = base + positionText
                }
            } else if !orgText.isEmpty, let base = previousOrganization, isInternalUnit(orgText) {
                // 百度集团资深副总裁、智能驾驶事业群组总经理: the unit belongs to the company before it.
                organization = base
                position = orgText + positionText
                title = base + orgText + positionText
            } else {
                let (org, rest) = splitOrganization(orgText)
                organization = org
                position = rest + positionText
                title = orgText + positionText
            }
            guard title.unicodeScalars.count <= 40 else { continue }
            if let org = organization, !org.isEmpty { previousOrganization = org }
            out.append(Post(title: title, organization: organization?.isEmpty == false ? organization : nil,
                            position: position, evidence: Evidence(span: span, rule: rule, confidence: 0.9)))
        }
        return out
    }

    /// Splits an organization part at its last organization suffix: 全国政协参政议政 → (全国政协, 参政议政).
    func splitOrganization(_ text: String) -> (String?, String) {
        let s = Array(text.unicodeScalars)
        guard !s.isEmpty else { return (nil, "") }
        var k = s.count
        while k >= 2 {
            if let m = organizations.lexicons.suffixesEndingAt.longestMatch(in: s, at: k), k - m.length >= 1 || m.value.kind == .local {
                return (OrganizationRecognizer.string(s, 0, k), OrganizationRecognizer.string(s, k, s.count))
            }
            if Self.placeEnds.contains(s[k - 1]) {
                return (OrganizationRecognizer.string(s, 0, k), OrganizationRecognizer.string(s, k, s.count))
            }
            k -= 1
        }
        return (text, "")
    }

    static let placeEnds: Set<Unicode.Scalar> = ["省", "市", "县", "区", "国", "州"]

    /// Whether an organization text names only a unit inside a body (董事局, 智能驾驶事业群组) with no body of its own.
    private func isInternalUnit(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        guard let m = organizations.lexicons.suffixesEndingAt.longestMatch(in: s, at: s.count) else {
            return !organizations.beginsLikeBody(s, 0) && organizations.lexicons.known.longestMatch(in: s, at: 0) == nil
                && !Self.placeEnds.contains(s[s.count - 1])
        }
        return m.value.kind == .internal
    }

    /// Whether a post heads a local government (市长, 代省长, 副县长).
    private func isLocalHead(_ position: String) -> Bool {
        guard let heads = people.headedSuffixes[position] else { return false }
        return heads.contains { ["省", "市", "县", "区", "州"].contains($0) }
    }

    /// For a local-government head (市长, 代省长…) after a party post of a place (宁波市委副书记), the place.
    private func localPlace(of organization: String, forHead position: String) -> String? {
        guard let heads = people.headedSuffixes[position] else { return nil }
        let s = Array(organization.unicodeScalars)
        for level in ["省", "市", "县", "区", "州"] where heads.contains(level) {
            let u = level.unicodeScalars.first!
            if let k = s.firstIndex(of: u), k >= 2 { return OrganizationRecognizer.string(s, 0, k + 1) }
        }
        return nil
    }
}
