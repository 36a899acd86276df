import Store

/// A JSON array of objects, one object a line, keys in column order.
final class JSONWriter: ResultWriter {
    private let sink: OutputSink
    private var keys: [String] = []
    private var rowCount = 0

    init(sink: OutputSink) { self.sink = sink }

    func begin(columns: [String]) {
        keys = uniqueKeys(columns).map(ValueText.jsonString)
        sink.write("[")
    }

    func row(_ values: [DatabaseValue]) {
        sink.write(rowCount == 0 ? "\n" : ",\n")
        sink.write(jsonObject(keys: keys, values: values))
        rowCount += 1
    }

    func finish() {
        sink.write(rowCount == 0 ? "]\n" : "\n]\n")
    }
}

/// Newline-delimited JSON: one object a line, nothing else.
final class NDJSONWriter: ResultWriter {
    private let sink: OutputSink
    private var keys: [String] = []

    init(sink: OutputSink) { self.sink = sink }

    func begin(columns: [String]) {
        keys = uniqueKeys(columns).map(ValueText.jsonString)
    }

    func row(_ values: [DatabaseValue]) {
        sink.write(jsonObject(keys: keys, values: values) + "\n")
    }

    func finish() {}
}

/// `{"key": value, …}` from keys already encoded as JSON strings.
func jsonObject(keys: [String], values: [DatabaseValue]) -> String {
    "{" + zip(keys, values).map { "\($0): \(ValueText.json($1))" }.joined(separator: ", ") + "}"
}
