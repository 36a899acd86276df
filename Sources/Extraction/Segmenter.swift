import Facts

/// Splits normalized article text into paragraphs, sentences and clauses, keeping spans.
///
/// Invariant: every segment's span indexes the `ScalarText` it was cut from, and
/// `text[segment.span] == segment.text`. Separators are never inside a segment;
/// leading and trailing spaces are trimmed from it. Separators inside 《》“”‘’「」（）()
/// do not split, because book titles, quoted event names and parenthesised asides
/// carry punctuation of their own ("《河北省制造业高质量发展“十四五”规划》").
public enum Segmenter {
    /// Sentence ends: full stops, exclamation and question marks, and line breaks.
    public static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "\n"]
    /// Clause separators inside a sentence (the genre writes title chains and goal lists with them).
    public static let clauseSeparators: Set<Unicode.Scalar> = ["，", ",", "；", ";", "：", ":"]
    /// Enumeration comma between list items (names, posts, organizations).
    public static let listSeparators: Set<Unicode.Scalar> = ["、"]

    static let listAndClauseSeparators = listSeparators.union(clauseSeparators)

    /// Precomputed separator sets for the span functions (a set turned into an array per call showed in profiles).
    static let sentenceCut = Separators(sentenceEnds)
    static let clauseCut = Separators(clauseSeparators)
    static let listCut = Separators(listSeparators)
    static let listAndClauseCut = Separators(listAndClauseSeparators)
    static let lineCut = Separators(["\n"])

    /// Separators as a small array: a linear scan of a few values beats hashing every scalar.
    struct Separators {
        let values: [UInt32]
        /// Whether no separator is a word scalar, so word scalars can be passed over at once.
        let skipsWordScalars: Bool

        init(_ set: Set<Unicode.Scalar>) {
            values = set.map(\.value)
            skipsWordScalars = !set.contains(where: Segmenter.isWordScalar)
        }

        @inline(__always)
        func contains(_ c: Unicode.Scalar) -> Bool {
            for v in values where v == c.value { return true }
            return false
        }
    }

    /// The closing mark of an opening bracket or quote, nil for any other scalar.
    @inline(__always)
    static func closer(of c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "《": return "》"
        case "“": return "”"
        case "‘": return "’"
        case "「": return "」"
        case "『": return "』"
        case "（": return "）"
        case "(": return ")"
        case "〈": return "〉"
        case "【": return "】"
        default: return nil
        }
    }

    /// Han characters and ASCII digits and small letters, most of the text, neither open nor close anything.
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.isHan || (c.value >= 0x30 && c.value <= 0x7A && (c.value <= 0x39 || c.value >= 0x61))
    }

    /// Lines of the text (paragraphs), empty ones skipped.
    public static func paragraphs(_ text: ScalarText) -> [Segment] {
        segments(text, paragraphSpans(text))
    }

    /// Sentences of the whole text.
    public static func sentences(_ text: ScalarText) -> [Segment] {
        segments(text, sentenceSpans(text))
    }

    /// Clauses of a span (usually a sentence), split at ，；：.
    public static func clauses(_ text: ScalarText, in span: Span) -> [Segment] {
        segments(text, clauseSpans(text, in: span))
    }

    /// List items of a span, split at 、 (and, when `commas` is set, at ，；too).
    public static func listItems(_ text: ScalarText, in span: Span, commas: Bool = false) -> [Segment] {
        segments(text, listItemSpans(text, in: span, commas: commas))
    }

    /// Cuts `span` at any scalar of `separators` that is outside brackets and quotes (when `nesting`).
    /// A line break always cuts, so an unbalanced quote cannot swallow the rest of an article.
    public static func split(_ text: ScalarText, in span: Span, at separators: Set<Unicode.Scalar>,
                             nesting: Bool) -> [Segment] {
        segments(text, spans(text, in: span, at: Separators(separators), nesting: nesting))
    }

    static func segments(_ text: ScalarText, _ spans: [Span]) -> [Segment] {
        spans.map { Segment(span: $0, text: text[$0]) }
    }

    // The span functions below cut the same segments as those above without making their Strings:
    // the extractors make text only for what they emit.

    static func paragraphSpans(_ text: ScalarText) -> [Span] {
        spans(text, in: Span(0, text.count), at: lineCut, nesting: false)
    }

    /// Sentences of the whole text. They are also the sentences of each paragraph cut on its own: a line
    /// break cuts and resets the nesting, and both trim the same spaces.
    static func sentenceSpans(_ text: ScalarText) -> [Span] {
        spans(text, in: Span(0, text.count), at: sentenceCut, nesting: true)
    }

    static func clauseSpans(_ text: ScalarText, in span: Span) -> [Span] {
        spans(text, in: span, at: clauseCut, nesting: true)
    }

    static func listItemSpans(_ text: ScalarText, in span: Span, commas: Bool = false) -> [Span] {
        spans(text, in: span, at: commas ? listAndClauseCut : listCut, nesting: true)
    }

    static func spans(_ text: ScalarText, in span: Span, at separators: Separators, nesting: Bool) -> [Span] {
        var out: [Span] = []
        // One allocation for the usual few segments instead of growing 1, 2, 4, 8.
        out.reserveCapacity(8)
        var closers: [Unicode.Scalar] = []
        let skipsWordScalars = separators.skipsWordScalars
        text.scalars.withUnsafeBufferPointer { s in
            var start = span.start
            var i = span.start
            while i < span.end {
                let c = s[i]
                if skipsWordScalars && isWordScalar(c) {
                    i += 1
                    continue
                }
                if nesting {
                    if let closer = closer(of: c) {
                        closers.append(closer)
                    } else if let last = closers.last, c == last {
                        closers.removeLast()
                    } else if c == "”" || c == "’", closers.contains(c) {
                        // A closing quote whose inner brackets never closed: unwind to it.
                        while let last = closers.popLast(), last != c {}
                    }
                }
                if c == "\n" || (closers.isEmpty && separators.contains(c)) {
                    if c == "\n" { closers.removeAll() }
                    append(s, start, i, to: &out)
                    start = i + 1
                }
                i += 1
            }
            append(s, start, span.end, to: &out)
        }
        return out
    }

    @inline(__always)
    private static func append(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                               to spans: inout [Span]) {
        var lo = start, hi = end
        while lo < hi, isSpace(s[lo]) { lo += 1 }
        while hi > lo, isSpace(s[hi - 1]) { hi -= 1 }
        guard lo < hi else { return }
        spans.append(Span(lo, hi))
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c == "\r" || c == "\n"
    }
}
