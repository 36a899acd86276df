import Facts

/// An article's text as Unicode scalars: the unit spans count in (see `Span`),
/// with O(1) indexing so extractors never do String.Index arithmetic per character.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { ScalarText.decode($0) }
    }

    /// The scalars of valid UTF-8 (a String's storage is valid UTF-8), decoded in one pass into an array
    /// allocated once: `Array(text.unicodeScalars)` counted the scalars in a first pass and copied them
    /// one by one through the generic sequence path, a tenth of extraction's time.
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        // Each scalar takes at least one byte: `utf8.count` bounds the scalar count.
        [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
            var i = 0, n = 0
            let end = utf8.count
            while i < end {
                let b0 = UInt32(utf8[i])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0
                    i += 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                        | UInt32(utf8[i + 3] & 0x3F)
                    i += 4
                }
                // Valid UTF-8 decodes to valid scalar values only (no surrogates, at most 0x10FFFF).
                buffer[n] = Unicode.Scalar(v).unsafelyUnwrapped
                n += 1
            }
            count = n
        }
    }

    public var count: Int { scalars.count }

    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The text of a span.
    public subscript(span: Span) -> String {
        ScalarText.string(scalars[span.start..<span.end])
    }

    /// A String of scalars (`String(scalars:)`, one allocation).
    @inlinable
    public static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        String(scalars: scalars)
    }

    /// The text between two offsets, clamped to the text.
    public func string(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, count)), hi = max(lo, min(end, count))
        return self[Span(lo, hi)]
    }

    /// Offset of the first occurrence of `needle` at or after `from`, nil when absent.
    public func firstIndex(of needle: String, from: Int = 0) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= count else { return nil }
        var i = max(0, from)
        while i + n.count <= count {
            if scalars[i] == n[0] {
                var j = 1
                while j < n.count && scalars[i + j] == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs at `offset`.
    public func hasPrefix(_ needle: String, at offset: Int) -> Bool {
        var i = offset
        for u in needle.unicodeScalars {
            guard i < count, scalars[i] == u else { return false }
            i += 1
        }
        return true
    }
}

extension Unicode.Scalar {
    /// CJK Unified Ideographs (with extension A and compatibility ideographs): the Han characters of names and words.
    public var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return true
        default: return false
        }
    }

    public var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
