import Foundation
import Store

/// How a stored value is written in each output format.
///
/// Numbers are exact: integers (yuan amounts like 18000000000) are printed digit for digit,
/// never in exponent notation; a real that holds a whole number is printed as that whole number.
enum ValueText {
    /// Plain text for table and CSV cells; NULL is the empty string.
    static func plain(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let d): return number(d) ?? String(d)
        case .text(let s): return s
        case .blob(let d): return hex(d)
        }
    }

    /// A JSON literal: numbers as numbers, NULL as null, blobs as hex strings.
    static func json(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let v): return String(v)
        case .real(let d): return number(d) ?? "null" // JSON has no NaN or infinity
        case .text(let s): return jsonString(s)
        case .blob(let d): return jsonString(hex(d))
        }
    }

    /// A finite double without exponent when it is a whole number below 10^21 (the range in
    /// which "%.0f" is exact and readable), otherwise Swift's shortest round-trip form.
    static func number(_ d: Double) -> String? {
        guard d.isFinite else { return nil }
        if d == d.rounded(.towardZero) && abs(d) < 1e21 {
            if d == 0 { return "0" } // also -0.0
            return String(format: "%.0f", d)
        }
        return d.description
    }

    static func jsonString(_ text: String) -> String {
        JSONText.quoted(text)
    }

    static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count * 2)
        for byte in data {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
