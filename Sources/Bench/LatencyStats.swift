/// Percentiles of measured latencies (nearest-rank on the sorted sample).
struct LatencyStats: Equatable {
    var count: Int
    var p50: Double
    var p95: Double
    var max: Double

    init(milliseconds samples: [Double]) {
        precondition(!samples.isEmpty, "no latency samples")
        let sorted = samples.sorted()
        count = sorted.count
        p50 = Self.percentile(sorted, 0.50)
        p95 = Self.percentile(sorted, 0.95)
        max = sorted[sorted.count - 1]
    }

    /// Nearest rank: the smallest sample with at least `q` of the samples at or below it.
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}
