import Foundation
import Facts

/// Why a file cannot become an article. Each case reads as the reason in a one-line error.
public enum RejectionReason: Error, Equatable, CustomStringConvertible {
    case empty
    case binary(String)
    case undecodable(String)
    case tooLarge(bytes: Int, limit: Int)
    case noArticleText(String)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary(let why): return "binary file (\(why))"
        case .undecodable(let why): return "cannot decode text (\(why))"
        case .tooLarge(let bytes, let limit): return "file too large (\(bytes) bytes, limit \(limit))"
        case .noArticleText(let why): return "no article text (\(why))"
        }
    }
}

/// Bytes of one file -> an `Article`: decode, detect the kind, drop chrome, normalize for extraction.
///
/// The steps, each its own type: `TextDecoder` -> `LineEndings` -> `FrontMatterParser` ->
/// `FormatDetector` / `TemplateStripper` / `HTMLTextExtractor` -> `MarkdownStripper` ->
/// `PinyinGlossRemover` -> `ScriptConverter` -> `WidthFolder` -> `WhitespaceNormalizer` ->
/// `PublishedDateFinder` -> `ChromeFilter` -> `HeadlineFinder` -> `MojibakeDetector` -> `PunctuationCanonicalizer`.
/// The last maps scalars one to one, so mojibake offsets are offsets into `Article.text`.
public struct Normalizer: Sendable {
    /// Files larger than this are rejected as `.tooLarge` (articles are kilobytes; 16 MiB is a dump, not a page).
    public static let defaultMaxBytes = 16 * 1024 * 1024

    public var maxBytes: Int

    public init(maxBytes: Int = Normalizer.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// - Throws: `RejectionReason` when the bytes are not an article.
    public func normalize(_ data: Data, source: String) throws -> Article {
        guard data.count <= maxBytes else { throw RejectionReason.tooLarge(bytes: data.count, limit: maxBytes) }
        guard !data.isEmpty else { throw RejectionReason.empty }
        let decoded = try TextDecoder().decode(data)
        let original = decoded.text
        var warnings = decoded.warnings
        var unified = LineEndings.normalize(original)
        if unified.unicodeScalars.first == "\u{FEFF}" { unified.unicodeScalars.removeFirst() }
        guard unified.unicodeScalars.contains(where: { !$0.properties.isWhitespace && !HanCharacter.isInvisible($0) }) else {
            throw RejectionReason.empty
        }

        var format = ArticleFormat.plain
        var title: String?
        var published: String?
        var body = unified
        switch FrontMatterParser().parse(unified) {
        case .parsed(let frontMatter):
            format = .frontMatter
            body = frontMatter.body
            title = frontMatter.fields["title"].flatMap { $0.isEmpty ? nil : $0 }
            published = PublishedDateFinder().fromFrontMatter(frontMatter.fields)
        case .unclosed:
            warnings.append("front matter opened by '---' on the first line never closes; read as plain text")
        case .none:
            break
        }

        if FormatDetector().isHTML(body) {
            if format == .plain { format = .html }
            let page = HTMLTextExtractor().extract(TemplateStripper().strip(body))
            body = page.text
            title = title ?? Self.pageHeadline(page)
            published = published ?? PublishedDateFinder().fromMeta(page.meta)
        } else {
            body = HTMLEntityDecoder().decode(body)
        }
        let markdown = MarkdownStripper()
        if format == .frontMatter || markdown.looksLikeMarkdown(body) {
            body = markdown.strip(body)
        }

        // Glosses, script and width go before the line-level steps so that chrome, dateline and headline
        // rules see Simplified, ASCII-digit text (發佈時間：２０２４ reads as 发布时间：2024). All three keep
        // what follows them comparable; the two folds map scalars one to one.
        body = PinyinGlossRemover().remove(body)
        let converted = ScriptConverter().convert(body)
        body = WidthFolder().fold(converted.text)

        var lines = WhitespaceNormalizer().lines(body)
        published = published ?? PublishedDateFinder().fromLines(lines)
        lines = ChromeFilter().filter(lines)
        if let known = title.flatMap(Self.normalizedHeadline) {
            title = known
            lines = Self.removingHeadline(known, from: lines)
        } else {
            let split = HeadlineFinder().split(lines)
            title = split.headline
            lines = split.rest
        }
        guard lines.contains(where: { HanCharacter.hanCount($0.unicodeScalars) > 0 }) else {
            throw RejectionReason.noArticleText("no Chinese text left after removing markup and page chrome")
        }

        var text = lines.joined(separator: "\n")
        // Canonicalization maps scalars one to one, so mojibake offsets found before it index `text`.
        warnings += MojibakeDetector().warnings(in: text)
        text = PunctuationCanonicalizer().canonicalize(text)

        return Article(source: source, title: title.flatMap(Self.normalizedHeadline), published: published,
                       format: format, encoding: decoded.encoding, script: converted.script,
                       original: original, text: text, warnings: warnings)
    }

    /// `<h1>` when the page has one, else `<title>` without its site suffix (`标题_栏目_网站`).
    static func pageHeadline(_ page: HTMLDocument) -> String? {
        if let h1 = page.heading, HanCharacter.hanCount(h1.unicodeScalars) >= 2 { return h1 }
        guard let title = page.title else { return page.heading }
        for separator in ["_", " - ", " | ", " — ", "－", " – "] {
            if let r = title.range(of: separator) {
                let head = title[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                if head.count >= 4 { return head }
            }
        }
        return title
    }

    /// Drops the headline line from the top of the body when the page repeats it there.
    static func removingHeadline(_ headline: String, from lines: [String]) -> [String] {
        let key = HTMLTextExtractor.collapse(headline)
        guard let n = lines.prefix(5).firstIndex(where: { HTMLTextExtractor.collapse($0) == key }) else { return lines }
        var rest = lines
        rest.remove(at: n)
        return rest
    }

    /// The headline in the same Simplified, width-folded, gloss-free form as the text; punctuation as written.
    static func normalizedHeadline(_ headline: String) -> String? {
        var h = WhitespaceNormalizer().lines(headline).joined(separator: " ")
        h = PinyinGlossRemover().remove(h)
        h = ScriptConverter().convert(h).text
        h = WidthFolder().fold(h)
        return h.isEmpty ? nil : h
    }
}
