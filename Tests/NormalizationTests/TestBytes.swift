import Foundation

/// Bytes written out in hex so tests do not depend on the encoder under test.
enum TestBytes {
    static func hex(_ s: String) -> Data {
        var data = Data()
        var it = s.filter { !$0.isWhitespace }.makeIterator()
        while let a = it.next(), let b = it.next() { data.append(UInt8(String([a, b]), radix: 16)!) }
        return data
    }

    /// "中国制造业高质量发展，到2025年实现" encoded by Python's `str.encode('gb18030')`.
    static let gb18030Sentence = hex("d6d0b9fad6c6d4ecd2b5b8dfd6cac1bfb7a2d5b9a3acb5bd32303235c4eacab5cfd6")
    /// "制造業發展" in GB18030 (Traditional characters in the GBK extension area).
    static let gb18030Traditional = hex("d6c6d4ec9849b06cd5b9")
}
