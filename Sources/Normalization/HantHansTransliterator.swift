/// ICU's `Hant-Hans` transform without ICU: the rules of `HantHansRules` applied the way ICU's
/// rule-based transliterator applies them. At each position the longest rule key that matches is
/// replaced and the cursor moves past it (the replacement is never re-read); where no key matches
/// the character stays. Every rule keeps the length, so conversion works in place.
///
/// Building it parses 4,178 short lines once (well under a millisecond); asking ICU for the same
/// per-character table took ~0.2 s per process, and each ICU call copies through NSString/UTF-16.
final class HantHansTransliterator: Sendable {
    static let shared = HantHansTransliterator(rules: HantHansRules.source)

    /// The BMP ideograph blocks the single-character table covers (extension A through compatibility).
    static let tableRange: Range<UInt32> = 0x3400..<0xFB00

    /// Single-character rule per scalar of `tableRange` (index `value - lowerBound`); 0 where none.
    /// Identity rules (`姜 > 姜`) are kept: they change nothing but are rules all the same.
    private let single: [UInt32]
    /// Single-character rules outside `tableRange` (a few extension B characters).
    private let singleElsewhere: [UInt32: UInt32]
    /// Multi-character rules by their first scalar, longest key first (ICU's rule order guarantees
    /// no earlier key is a prefix of a later one, so longest-first equals ICU's first match).
    private let phrases: [UInt32: [(key: [UInt32], value: [UInt32])]]
    /// Whether a scalar of `tableRange` starts a multi-character key: one array read in the hot loop.
    private let startsPhrase: [Bool]
    /// The scalars of `tableRange` whose single-character rule changes them.
    let changesAlone: ScalarBitmap

    init(rules: String) {
        var single = [UInt32](repeating: 0, count: Int(Self.tableRange.count))
        var elsewhere: [UInt32: UInt32] = [:]
        var phrases: [UInt32: [(key: [UInt32], value: [UInt32])]] = [:]
        var startsPhrase = [Bool](repeating: false, count: Int(Self.tableRange.count))
        // One pass over `key > value;` lines (a split into Strings per line cost ~20 ms per process).
        var key: [UInt32] = [], value: [UInt32] = []
        var field = 0 // 0: key, 1: " > ", 2: value, 3: after ";"
        for c in rules.unicodeScalars {
            switch (field, c) {
            case (0, " "): field = 1
            case (0, _): key.append(c.value)
            case (1, " "): field = 2
            case (1, ">"): break
            case (2, ";"): field = 3
            case (2, _): value.append(c.value)
            case (3, "\n"):
                precondition(!key.isEmpty && key.count == value.count, "HantHansRules: malformed rule \(key) > \(value)")
                if key.count == 1 {
                    if Self.tableRange.contains(key[0]) {
                        single[Int(key[0] - Self.tableRange.lowerBound)] = value[0]
                    } else {
                        elsewhere[key[0]] = value[0]
                    }
                } else {
                    phrases[key[0], default: []].append((key, value))
                    if Self.tableRange.contains(key[0]) { startsPhrase[Int(key[0] - Self.tableRange.lowerBound)] = true }
                }
                key.removeAll(keepingCapacity: true)
                value.removeAll(keepingCapacity: true)
                field = 0
            default: preconditionFailure("HantHansRules: unexpected '\(c)' in a rule")
            }
        }
        precondition(field == 0 && key.isEmpty, "HantHansRules: the last rule does not end with a line break")
        for first in phrases.keys { phrases[first]!.sort { $0.key.count > $1.key.count } }
        self.single = single
        changesAlone = ScalarBitmap(single.indices.compactMap { n in
            let v = Self.tableRange.lowerBound + UInt32(n)
            return single[n] != 0 && single[n] != v ? Unicode.Scalar(v) : nil
        })
        self.singleElsewhere = elsewhere
        self.phrases = phrases
        self.startsPhrase = startsPhrase
    }

    /// The single-character rule's result for `v`, or nil when no single-character rule has that key.
    @inline(__always)
    func singleRule(_ v: UInt32) -> UInt32? {
        if v >= Self.tableRange.lowerBound && v < Self.tableRange.upperBound {
            let r = single[Int(v &- Self.tableRange.lowerBound)]
            return r == 0 ? nil : r
        }
        return v < 0x20000 ? nil : singleElsewhere[v]
    }

    /// What ICU makes of `v` standing alone (no neighbour for a phrase): nil when it stays.
    @inline(__always)
    func isolatedChange(_ v: UInt32) -> UInt32? {
        guard let r = singleRule(v), r != v else { return nil }
        return r
    }

    /// Transliterates `s[range]` in place, as ICU transliterates that range as a string of its own.
    func transliterate(_ s: inout [Unicode.Scalar], in range: Range<Int>) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let v = s[i].value
            if v >= Self.tableRange.lowerBound && v < Self.tableRange.upperBound
                ? startsPhrase[Int(v - Self.tableRange.lowerBound)] : (v >= 0x20000 && phrases[v] != nil),
               let rules = phrases[v] {
                var matched = false
                for rule in rules where i + rule.key.count <= end {
                    var k = 1
                    while k < rule.key.count && s[i + k].value == rule.key[k] { k += 1 }
                    guard k == rule.key.count else { continue }
                    for m in 0..<k { s[i + m] = Unicode.Scalar(rule.value[m])! }
                    i += k
                    matched = true
                    break
                }
                if matched { continue }
            }
            if let r = singleRule(v) { s[i] = Unicode.Scalar(r)! }
            i += 1
        }
    }
}
