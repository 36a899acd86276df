/// Decides from the content (never the file name) whether text is HTML/template markup or plain text.
/// Front matter is recognized separately by `FrontMatterParser`.
struct FormatDetector {
    /// Markers that alone make a document HTML.
    static let strongMarkers = MarkerSet(["<!doctype html", "<html", "<head", "<body", "<?php", "<%@", "<%="])
    /// Common tags; several of them make a document HTML (a plain article may quote one `<`).
    static let tagMarkers = MarkerSet(["<p>", "<p ", "</p>", "<div", "</div>", "<br", "<span", "<a ", "</a>",
                                       "<table", "<td", "<li", "<img", "<h1", "<h2", "<h3", "<strong", "<meta",
                                       "<script", "<style", "<section", "<article"])

    /// How far into the document to look: markup shows up early, and this keeps detection cheap.
    var sampleLength = 65_536

    func isHTML(_ text: String) -> Bool {
        // ASCII-lowercased sample; markers are ASCII so this is all the case folding needed.
        var sample: [Unicode.Scalar] = []
        sample.reserveCapacity(min(sampleLength, text.utf8.count))
        for c in text.unicodeScalars.prefix(sampleLength) {
            sample.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c)
        }
        guard sample.contains("<") else { return false }
        if Self.strongMarkers.occurs(in: sample) { return true }
        return Self.tagMarkers.occurrences(in: sample, atLeast: 3)
    }
}
