/// One invented article before it is given a file form: its shape, headline, date and
/// paragraphs, plus any page chrome the shape carries (navigation lines, footers).
struct ComposedArticle {
    enum Shape: String, CaseIterable, Sendable {
        /// A forum report with long title-chain attendee lists (出席, 致辞, 主题演讲, 圆桌对话).
        case forumReport = "forum-report"
        /// A provincial plan with 到2025年 goals.
        case provincialPlan = "provincial-plan"
        /// A signing ceremony with projects and 投资N亿元 amounts.
        case signingCeremony = "signing-ceremony"
        /// A press-conference live blog with chrome lines, times and Q&A.
        case pressConference = "press-conference"
        /// A speech to a work meeting with masked numbers (****年).
        case speech
    }

    struct Date {
        var year: Int, month: Int, day: Int
        var iso: String { "\(year)-\(pad(month))-\(pad(day))" }
        var slashed: String { "\(year)/\(pad(month))/\(pad(day))" }
        private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    }

    var shape: Shape
    var title: String
    var published: Date
    var paragraphs: [String]
    /// Paragraph indices that are subheadings (rendered `<strong>` in HTML).
    var headings: Set<Int> = []
    /// Plain lines before and after the article (site navigation, copyright) — chrome.
    var chromeBefore: [String] = []
    var chromeAfter: [String] = []
    /// The shape hides numbers and the city behind `*`, as redacted speeches do.
    var masked = false
    /// Filler goes after this many opening paragraphs and before this many closing ones,
    /// so salutations, leads and sign-offs stay where the shape puts them.
    var fixedLead = 1
    var fixedTail = 0

    var bodyByteCount: Int { paragraphs.reduce(0) { $0 + $1.utf8.count + 1 } }

    /// Adds policy-register paragraphs at random places after the lead until the body
    /// reaches `bytes`, so every article lands near the target size.
    mutating func pad(toBytes bytes: Int, cast: Cast) {
        while bodyByteCount < bytes {
            let paragraph = cast.filler(sentences: cast.random.int(3...6))
            let low = min(fixedLead, paragraphs.count), high = max(low, paragraphs.count - fixedTail)
            let index = cast.random.int(low...high)
            paragraphs.insert(paragraph, at: index)
            headings = Set(headings.map { $0 >= index ? $0 + 1 : $0 })
        }
    }
}
