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
        UTF8Scalars.withBytes(text) { bytes in
            // No "<" at all, the common case for plain articles: nothing to sample.
            guard UTF8Scalars.contains(bytes, 0x3C) else { return false }
            // The sample is the first `sampleLength` scalars. The markers are ASCII and an ASCII byte is
            // always a whole scalar, so matching the sample's bytes finds the same occurrences.
            var end = 0, scalars = 0
            while end < bytes.count {
                if bytes[end] & 0xC0 != 0x80 {
                    if scalars == sampleLength { break }
                    scalars += 1
                }
                end += 1
            }
            let sample = UnsafeBufferPointer(rebasing: bytes[0..<end])
            if Self.count(Self.strongMarkerBytes, in: sample, atLeast: 1) { return true }
            return Self.count(Self.tagMarkerBytes, in: sample, atLeast: 3)
        }
    }

    private static let strongMarkerBytes = strongMarkers.markers.map { Array($0.utf8) }
    private static let tagMarkerBytes = tagMarkers.markers.map { Array($0.utf8) }

    /// True when the markers (all starting with `<`, all lowercase ASCII) occur at least `n` times in
    /// total, compared ASCII-case-insensitively; each marker counts at each position it matches.
    private static func count(_ markers: [[UInt8]], in s: UnsafeBufferPointer<UInt8>, atLeast n: Int) -> Bool {
        var hits = 0
        var from = 0
        while let i = UTF8Scalars.firstIndex(of: 0x3C, in: s, from: from) {
            for m in markers where i + m.count <= s.count {
                var k = 1
                while k < m.count {
                    let c = s[i + k]
                    if (c >= 0x41 && c <= 0x5A ? c + 0x20 : c) != m[k] { break }
                    k += 1
                }
                if k == m.count {
                    hits += 1
                    if hits >= n { return true }
                }
            }
            from = i + 1
        }
        return false
    }
}
