import CoreFoundation
import Foundation

/// Decoded text plus the name of the encoding it came from and anything worth telling the user.
struct DecodedText: Equatable {
    var text: String
    /// `utf-8`, `gb18030`, `utf-16le` or `utf-16be`.
    var encoding: String
    var warnings: [String]
}

/// Bytes -> String. Order of evidence: BOM, binary signatures, strict UTF-8, strict GB18030,
/// then UTF-8 with replacement characters when only a small share of bytes is damaged.
struct TextDecoder {
    /// Share of ill-formed UTF-8 sequences (per multi-byte sequence seen) still decoded as UTF-8
    /// with U+FFFD; above it the file is not UTF-8 and, if GB18030 fails too, it is rejected.
    var maxDamagedShare = 0.02

    /// GB18030 through CoreFoundation: kCFStringEncodingGB_18030_2000 = 0x0632
    /// (the `CFStringEncodings` enum is not exported on Linux).
    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(0x0632)))

    func decode(_ data: Data) throws -> DecodedText {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = Data(bytes[2...])
            guard body.count % 2 == 0,
                  let s = String(data: body, encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                throw RejectionReason.undecodable("ill-formed UTF-16\(little ? "LE" : "BE") after the byte-order mark")
            }
            return DecodedText(text: s, encoding: little ? "utf-16le" : "utf-16be", warnings: [])
        }
        if let why = BinarySniffer().binaryReason(data) {
            throw RejectionReason.binary(why)
        }
        return try decodeUTF8(bytes[...])
    }

    private func decodeUTF8(_ bytes: ArraySlice<UInt8>) throws -> DecodedText {
        // The standard library's validating decoder is vectorized: the common, clean case costs little.
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "utf-8", warnings: [])
        }
        let report = UTF8Validator().validate(bytes)
        // Mostly well-formed UTF-8 with a few bad bytes is damaged UTF-8, not another encoding:
        // real GBK text fails UTF-8 on nearly every Han character.
        let share = Double(report.invalidCount) / Double(max(1, report.multiByteCount + report.invalidCount))
        let mostlyUTF8 = share <= maxDamagedShare && report.multiByteCount > 0
        if !mostlyUTF8, let s = String(data: Data(bytes), encoding: Self.gb18030) {
            return DecodedText(text: s, encoding: "gb18030", warnings: [])
        }
        guard mostlyUTF8 else {
            let first = report.invalidOffsets.first ?? 0
            throw RejectionReason.undecodable(
                "neither UTF-8 nor GB18030: \(report.invalidCount) ill-formed UTF-8 sequences, first at byte \(first)")
        }
        let shown = report.invalidOffsets.prefix(5).map { String($0) }.joined(separator: ", ")
        let more = report.invalidCount > 5 ? " and \(report.invalidCount - 5) more" : ""
        let warning = "invalid UTF-8 replaced by U+FFFD at byte offset \(shown)\(more)"
        return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8", warnings: [warning])
    }
}
