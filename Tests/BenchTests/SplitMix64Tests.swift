import SeededRandom
@testable import BenchCorpus
import XCTest

final class SplitMix64Tests: XCTestCase {
    func testKnownFirstOutputsForSeedZero() {
        // Reference values of SplitMix64 from seed 0 (Vigna's splitmix64.c).
        var random = SplitMix64(seed: 0)
        XCTAssertEqual(random.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(random.next(), 0x6E78_9E6A_A1B9_65F4)
    }

    func testStreamsAreIndependentOfCorpusSize() {
        var a = SplitMix64(seed: 7, stream: 42), b = SplitMix64(seed: 7, stream: 42), c = SplitMix64(seed: 7, stream: 43)
        XCTAssertEqual(a.next(), b.next())
        XCTAssertNotEqual(a.next(), c.next())
    }

    func testRangesStayInBounds() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<10_000 {
            XCTAssert((5...9).contains(random.int(5...9)))
            XCTAssert(random.below(3) < 3)
        }
        let sample = random.sample(Array(0..<10), 4)
        XCTAssertEqual(Set(sample).count, 4)
    }
}
