import Facts

/// A piece of an article's text with its place in it.
public struct Segment: Sendable, Equatable {
    public let span: Span
    public let text: String

    public init(span: Span, text: String) {
        self.span = span
        self.text = text
    }
}
