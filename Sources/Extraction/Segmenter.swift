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

    static let openers: [Unicode.Scalar: Unicode.Scalar] = [
        "《": "》", "“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "〈": "〉", "【": "】",
    ]

    /// Lines of the text (paragraphs), empty ones skipped.
    public static func paragraphs(_ text: ScalarText) -> [Segment] {
        split(text, in: Span(0, text.count), at: ["\n"], nesting: false)
    }

    /// Sentences of the whole text.
    public static func sentences(_ text: ScalarText) -> [Segment] {
        split(text, in: Span(0, text.count), at: sentenceEnds, nesting: true)
    }

    /// Clauses of a span (usually a sentence), split at ，；：.
    public static func clauses(_ text: ScalarText, in span: Span) -> [Segment] {
        split(text, in: span, at: clauseSeparators, nesting: true)
    }

    /// List items of a span, split at 、 (and, when `commas` is set, at ，；too).
    public static func listItems(_ text: ScalarText, in span: Span, commas: Bool = false) -> [Segment] {
        split(text, in: span, at: commas ? listAndClauseSeparators : listSeparators, nesting: true)
    }

    /// Cuts `span` at any scalar of `separators` that is outside brackets and quotes (when `nesting`).
    /// A line break always cuts, so an unbalanced quote cannot swallow the rest of an article.
    public static func split(_ text: ScalarText, in span: Span, at separators: Set<Unicode.Scalar>,
                             nesting: Bool) -> [Segment] {
        var segments: [Segment] = []
        var closers: [Unicode.Scalar] = []
        var start = span.start
        var i = span.start
        // Separators as a small array: a linear scan of a few values beats hashing every scalar.
        let separatorValues = separators.map(\.value)
        let s = text.scalars
        // Han characters and ASCII digits and small letters, most of the text, neither open nor close
        // anything, so they are passed over at once unless one of them separates here.
        let isWordScalar = { (c: Unicode.Scalar) in
            c.isHan || (c.value >= 0x30 && c.value <= 0x7A && (c.value <= 0x39 || c.value >= 0x61))
        }
        let skipsWordScalars = !separators.contains(where: isWordScalar)
        while i < span.end {
            let c = s[i]
            if skipsWordScalars && isWordScalar(c) {
                i += 1
                continue
            }
            if nesting {
                if let closer = openers[c] {
                    closers.append(closer)
                } else if let last = closers.last, c == last {
                    closers.removeLast()
                } else if c == "”" || c == "’", closers.contains(c) {
                    // A closing quote whose inner brackets never closed: unwind to it.
                    while let last = closers.popLast(), last != c {}
                }
            }
            if c == "\n" || (closers.isEmpty && separatorValues.contains(c.value)) {
                if c == "\n" { closers.removeAll() }
                append(text, start, i, to: &segments)
                start = i + 1
            }
            i += 1
        }
        append(text, start, span.end, to: &segments)
        return segments
    }

    private static func append(_ text: ScalarText, _ start: Int, _ end: Int, to segments: inout [Segment]) {
        var lo = start, hi = end
        while lo < hi, isSpace(text[lo]) { lo += 1 }
        while hi > lo, isSpace(text[hi - 1]) { hi -= 1 }
        guard lo < hi else { return }
        let span = Span(lo, hi)
        segments.append(Segment(span: span, text: text[span]))
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c == "\r" || c == "\n"
    }
}
