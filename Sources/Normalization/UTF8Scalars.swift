#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Reading scalars straight from a String's UTF-8 storage, for passes that mostly skip bytes and only
/// now and then need the character at a position.
enum UTF8Scalars {
    /// The scalar starting at byte `i` of well-formed UTF-8 and its length in bytes.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(b[i])
        if lead < 0x80 { return (Unicode.Scalar(lead)!, 1) }
        if lead < 0xE0 { return (Unicode.Scalar((lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))!, 2) }
        if lead < 0xF0 {
            return (Unicode.Scalar((lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))!, 3)
        }
        return (Unicode.Scalar((lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                               | UInt32(b[i + 3] & 0x3F))!, 4)
    }

    /// Calls `body` with the UTF-8 bytes of `text` (native Swift strings are contiguous; others are made so).
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var text = text
        text.makeContiguousUTF8()
        return try text.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// `Array(text.unicodeScalars)` in one decoding pass (the generic copy counts the scalars first).
    static func array(_ text: String) -> [Unicode.Scalar] {
        withBytes(text) { b in
            // At most one scalar per byte; written straight into the array's storage.
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0, n = 0
                while i < b.count {
                    let (c, length) = scalar(b, at: i)
                    (out.baseAddress! + n).initialize(to: c)
                    n += 1
                    i += length
                }
                count = n
            }
        }
    }

    /// Whether the bytes hold `byte` (memchr: vectorized).
    @inline(__always)
    static func contains(_ b: UnsafeBufferPointer<UInt8>, _ byte: UInt8) -> Bool {
        guard let base = b.baseAddress, b.count > 0 else { return false }
        return memchr(base, Int32(byte), b.count) != nil
    }

    /// Index of the first `byte` at or after `from`, or nil.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = b.baseAddress, from < b.count else { return nil }
        guard let hit = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
}
