import Foundation

/// JSON text written by hand where the output must stay byte-exact and streaming (query
/// results, the `predefined_queries.parameters` column), without a Codable round trip.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included. Control characters are escaped, and so
    /// are U+2028/U+2029: valid JSON, but they end a line in JavaScript.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }
}
