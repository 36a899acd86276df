import SeededRandom
import Foundation

/// Generates article `index` of a corpus: shape, facts, form and encoding all follow from
/// (seed, index) alone, so any article can be regenerated on its own and a smaller corpus
/// is the head of a larger one.
struct CorpusGenerator: Sendable {
    struct GeneratedArticle {
        /// Path under the corpus folder: `NNN/aNNNNNN.txt`, a thousand articles a folder.
        var path: String
        var shape: ComposedArticle.Shape
        var file: ArticleFile
    }

    let seed: UInt64
    let vocabulary: Vocabulary
    /// Body size to aim for, in UTF-8 bytes (each article draws 80–120% of it).
    let targetBytes: Int

    init(seed: UInt64, vocabulary: Vocabulary = .shipped, targetBytes: Int = 10_000) {
        self.seed = seed
        self.vocabulary = vocabulary
        self.targetBytes = targetBytes
    }

    static let articlesPerFolder = 1000

    func article(_ index: Int, attempt: Int = 0) -> GeneratedArticle {
        let stream = index &+ attempt &* 0x1_0000_0000
        let cast = Cast(random: SplitMix64(seed: seed, stream: stream), vocabulary: vocabulary)
        let shapeRoll = cast.random.below(100)
        let shape: ComposedArticle.Shape
        switch shapeRoll {
        case ..<25: shape = .forumReport
        case ..<45: shape = .provincialPlan
        case ..<65: shape = .signingCeremony
        case ..<85: shape = .pressConference
        default: shape = .speech
        }
        var composed: ComposedArticle
        switch shape {
        case .forumReport: composed = ForumReport.compose(cast)
        case .provincialPlan: composed = ProvincialPlan.compose(cast)
        case .signingCeremony: composed = SigningCeremony.compose(cast)
        case .pressConference: composed = PressConference.compose(cast)
        case .speech: composed = Speech.compose(cast)
        }
        let size = targetBytes * cast.random.int(80...120) / 100
        composed.pad(toBytes: size - composed.chromeBytes, cast: cast)

        let formRoll = cast.random.below(100)
        let form: ArticleFile.Form
        if shape == .pressConference {
            // A live blog is a scraped page: plain lines with its chrome, sometimes Traditional.
            form = formRoll < 80 ? .plain : .traditionalPinyin
        } else if shape == .provincialPlan {
            form = formRoll < 70 ? .frontMatterHTML : (formRoll < 85 ? .plain : .traditionalPinyin)
        } else {
            form = formRoll < 65 ? .plain : (formRoll < 82 ? .frontMatterHTML : .traditionalPinyin)
        }
        let gb = cast.random.chance(0.12)
        let file = ArticleRenderer.render(composed, form: form, gb18030: gb, cast: cast,
                                          articleSalt: seed ^ UInt64(truncatingIfNeeded: stream))
        let folder = String(index / Self.articlesPerFolder).leftPadded(to: 3)
        let ext = form == .frontMatterHTML && cast.random.chance(0.5) ? "md" : "txt"
        return GeneratedArticle(path: "\(folder)/a\(String(index).leftPadded(to: 6)).\(ext)", shape: shape, file: file)
    }
}

extension ComposedArticle {
    var chromeBytes: Int { (chromeBefore + chromeAfter).reduce(0) { $0 + $1.utf8.count + 1 } }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
