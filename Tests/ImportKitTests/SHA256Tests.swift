import XCTest
@testable import ImportKit

final class SHA256Tests: XCTestCase {
    /// FIPS 180-2 appendix B and NIST examples.
    func testStandardVectors() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testUTF8HanText() {
        // Reference from Python's hashlib.
        XCTAssertEqual(SHA256.hex(Data("制造强国".utf8)), "a0127f295a62856d96f6c44841718ea65fa78e516b8f07e01f6d46ee0056f57b")
    }

    /// Lengths around the padding boundaries (55/56 bytes leave room for the length or not).
    func testPaddingBoundaries() {
        let expected: [Int: String] = [
            55: "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b",
            56: "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27",
            63: "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055",
            64: "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241",
            65: "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e",
            119: "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e",
            120: "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5",
        ]
        for (length, digest) in expected {
            let bytes = Data((0..<length).map { UInt8(($0 * 7 + 3) % 256) })
            XCTAssertEqual(SHA256.hex(bytes), digest, "length \(length)")
        }
    }

    func testUnalignedSliceOfData() {
        let bytes = Data((0..<300).map { UInt8($0 % 256) })
        let slice = bytes[1..<201] // starts at an odd address inside the buffer
        XCTAssertEqual(SHA256.hex(slice), SHA256.hex(Data(slice)))
    }
}
