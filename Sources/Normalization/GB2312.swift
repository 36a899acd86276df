import Foundation

/// A set of BMP scalars as a bitmap: membership is one shift and mask, for per-character checks in hot loops.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars where s.value < 0x10000 { words[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63) }
    }

    func contains(_ s: Unicode.Scalar) -> Bool { contains(s.value) }

    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// False for every scalar outside the BMP.
    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        v < 0x10000 && words[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }
}

/// The Han characters of GB2312, read once from the GB18030 decoder (rows 0xB0–0xF7, cells 0xA1–0xFE).
enum GB2312 {
    /// Level 1: the 3,755 most common characters (rows 0xB0–0xD7; the last row ends at 0xD7F9).
    static let level1 = ScalarBitmap(decoded(rows: 0xB0...0xD7, lastRowEnd: 0xF9))
    /// Levels 1 and 2, every cell of rows 0xB0–0xF7 as the decoder reads it (the 6,763 characters).
    static let all = ScalarBitmap(decoded(rows: 0xB0...0xF7, lastRowEnd: 0xFE))

    private static func decoded(rows: ClosedRange<UInt8>, lastRowEnd: UInt8) -> String.UnicodeScalarView {
        var bytes: [UInt8] = []
        for row in rows {
            for cell in UInt8(0xA1)...0xFE where !(row == rows.upperBound && cell > lastRowEnd) { bytes += [row, cell] }
        }
        return (String(data: Data(bytes), encoding: TextDecoder.gb18030) ?? "").unicodeScalars
    }
}
