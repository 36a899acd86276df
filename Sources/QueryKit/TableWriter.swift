import Foundation
import Store

/// Columns aligned by display width, two spaces apart, a dashed rule under the header.
/// Numeric columns are right-aligned (their header stays left-aligned); NULL is blank; a line break in a cell shows as `↵`;
/// cells wider than `maxCellWidth` columns are cut with `…` (use csv or json for whole values).
final class TableWriter: ResultWriter {
    static let defaultMaxCellWidth = 60

    private let sink: OutputSink
    private let includeHeader: Bool
    private let maxCellWidth: Int
    private var columns: [String] = []
    private var rows: [[String]] = []
    private var numeric: [Bool] = []

    init(sink: OutputSink, includeHeader: Bool, maxCellWidth: Int) {
        self.sink = sink
        self.includeHeader = includeHeader
        self.maxCellWidth = max(2, maxCellWidth)
    }

    func begin(columns: [String]) {
        self.columns = columns.map(cell)
        numeric = Array(repeating: true, count: columns.count)
    }

    func row(_ values: [DatabaseValue]) {
        for (index, value) in values.enumerated() {
            switch value {
            case .integer, .real, .null: break
            case .text, .blob: numeric[index] = false
            }
        }
        rows.append(values.map { cell(ValueText.plain($0)) })
    }

    func finish() {
        // A column of only NULLs is not numeric in any useful sense: keep it left-aligned.
        for index in numeric.indices where numeric[index] && rows.allSatisfy({ $0[index].isEmpty }) {
            numeric[index] = false
        }
        var widths = columns.map { includeHeader ? DisplayWidth.of($0) : 0 }
        for row in rows {
            for (index, text) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(text)) }
        }
        if includeHeader {
            writeLine(columns, widths: widths, alignNumbers: false)
            sink.write(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n")
        }
        for row in rows { writeLine(row, widths: widths) }
    }

    private func writeLine(_ cells: [String], widths: [Int], alignNumbers: Bool = true) {
        let padded = cells.enumerated().map { index, text in
            DisplayWidth.pad(text, to: widths[index], rightAligned: alignNumbers && numeric[index])
        }
        var line = padded.joined(separator: "  ")
        while line.last == " " { line.removeLast() }
        sink.write(line + "\n")
    }

    /// One line, control characters made visible or dropped, cut to the maximum width.
    private func cell(_ text: String) -> String {
        var flat = ""
        flat.reserveCapacity(text.utf8.count)
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\n", "\r": flat += "↵"
            case "\t": flat += " "
            default:
                if scalar.value >= 0x20 && scalar.value != 0x7F { flat.unicodeScalars.append(scalar) }
            }
        }
        return DisplayWidth.truncate(flat, to: maxCellWidth)
    }
}
