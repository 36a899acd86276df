/// A half-open range of Unicode scalar offsets into an article's normalized text
/// (`Article.text`). Scalars, not Characters or UTF-16 units, because SQLite's
/// `substr()` on TEXT counts code points: `substr(text, start + 1, end - start)`
/// returns exactly the passage.
public struct Span: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (a: Span, b: Span) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}
