/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast generator whose whole state is one
/// UInt64. Our own code, not Swift's `random`, so a seed gives the same corpus on every
/// toolchain and machine (the benchmark corpus, the fuzz and crash tests). The range helpers are ours too, for the same reason: the
/// standard library's mapping of a generator to a range is not promised to stay the same.
public struct SplitMix64 {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for article `index` of a corpus seeded with `seed`: article i is the
    /// same whatever the corpus size, so a 1,000-article corpus is the head of a 20,000 one.
    public init(seed: UInt64, stream index: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound (multiply-high; the bias is below 2^-40 for our bounds).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in the closed range.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// `count` distinct items in random order (all of them when there are fewer).
    public mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        var chosen: [T] = []
        while chosen.count < count, !pool.isEmpty {
            chosen.append(pool.remove(at: below(pool.count)))
        }
        return chosen
    }

    /// A decimal with `fraction` digits after the point, as text ("3743.2").
    public mutating func decimal(_ range: ClosedRange<Int>, fraction: Int) -> String {
        let whole = int(range)
        guard fraction > 0 else { return String(whole) }
        var digits = ""
        for _ in 0..<fraction { digits += String(below(10)) }
        return "\(whole).\(digits)"
    }
}
