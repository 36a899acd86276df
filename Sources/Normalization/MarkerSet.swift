/// A fixed set of short marker strings searched for in a line. Markers are bucketed by their first
/// scalar, so a search is one pass over the line with a dictionary probe per scalar: far cheaper
/// than one `String.contains` per marker when many lines are checked against many markers.
struct MarkerSet: Sendable {
    private let buckets: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// First scalars of the markers: most scalars of a line start none, and a bit test is far cheaper
    /// than the dictionary probe.
    private let firstScalars: ScalarBitmap
    private let hasNonBMPFirst: Bool

    /// The markers as given.
    let markers: [String]

    init(_ markers: [String]) {
        self.markers = markers
        var b: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for m in markers {
            let s = Array(m.unicodeScalars)
            guard let first = s.first else { continue }
            b[first, default: []].append(s)
        }
        buckets = b
        firstScalars = ScalarBitmap(b.keys)
        hasNonBMPFirst = b.keys.contains { $0.value >= 0x10000 }
    }

    /// Number of distinct markers occurring in `scalars`.
    func count(in scalars: [Unicode.Scalar]) -> Int {
        var found: Set<[Unicode.Scalar]> = []
        forEachMatch(in: scalars) { found.insert($0); return true }
        return found.count
    }

    func occurs(in scalars: [Unicode.Scalar]) -> Bool {
        var hit = false
        forEachMatch(in: scalars) { _ in hit = true; return false }
        return hit
    }

    /// True when markers occur at least `n` times in total (repeats count).
    func occurrences(in scalars: [Unicode.Scalar], atLeast n: Int) -> Bool {
        var hits = 0
        forEachMatch(in: scalars) { _ in hits += 1; return hits < n }
        return hits >= n
    }

    func occurs(in line: String) -> Bool { occurs(in: Array(line.unicodeScalars)) }

    /// True when a marker starts exactly at the beginning of `scalars`.
    func isPrefix(of scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, let candidates = buckets[first] else { return false }
        return candidates.contains { Self.matches(scalars, 0, $0) }
    }

    private func forEachMatch(in s: [Unicode.Scalar], _ body: ([Unicode.Scalar]) -> Bool) {
        for i in 0..<s.count {
            guard firstScalars.contains(s[i].value) || (hasNonBMPFirst && s[i].value >= 0x10000),
                  let candidates = buckets[s[i]] else { continue }
            for m in candidates where Self.matches(s, i, m) {
                if !body(m) { return }
            }
        }
    }

    private static func matches(_ s: [Unicode.Scalar], _ i: Int, _ m: [Unicode.Scalar]) -> Bool {
        guard i + m.count <= s.count else { return false }
        for k in 1..<max(1, m.count) where s[i + k] != m[k] { return false }
        return true
    }
}
