import Foundation

/// The kind of file an article arrived as, detected from the content.
public enum ArticleFormat: String, Sendable, Codable {
    case plain, frontMatter = "front-matter", html
}

/// An article after decoding and normalization, ready for extraction and storage.
///
/// Invariant: `text` is what extractors read and what spans index (by Unicode scalar);
/// `original` is the decoded file verbatim and is never used for offsets.
public struct Article: Sendable, Equatable {
    /// Path relative to the folder it was imported from (the file name for a file given directly).
    public var source: String
    public var title: String?
    /// ISO 8601 date (`2022-03-01`) from front matter, meta tags or a `发布时间:` line.
    public var published: String?
    public var format: ArticleFormat
    /// Encoding the bytes were decoded from: `utf-8`, `gb18030`, `utf-16le`, `utf-16be`.
    public var encoding: String
    /// `Hans` or `Hant`: the script of the original text.
    public var script: String
    /// Decoded file, verbatim.
    public var original: String
    /// Article body only (no chrome, no markup), NFKC width-folded, Simplified,
    /// pinyin glosses removed, paragraphs separated by "\n".
    public var text: String
    /// Problems noticed but not guessed at (mojibake spots, unclosed front matter…).
    public var warnings: [String]

    public init(source: String, title: String? = nil, published: String? = nil,
                format: ArticleFormat = .plain, encoding: String = "utf-8", script: String = "Hans",
                original: String, text: String, warnings: [String] = []) {
        self.source = source
        self.title = title
        self.published = published
        self.format = format
        self.encoding = encoding
        self.script = script
        self.original = original
        self.text = text
        self.warnings = warnings
    }
}
