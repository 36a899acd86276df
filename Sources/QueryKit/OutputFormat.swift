/// The ways a result can be printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Columns aligned by display width (a Han character is two columns); long cells cut with `…`.
    case table
    /// RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted.
    case csv
    /// One JSON array of objects (column name → value), numbers as numbers.
    case json
    /// One JSON object a line.
    case ndjson

    /// `table` on a terminal; CSV otherwise, which spreadsheets, `cut`-style tools and people
    /// reading a log all handle, and which keeps every value whole (tables cut long cells).
    public static func `default`(outputIsTerminal: Bool) -> OutputFormat {
        outputIsTerminal ? .table : .csv
    }

    func makeWriter(sink: OutputSink, includeHeader: Bool, maxCellWidth: Int = TableWriter.defaultMaxCellWidth) -> ResultWriter {
        switch self {
        case .table: return TableWriter(sink: sink, includeHeader: includeHeader, maxCellWidth: maxCellWidth)
        case .csv: return CSVWriter(sink: sink, includeHeader: includeHeader)
        case .json: return JSONWriter(sink: sink)
        case .ndjson: return NDJSONWriter(sink: sink)
        }
    }
}
