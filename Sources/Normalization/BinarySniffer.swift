import Foundation

/// Recognizes bytes that are not text: known file signatures and NUL bytes.
/// Runs before decoding so a PNG named `.txt` is rejected as `.binary`, not as undecodable text.
struct BinarySniffer {
    /// Leading byte signatures of common binary formats met in scraped folders.
    static let signatures: [(name: String, bytes: [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("GIF image", Array("GIF8".utf8)),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("PDF document", Array("%PDF".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        ("gzip archive", [0x1F, 0x8B]),
        ("7z archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("RAR archive", Array("Rar!".utf8)),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("OLE2 document (doc/xls)", [0xD0, 0xCF, 0x11, 0xE0]),
        ("SQLite database", Array("SQLite format 3".utf8)),
        ("WebP/RIFF media", Array("RIFF".utf8)),
    ]

    /// A reason when the bytes are binary, else nil. Call only on data without a UTF-16 BOM
    /// (UTF-16 text legitimately contains NUL bytes).
    func binaryReason(_ data: Data) -> String? {
        for (name, sig) in Self.signatures where data.count >= sig.count {
            if data.prefix(sig.count).elementsEqual(sig) { return name }
        }
        var nul: Int?
        var controls = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var i = 0
            while i < raw.count {
                // Eight bytes at a time: a word with no byte below 0x20 (nearly all of a text) is skipped
                // whole. (x - 0x20 in every byte) & ~x & 0x80 in every byte is nonzero iff some byte < 0x20.
                if i + 8 <= raw.count {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let end = min(i + 8, raw.count)
                while i < end {
                    let b = raw[i]
                    if b < 0x20 {
                        if b == 0 { nul = i; return }
                        // Many C0 control bytes (other than tab, newline, CR, form feed, ESC) mean binary, not text.
                        if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
                    }
                    i += 1
                }
            }
        }
        if let nul { return "NUL byte at offset \(nul)" }
        if controls > 8 && controls * 100 > data.count {
            return "\(controls) control bytes"
        }
        return nil
    }
}
