import XCTest
@testable import Normalization

final class UTF8ValidatorTests: XCTestCase {
    func testCountsWellFormedMultiByteSequences() {
        let r = UTF8Validator().validate(Array("a中b国".utf8))
        XCTAssertTrue(r.isValid)
        XCTAssertEqual(r.multiByteCount, 2)
    }

    func testReportsOffsetsOfIllFormedSequences() {
        // Truncated 3-byte sequence at 1, overlong C0 at 4, surrogate ED A0 80 at 6.
        let bytes: [UInt8] = [0x41, 0xE4, 0xB8, 0x41, 0xC0, 0x80, 0xED, 0xA0, 0x80]
        let r = UTF8Validator().validate(bytes)
        XCTAssertEqual(r.invalidOffsets.first, 1)
        XCTAssertTrue(r.invalidOffsets.contains(4))
        XCTAssertTrue(r.invalidOffsets.contains(6))
        XCTAssertFalse(r.isValid)
    }

    func testOffsetsOfASliceAreFileOffsets() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x41, 0xFF]
        XCTAssertEqual(UTF8Validator().validate(bytes[3...]).invalidOffsets, [4])
    }
}
