/// Literal word search over Unicode scalars, for the extractors' inner loops.
///
/// Foundation's `String.contains`/`range(of:)`/`replacingOccurrences` bridge and compare by
/// canonical equivalence on every call, which made them most of extraction's CPU time. The genre's
/// text and words are Han characters and punctuation without combining marks, so comparing scalars
/// finds exactly the same occurrences.
enum ScalarSearch {
    /// A word as scalars, for the static word lists of the extractors' inner loops: comparing a
    /// `String` to scalars decodes its UTF-8 on every call.
    static func word(_ w: String) -> [Unicode.Scalar] { Array(w.unicodeScalars) }

    /// Whether `word` occurs at `i` in `s` (the whole word inside `s`). The empty word occurs everywhere.
    @inline(__always)
    static func matches(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int) -> Bool {
        let n = word.count
        guard i >= 0, i + n <= s.count else { return false }
        var k = 0
        while k < n {
            if s[i + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `word` ends at `end` and starts at or after `lower`.
    @inline(__always)
    static func endsWith(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar], at end: Int, lower: Int = 0) -> Bool {
        end - word.count >= max(lower, 0) && matches(s, word, at: end - word.count)
    }

    /// Offset of the first occurrence of `word` in `s[lo..<hi]`, nil when absent.
    static func firstIndex<C: RandomAccessCollection>(of word: [Unicode.Scalar], in s: C, _ lo: Int, _ hi: Int) -> Int?
    where C.Element == Unicode.Scalar, C.Index == Int {
        let n = word.count
        // Like Foundation, the empty word occurs nowhere.
        guard n > 0 else { return nil }
        let first = word[0]
        var i = max(lo, s.startIndex)
        let last = min(hi, s.endIndex) - n
        while i <= last {
            if s[i] == first {
                var k = 1
                while k < n && s[i + k] == word[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    static func firstIndex(of word: String, in s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Int? {
        firstIndex(of: Array(word.unicodeScalars), in: s, lo, hi)
    }

    static func contains(_ word: String, in s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Bool {
        firstIndex(of: Array(word.unicodeScalars), in: s, lo, hi) != nil
    }

    /// Whether `text` contains `word` (both compared scalar by scalar).
    static func contains(_ text: String, _ word: String) -> Bool {
        let s = Array(text.unicodeScalars)
        return firstIndex(of: Array(word.unicodeScalars), in: s, 0, s.count) != nil
    }

    /// Non-overlapping occurrences of `word` in `s`, left to right (what `components(separatedBy:).count - 1` counts).
    static func count(_ word: [Unicode.Scalar], in s: [Unicode.Scalar]) -> Int {
        var n = 0
        var i = 0
        while let at = firstIndex(of: word, in: s, i, s.count) {
            n += 1
            i = at + word.count
        }
        return n
    }

    /// `s` with every non-overlapping occurrence of `word` removed, scanning left to right once
    /// (what `replacingOccurrences(of: word, with: "")` does).
    static func removing(_ word: [Unicode.Scalar], from s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !word.isEmpty, var at = firstIndex(of: word, in: s, 0, s.count) else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var from = 0
        while true {
            out.append(contentsOf: s[from..<at])
            from = at + word.count
            guard let next = firstIndex(of: word, in: s, from, s.count) else { break }
            at = next
        }
        out.append(contentsOf: s[from...])
        return out
    }

    static func string(_ s: [Unicode.Scalar]) -> String {
        ScalarText.string(s)
    }
}

/// The first scalars of a list of words as a bit set, for "can one of the words start here?" prechecks
/// in per-scalar loops: one load and a mask instead of a trie walk or a scan per word. A filter, not a
/// set: it answers true for every scalar beyond the Basic Multilingual Plane, so callers still match
/// the words themselves, and a false answer is always right.
struct FirstScalarFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ words: S) where S.Element == [Unicode.Scalar] {
        for w in words {
            guard let c = w.first, c.value < 0x10000 else { continue }
            bits[Int(c.value >> 6)] |= 1 << UInt64(c.value & 63)
        }
    }

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(words.map { Array($0.unicodeScalars) })
    }

    /// The first offset in `lo..<hi` whose scalar may start a word, `hi` when there is none: the
    /// skipping loop over raw buffers, for scans where most scalars start nothing.
    func next(in s: [Unicode.Scalar], from lo: Int, to hi: Int) -> Int {
        bits.withUnsafeBufferPointer { bits in
            s.withUnsafeBufferPointer { s in
                var i = max(lo, 0)
                let end = min(hi, s.count)
                while i < end {
                    let v = s[i].value
                    if v >= 0x10000 || bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return i }
                    i += 1
                }
                return max(hi, lo)
            }
        }
    }

    @inline(__always)
    func mayStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v >= 0x10000 || bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }
}
