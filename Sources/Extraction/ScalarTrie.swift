/// A dictionary of words over Unicode scalars for one-pass longest-match lookups in `ScalarText`.
///
/// Built once per lexicon (static), then read concurrently: lookups never allocate, hash nothing
/// with SipHash and retain nothing. A `reversed` trie stores words back to front, so it answers
/// "which word ends here?" by walking left from an offset — what backward scans from a post or
/// suffix need.
///
/// Layout (structs of arrays, no node objects): nodes are numbered from 0 (the root); every edge
/// `parent --scalar--> child` lives in one open-addressing table keyed by `parent << 21 | scalar`
/// (a scalar fits in 21 bits), probed linearly; a node that ends a word holds an index into `values`.
/// Invariants: the edge table is a power of two in size and at most half full, so every probe ends
/// at the key or at an empty slot; `valueIndex.count` is the node count.
struct ScalarTrie<Value: Sendable>: Sendable {
    /// Edge keys (`parent << 21 | scalar`), `emptyKey` where the slot is free.
    private var edgeKeys: [UInt64]
    /// The child node of the edge in the same slot.
    private var edgeChildren: [Int32]
    /// `edgeKeys.count - 1`.
    private var edgeMask: Int
    private var edgeCount = 0
    /// Per node: index into `values` of the word ending there, -1 when none.
    private var valueIndex: [Int32] = [-1]
    private var values: [Value] = []
    let reversed: Bool
    /// Longest word length, to bound scans.
    private(set) var maxLength = 0
    /// Bit set of the Basic Multilingual Plane scalars that start a word (end one, when reversed): most
    /// offsets of a text start none, and this answers them with one load.
    private var firstScalars = [UInt64](repeating: 0, count: 1024)
    /// The same for words of one scalar only: where such a word starts, the second scalar says nothing.
    private var singleScalars = [UInt64](repeating: 0, count: 1024)
    /// Bloom filter of the first two scalars of every longer word (last two, reversed): a text position
    /// whose first scalar passes `firstScalars` usually fails here, and a clear bit is a certain no.
    private var scalarPairs = [UInt64](repeating: 0, count: Self.pairWords)

    private static var pairWords: Int { 1024 }

    /// The bit of a pair of scalars in `scalarPairs` (a multiplicative hash into 65,536 bits).
    @inline(__always)
    private static func pairBit(_ a: UInt32, _ b: UInt32) -> (word: Int, mask: UInt64) {
        let h = (UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15
        let bit = Int(truncatingIfNeeded: h >> 48)
        return (bit >> 6, 1 << UInt64(bit & 63))
    }

    private static var emptyKey: UInt64 { .max }

    init(reversed: Bool = false) {
        self.reversed = reversed
        edgeKeys = [UInt64](repeating: Self.emptyKey, count: 64)
        edgeChildren = [Int32](repeating: 0, count: 64)
        edgeMask = 63
    }

    init<S: Sequence>(_ words: S, reversed: Bool = false) where S.Element == (String, Value) {
        self.init(reversed: reversed)
        for (word, value) in words { insert(word, value) }
    }

    // MARK: edges

    @inline(__always)
    private static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar)
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        // Fibonacci hashing: the multiply spreads the scalar bits into the high bits the shift keeps.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along `scalar`, -1 when there is none.
    @inline(__always)
    private func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
        let key = Self.key(node, scalar)
        return edgeKeys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(of: key, mask: edgeMask)
            while true {
                let k = keys[slot]
                if k == key { return edgeChildren.withUnsafeBufferPointer { $0[slot] } }
                if k == Self.emptyKey { return -1 }
                slot = (slot + 1) & edgeMask
            }
        }
    }

    private mutating func addEdge(_ node: Int32, _ scalar: UInt32, _ child: Int32) {
        if (edgeCount + 1) * 2 > edgeKeys.count { growEdges() }
        let key = Self.key(node, scalar)
        var slot = Self.slot(of: key, mask: edgeMask)
        while edgeKeys[slot] != Self.emptyKey { slot = (slot + 1) & edgeMask }
        edgeKeys[slot] = key
        edgeChildren[slot] = child
        edgeCount += 1
    }

    private mutating func growEdges() {
        let oldKeys = edgeKeys, oldChildren = edgeChildren
        let size = edgeKeys.count * 2
        edgeKeys = [UInt64](repeating: Self.emptyKey, count: size)
        edgeChildren = [Int32](repeating: 0, count: size)
        edgeMask = size - 1
        for (k, c) in zip(oldKeys, oldChildren) where k != Self.emptyKey {
            var slot = Self.slot(of: k, mask: edgeMask)
            while edgeKeys[slot] != Self.emptyKey { slot = (slot + 1) & edgeMask }
            edgeKeys[slot] = k
            edgeChildren[slot] = c
        }
    }

    // MARK: building

    /// Adds `word`; a later insert of the same word keeps the first value (lexicon order wins).
    mutating func insert(_ word: String, _ value: Value) {
        let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return }
        let v = scalars[0].value
        if v < 0x10000 { firstScalars[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        if scalars.count == 1 {
            if v < 0x10000 { singleScalars[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        } else {
            let pair = Self.pairBit(v, scalars[1].value)
            scalarPairs[pair.word] |= pair.mask
        }
        var node: Int32 = 0
        for s in scalars {
            let next = child(node, s.value)
            if next >= 0 {
                node = next
            } else {
                let created = Int32(valueIndex.count)
                valueIndex.append(-1)
                addEdge(node, s.value, created)
                node = created
            }
        }
        if valueIndex[Int(node)] < 0 {
            valueIndex[Int(node)] = Int32(values.count)
            values.append(value)
        }
        maxLength = max(maxLength, scalars.count)
    }

    /// Adds `word`, or, when it is already there, gives it `value` if `isBetter(value, current)`: with a
    /// strict order this keeps the first of the best values inserted for a word.
    mutating func insert(_ word: String, _ value: Value, replacingIf isBetter: (Value, Value) -> Bool) {
        let n = node(of: word.unicodeScalars)
        if n >= 0, case let v = valueIndex[Int(n)], v >= 0 {
            if isBetter(value, values[Int(v)]) { values[Int(v)] = value }
        } else {
            insert(word, value)
        }
    }

    // MARK: whole words

    /// The node a whole word leads to (read back to front in a reversed trie), -1 when no word has that path.
    private func node<C: BidirectionalCollection>(of word: C) -> Int32 where C.Element == Unicode.Scalar {
        var node: Int32 = 0
        if reversed {
            for s in word.reversed() {
                node = child(node, s.value)
                if node < 0 { return -1 }
            }
        } else {
            for s in word {
                node = child(node, s.value)
                if node < 0 { return -1 }
            }
        }
        return node
    }

    func contains(_ word: String) -> Bool {
        let n = node(of: word.unicodeScalars)
        return n >= 0 && valueIndex[Int(n)] >= 0
    }

    func value(of word: String) -> Value? {
        let n = node(of: word.unicodeScalars)
        guard n >= 0 else { return nil }
        let v = valueIndex[Int(n)]
        return v >= 0 ? values[Int(v)] : nil
    }

    /// Whether the scalars `start..<end` of `text` are exactly a word (forward or reversed alike).
    func contains(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, start < end, end <= text.count else { return false }
        let n = node(of: text[start..<end])
        return n >= 0 && valueIndex[Int(n)] >= 0
    }

    /// The value of the word that is exactly the scalars `start..<end` of `text`, nil when that is no word.
    func value(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Value? {
        guard start >= 0, start < end, end <= text.count else { return nil }
        let n = node(of: text[start..<end])
        guard n >= 0 else { return nil }
        let v = valueIndex[Int(n)]
        return v >= 0 ? values[Int(v)] : nil
    }

    /// Whether some word has the scalars `start..<end` of `text` as its beginning (forward trie; in a
    /// reversed trie, as its end). The empty range begins every word.
    func isPrefixOfWord(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        node(of: text[start..<end]) >= 0
    }

    // MARK: matches in a text
    //
    // Scans call these at every offset of an article and most offsets start no word: each lookup is an
    // inlined test of `firstScalars` in front of an out-of-line walk, so the common "no" costs a few
    // instructions and no call.

    /// Whether a word may start (reversed: end) at `start`: false is certain, true still needs the walk.
    @inline(__always)
    func mayMatch(in text: [Unicode.Scalar], at start: Int) -> Bool {
        let i = reversed ? start - 1 : start
        guard i >= 0, i < text.count else { return false }
        let v = text[i].value
        guard v < 0x10000 else { return true }
        let word = Int(v >> 6), bit: UInt64 = 1 << UInt64(v & 63)
        guard firstScalars[word] & bit != 0 else { return false }
        if singleScalars[word] & bit != 0 { return true }
        let j = reversed ? i - 1 : i + 1
        guard j >= 0, j < text.count else { return false }
        let pair = Self.pairBit(v, text[j].value)
        return scalarPairs[pair.word] & pair.mask != 0
    }

    /// Longest word starting at `start` (forward trie) or ending at `start` (reversed trie: the word
    /// occupies `start - length ..< start`). Returns its length and value.
    /// With `maxLength`, only words of at most that many scalars count (a match inside a name, not past it).
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], at start: Int, maxLength: Int = .max) -> (length: Int, value: Value)? {
        guard mayMatch(in: text, at: start) else { return nil }
        return walkLongest(text, at: start, maxLength: maxLength)
    }

    @inline(never)
    private func walkLongest(_ text: [Unicode.Scalar], at start: Int, maxLength: Int) -> (length: Int, value: Value)? {
        var best = (length: 0, value: Int32(-1))
        walk(text, from: start, maxLength: maxLength) { length, value in
            best = (length, value)
            return false
        }
        return best.value >= 0 ? (best.length, values[Int(best.value)]) : nil
    }

    /// Length of the longest word starting (reversed: ending) at `start`, 0 when none: `longestMatch`
    /// for callers that only need to know where it ends.
    @inline(__always)
    func longestMatchLength(in text: [Unicode.Scalar], at start: Int) -> Int {
        mayMatch(in: text, at: start) ? walkLongestLength(text, at: start) : 0
    }

    @inline(never)
    private func walkLongestLength(_ text: [Unicode.Scalar], at start: Int) -> Int {
        var best = 0
        walk(text, from: start, maxLength: .max) { length, _ in
            best = length
            return false
        }
        return best
    }

    /// Whether any word starts (reversed: ends) at `start`.
    @inline(__always)
    func hasMatch(in text: [Unicode.Scalar], at start: Int) -> Bool {
        mayMatch(in: text, at: start) && walkAny(text, at: start)
    }

    @inline(never)
    private func walkAny(_ text: [Unicode.Scalar], at start: Int) -> Bool {
        var found = false
        walk(text, from: start, maxLength: .max) { _, _ in
            found = true
            return true
        }
        return found
    }

    /// Every word starting (or, reversed, ending) at `start`, shortest first.
    func allMatches(in text: [Unicode.Scalar], at start: Int) -> [(length: Int, value: Value)] {
        guard mayMatch(in: text, at: start) else { return [] }
        var out: [(Int, Value)] = []
        walk(text, from: start, maxLength: .max) { length, value in
            out.append((length, values[Int(value)]))
            return false
        }
        return out
    }

    /// Calls `body` with the length of every word starting (reversed: ending) at `start`, shortest first,
    /// until it returns true: `allMatches` without building the array. Returns whether `body` stopped it.
    @discardableResult
    @inline(__always)
    func forEachMatchLength(in text: [Unicode.Scalar], at start: Int, maxLength: Int = .max,
                            _ body: (_ length: Int) -> Bool) -> Bool {
        guard mayMatch(in: text, at: start) else { return false }
        var stopped = false
        walk(text, from: start, maxLength: maxLength) { length, _ in
            stopped = body(length)
            return stopped
        }
        return stopped
    }

    /// Whether a word of at most `maxLength` scalars starting (or, reversed, ending) at `start` has a value
    /// that `accept` takes: `allMatches(...).contains { ... }` without building the array.
    func containsMatch(in text: [Unicode.Scalar], at start: Int, maxLength: Int, where accept: (Value) -> Bool) -> Bool {
        guard mayMatch(in: text, at: start) else { return false }
        var found = false
        walk(text, from: start, maxLength: maxLength) { _, value in
            found = accept(values[Int(value)])
            return found
        }
        return found
    }

    /// The one walk the lookups share: follows the text from `start` (backwards in a reversed
    /// trie) for at most `maxLength` scalars and hands `body` each word it passes (its length and
    /// index into `values`), shortest first, until `body` returns true. Callers test `mayMatch` first.
    @inline(__always)
    private func walk(_ text: [Unicode.Scalar], from start: Int, maxLength: Int,
                      _ body: (_ length: Int, _ value: Int32) -> Bool) {
        let step = reversed ? -1 : 1
        var i = reversed ? start - 1 : start
        valueIndex.withUnsafeBufferPointer { valueIndex in
            var node: Int32 = 0
            var length = 0
            while length < maxLength, i >= 0, i < text.count {
                node = child(node, text[i].value)
                guard node >= 0 else { return }
                length += 1
                i += step
                let value = valueIndex[Int(node)]
                if value >= 0, body(length, value) { return }
            }
        }
    }
}
