import SeededRandom
import Foundation

/// How an invented article is written to disk: the forms the importer must read.
struct ArticleFile {
    enum Form: String, CaseIterable, Sendable {
        /// Plain text, paragraphs on their own lines, maybe indented, maybe with chrome lines.
        case plain
        /// Jekyll post: YAML front matter, then the body as one line of HTML `<p>` elements.
        case frontMatterHTML = "front-matter-html"
        /// Traditional script with pinyin inserted after some characters: 業(yè).
        case traditionalPinyin = "traditional-pinyin"
    }

    var form: Form
    var masked: Bool
    var encoding: String
    var bytes: Data
}

/// Renders a composed article in a form and encoding.
enum ArticleRenderer {
    /// GB18030 as Foundation names it on Linux (CFStringEncoding 0x0632, high bit set).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func render(_ composed: ComposedArticle, form: ArticleFile.Form, gb18030 useGB: Bool,
                       cast: Cast, articleSalt: UInt64) -> ArticleFile {
        var article = composed
        if article.masked {
            // Only the body is redacted; front matter and page chrome keep their dates.
            article.paragraphs = article.paragraphs.map { mask($0, city: cast.city) }
            article.title = mask(article.title, city: cast.city)
        }
        var text: String
        switch form {
        case .plain:
            text = plainText(article, random: &cast.random)
        case .frontMatterHTML:
            text = jekyllPost(article, cast: cast)
        case .traditionalPinyin:
            text = plainText(article, random: &cast.random)
            text = traditionalWithPinyin(text, salt: articleSalt, halfWidthCommas: cast.random.chance(0.5))
        }
        var encoding = "utf-8"
        var bytes = Data(text.utf8)
        if useGB, let encoded = text.data(using: gb18030) {
            encoding = "gb18030"
            bytes = encoded
        }
        return ArticleFile(form: form, masked: article.masked, encoding: encoding, bytes: bytes)
    }

    static func plainText(_ article: ComposedArticle, random: inout SplitMix64) -> String {
        let indent = ["", "", "      ", "\t", "　　"][random.below(5)]
        let separator = random.chance(0.4) ? "\n\n" : "\n"
        var lines = article.chromeBefore
        if article.chromeBefore.isEmpty, article.shape != .speech, random.chance(0.5) {
            lines.append(article.title)
        }
        lines += article.paragraphs.map { indent + $0 }
        var text = lines.joined(separator: separator)
        if !article.chromeAfter.isEmpty { text += "\n" + article.chromeAfter.joined(separator: "\n") }
        return text + "\n"
    }

    static func jekyllPost(_ article: ComposedArticle, cast: Cast) -> String {
        let hour = cast.random.int(7...22), minute = cast.random.int(10...59), second = cast.random.int(10...59)
        let paper = "\(cast.province.shortName)日报"
        var text = """
        ---
        layout: post
        title: "\(article.title)"
        date: \(article.published.iso) \(hour):\(minute):\(second) +0800
        categories: news\(cast.random.int(1...40))
        tags: \(paper)新闻
        ---

        """
        text += article.paragraphs.enumerated().map { index, paragraph in
            article.headings.contains(index) ? "<p><strong>\(paragraph)</strong></p>" : "<p>\(paragraph)</p>"
        }.joined()
        text += "<p class=\"em_media\">（文章来源：\(paper)）</p>\n\n"
        text += "<http://news.example.cn/html/NewsShare.html?infoCode=NW\(cast.random.int(100_000_000...999_999_999))>\n\n"
        text += "[返回\(paper)新闻](//news.example.cn/category/news.html)｜[返回首页](//news.example.cn/)\n"
        return text
    }

    /// Simplified → Traditional (ICU "Hans-Hant"), then a pinyin gloss after the converted
    /// characters the scraper chose to gloss. Which characters are glossed depends on the
    /// character and the article, never on hash-table order, so output is repeatable.
    static func traditionalWithPinyin(_ simplified: String, salt: UInt64, halfWidthCommas: Bool) -> String {
        let source = halfWidthCommas ? simplified.replacingOccurrences(of: "，", with: ",") : simplified
        guard let traditional = source.applyingTransform(StringTransform("Hans-Hant"), reverse: false) else {
            return source
        }
        let before = Array(source.unicodeScalars), after = Array(traditional.unicodeScalars)
        guard before.count == after.count else { return traditional }
        var out = String.UnicodeScalarView()
        for (s, t) in zip(before, after) {
            out.append(t)
            guard s != t else { continue }
            var mix = SplitMix64(seed: salt ^ UInt64(s.value))
            guard mix.chance(0.55), let gloss = Pinyin.shared.reading(of: s) else { continue }
            out.append(contentsOf: "(\(gloss))".unicodeScalars)
        }
        return String(out)
    }

    /// Redaction as published speeches do it: the city becomes `**`, every digit `*`.
    static func mask(_ text: String, city: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.replacingOccurrences(of: city, with: "**").unicodeScalars {
            out.append(("0"..."9").contains(scalar) ? "*" : scalar)
        }
        return String(out)
    }
}

/// Pinyin readings from ICU's "Han-Latin" transform, memoized (the transform is slow).
final class Pinyin: @unchecked Sendable {
    static let shared = Pinyin()
    private var cache: [Unicode.Scalar: String] = [:]
    private let lock = NSLock()

    func reading(of scalar: Unicode.Scalar) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[scalar] { return known.isEmpty ? nil : known }
        let latin = String(Character(scalar)).applyingTransform(StringTransform("Han-Latin"), reverse: false) ?? ""
        let reading = latin.unicodeScalars.allSatisfy({ $0.value < 0x2E80 }) ? latin : ""
        cache[scalar] = reading
        return reading.isEmpty ? nil : reading
    }
}
