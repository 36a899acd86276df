/// Where a fact came from: the passage, the rule that matched it and how sure the rule is.
/// Every fact carries one, so "why does the database say this?" is one query.
public struct Evidence: Hashable, Sendable, Codable {
    public var span: Span
    /// Name of the extraction rule, e.g. `people.title-chain`.
    public var rule: String
    /// 0...1; rules set it from how specific their context is.
    public var confidence: Double

    public init(span: Span, rule: String, confidence: Double = 0.9) {
        self.span = span
        self.rule = rule
        self.confidence = confidence
    }
}
