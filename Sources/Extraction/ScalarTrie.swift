/// A dictionary of words over Unicode scalars for one-pass longest-match lookups in `ScalarText`.
///
/// Built once per lexicon (static), then read concurrently: lookups never allocate.
/// A `reversed` trie stores words back to front, so it answers "which word ends here?"
/// by walking left from an offset — what backward scans from a post or suffix need.
struct ScalarTrie<Value: Sendable>: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [Value?] = [nil]
    let reversed: Bool
    /// Longest word length, to bound scans.
    private(set) var maxLength = 0
    /// Bit set of the Basic Multilingual Plane scalars that start a word (end one, when reversed): most
    /// offsets of a text start none, and this answers them without hashing.
    private var firstScalars = [UInt64](repeating: 0, count: 1024)

    /// Whether no word starts with `s` (a cheap no; a yes still walks the trie).
    @inline(__always)
    private func startsNoWord(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x10000 && firstScalars[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0
    }

    init(reversed: Bool = false) {
        self.reversed = reversed
    }

    init<S: Sequence>(_ words: S, reversed: Bool = false) where S.Element == (String, Value) {
        self.init(reversed: reversed)
        for (word, value) in words { insert(word, value) }
    }

    /// Adds `word`; a later insert of the same word keeps the first value (lexicon order wins).
    mutating func insert(_ word: String, _ value: Value) {
        let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return }
        let v = scalars[0].value
        if v < 0x10000 { firstScalars[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        var node = 0
        for s in scalars {
            if let next = children[node][s.value] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(nil)
                let next = children.count - 1
                children[node][s.value] = Int32(next)
                node = next
            }
        }
        if values[node] == nil { values[node] = value }
        maxLength = max(maxLength, scalars.count)
    }

    func contains(_ word: String) -> Bool {
        let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
        var node = 0
        for s in scalars {
            guard let next = children[node][s.value] else { return false }
            node = Int(next)
        }
        return values[node] != nil
    }

    func value(of word: String) -> Value? {
        let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
        var node = 0
        for s in scalars {
            guard let next = children[node][s.value] else { return nil }
            node = Int(next)
        }
        return values[node]
    }

    /// Longest word starting at `start` (forward trie) or ending at `start` (reversed trie: the word
    /// occupies `start - length ..< start`). Returns its length and value.
    func longestMatch(in text: [Unicode.Scalar], at start: Int) -> (length: Int, value: Value)? {
        var best: (Int, Value)?
        walk(text, from: start, maxLength: .max) { length, value in
            best = (length, value)
            return false
        }
        return best
    }

    /// Every word starting (or, reversed, ending) at `start`, shortest first.
    func allMatches(in text: [Unicode.Scalar], at start: Int) -> [(length: Int, value: Value)] {
        var out: [(Int, Value)] = []
        walk(text, from: start, maxLength: .max) { length, value in
            out.append((length, value))
            return false
        }
        return out
    }

    /// Whether a word of at most `maxLength` scalars starting (or, reversed, ending) at `start` has a value
    /// that `accept` takes: `allMatches(...).contains { ... }` without building the array.
    func containsMatch(in text: [Unicode.Scalar], at start: Int, maxLength: Int, where accept: (Value) -> Bool) -> Bool {
        var found = false
        walk(text, from: start, maxLength: maxLength) { _, value in
            found = accept(value)
            return found
        }
        return found
    }

    /// The one walk the lookups share: follows the text from `start` (backwards in a reversed
    /// trie) for at most `maxLength` scalars and hands `body` each word it passes, shortest
    /// first, until `body` returns true.
    @inline(__always)
    private func walk(_ text: [Unicode.Scalar], from start: Int, maxLength: Int,
                      _ body: (_ length: Int, _ value: Value) -> Bool) {
        let first = reversed ? start - 1 : start
        if first >= 0, first < text.count, startsNoWord(text[first]) { return }
        var node = 0
        var length = 0
        while length < maxLength {
            let i = reversed ? start - 1 - length : start + length
            guard i >= 0, i < text.count, let next = children[node][text[i].value] else { return }
            node = Int(next)
            length += 1
            if let v = values[node], body(length, v) { return }
        }
    }
}
