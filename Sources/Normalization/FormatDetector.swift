import Facts

/// Decides from the content (never the file name) whether text is HTML/template markup or plain text.
/// Front matter is recognized separately by `FrontMatterParser`.
struct FormatDetector {
    /// Markers that alone make a document HTML.
    private static let strongMarkers = ["<!doctype html", "<html", "<head", "<body", "<?php", "<%@", "<%="]
    /// Common tags; several of them make a document HTML (a plain article may quote one `<`).
    private static let tagMarkers = ["<p>", "<p ", "</p>", "<div", "</div>", "<br", "<span", "<a ", "</a>",
                                     "<table", "<td", "<li", "<img", "<h1", "<h2", "<h3", "<strong", "<meta",
                                     "<script", "<style", "<section", "<article"]

    /// How far into the document to look: markup shows up early, and this keeps detection cheap.
    var sampleLength = 65_536

    func isHTML(_ text: String) -> Bool {
        let sample = String(text.unicodeScalars.prefix(sampleLength)).lowercased()
        if Self.strongMarkers.contains(where: { sample.contains($0) }) { return true }
        var hits = 0
        for marker in Self.tagMarkers {
            var range = sample.startIndex..<sample.endIndex
            while let r = sample.range(of: marker, range: range) {
                hits += 1
                if hits >= 3 { return true }
                range = r.upperBound..<sample.endIndex
            }
        }
        return false
    }
}
