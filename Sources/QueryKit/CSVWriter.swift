import Foundation
import Store

/// RFC 4180 CSV: CRLF after each record; a field containing a comma, a double quote, CR or LF
/// is enclosed in double quotes with its quotes doubled. NULL is an empty field.
final class CSVWriter: ResultWriter {
    private let sink: OutputSink
    private let includeHeader: Bool

    init(sink: OutputSink, includeHeader: Bool) {
        self.sink = sink
        self.includeHeader = includeHeader
    }

    func begin(columns: [String]) {
        if includeHeader { writeRecord(columns) }
    }

    func row(_ values: [DatabaseValue]) {
        writeRecord(values.map(ValueText.plain))
    }

    func finish() {}

    private func writeRecord(_ fields: [String]) {
        sink.write(fields.map(Self.field).joined(separator: ",") + "\r\n")
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
