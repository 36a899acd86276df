import Facts
/// What an HTML page yields: its readable body text and the metadata normalization needs.
struct HTMLDocument: Equatable {
    /// Body text with one block element per line; entities decoded; chrome elements left out.
    var text: String
    /// `<title>` text.
    var title: String?
    /// First `<h1>` text (also when it sits inside a dropped header).
    var heading: String?
    /// `<meta>` content by lowercased name/property/itemprop/http-equiv.
    var meta: [String: String]
}

/// HTML -> text: drops script/style/head and page chrome (nav, header, footer, aside, and elements
/// whose class or id says nav/sidebar/footer/related/breadcrumb/comment…), turns block elements into
/// line breaks, decodes entities. Linear: tokens once, element matching with one stack per tag name.
struct HTMLTextExtractor {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                            "meta", "param", "source", "track", "wbr", "keygen"]
    static let blockElements: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                             "tr", "table", "tbody", "thead", "section", "article", "blockquote",
                                             "pre", "dd", "dt", "dl", "hr", "center", "main", "figure",
                                             "figcaption", "address", "caption", "body", "html", "form", "fieldset"]
    /// Elements that are chrome by their very kind.
    static let chromeElements: Set<String> = ["head", "nav", "header", "footer", "aside", "menu", "select",
                                              "button", "svg", "canvas", "object", "template", "dialog"]
    /// class/id fragments that mark page chrome on any element.
    static let chromeMarkers = ["nav", "menu", "sidebar", "side-bar", "sidebox", "footer", "foot", "breadcrumb",
                                "crumb", "related", "relate", "comment", "share", "copyright", "toolbar", "recommend",
                                "position", "location", "pager", "pagination", "advert", "banner", "hotnews",
                                "friendlink", "links", "login", "search", "topbar", "top-bar"]
    static let chromeMarkerSet = MarkerSet(chromeMarkers)
    /// Never dropped by class/id: dropping them would drop the whole page.
    static let structuralElements: Set<String> = ["html", "body", "main"]

    func extract(_ html: String) -> HTMLDocument {
        let s = UTF8Scalars.array(html)
        let tokens = HTMLTokenizer().tokenize(s)
        let closers = Self.matchClosers(tokens)
        let (title, heading, meta) = Self.metadata(tokens, s, closers)
        var text = render(tokens, s, closers, dropChrome: true)
        // Chrome rules can misfire on odd templates (a wrapper classed "main-nav-content"…):
        // when they leave no Han text, fall back to dropping only non-content elements.
        if HanCharacter.hanCount(text.unicodeScalars) == 0 {
            text = render(tokens, s, closers, dropChrome: false)
        }
        return HTMLDocument(text: text, title: title, heading: heading, meta: meta)
    }

    /// For each start tag, the index of its end tag (same name, innermost open first), or nil.
    static func matchClosers(_ tokens: [HTMLToken]) -> [Int?] {
        var closers = [Int?](repeating: nil, count: tokens.count)
        var open: [String: [Int]] = [:]
        for (i, t) in tokens.enumerated() {
            switch t {
            case .startTag(let name, _, let selfClosing) where !selfClosing && !voidElements.contains(name):
                open[name, default: []].append(i)
            case .endTag(let name):
                if let o = open[name]?.popLast() { closers[o] = i }
            default: break
            }
        }
        return closers
    }

    static func isChrome(_ name: String, _ attributes: [String: String]) -> Bool {
        if chromeElements.contains(name) { return true }
        if structuralElements.contains(name) { return false }
        if attributes["hidden"] != nil { return true }
        if let style = attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        guard attributes["class"] != nil || attributes["id"] != nil else { return false }
        let marks = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        return chromeMarkerSet.occurs(in: marks)
    }

    private static func decodedText(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        HTMLEntityDecoder().decode(String(scalars: s[r]))
    }

    private static func metadata(_ tokens: [HTMLToken], _ s: [Unicode.Scalar], _ closers: [Int?])
        -> (String?, String?, [String: String]) {
        var title: String?
        var heading: String?
        var meta: [String: String] = [:]
        var i = 0
        while i < tokens.count {
            switch tokens[i] {
            case .rawText("title", let r) where title == nil:
                title = collapse(decodedText(s, r))
            case .startTag("meta", let a, _):
                let key = (a["name"] ?? a["property"] ?? a["itemprop"] ?? a["http-equiv"])?.lowercased()
                if let key, let content = a["content"], meta[key] == nil { meta[key] = HTMLEntityDecoder().decode(content) }
            case .startTag("time", let a, _):
                if let dt = a["datetime"], meta["time:datetime"] == nil { meta["time:datetime"] = dt }
            case .startTag("h1", _, _) where heading == nil:
                var parts = ""
                var k = i + 1
                let end = closers[i] ?? min(tokens.count, i + 50)
                while k < end {
                    if case .text(let r) = tokens[k] { parts += decodedText(s, r) }
                    k += 1
                }
                let h = collapse(parts)
                if !h.isEmpty { heading = h }
            default: break
            }
            i += 1
        }
        return (title.flatMap { $0.isEmpty ? nil : $0 }, heading, meta)
    }

    /// Whitespace runs -> one space, trimmed: for one-line metadata.
    static func collapse(_ text: String) -> String {
        var out: [Unicode.Scalar] = []
        var space = false
        for c in text.unicodeScalars {
            if HanCharacter.isWhitespace(c) || HanCharacter.isInlineSpace(c) {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return String(scalars: out)
    }

    private func render(_ tokens: [HTMLToken], _ s: [Unicode.Scalar], _ closers: [Int?], dropChrome: Bool) -> String {
        var out = TextEmitter()
        var i = 0
        while i < tokens.count {
            switch tokens[i] {
            case .text(let r):
                out.appendText(s, r)
            case .rawText(let element, let r) where element == "textarea" || element == "xmp":
                out.appendText(s, r)
            case .rawText:
                break
            case .startTag(let name, let attributes, _):
                let drop = name == "head" || (dropChrome && Self.isChrome(name, attributes))
                if drop, let close = closers[i] {
                    i = close + 1
                    out.blockBreak()
                    continue
                }
                if Self.blockElements.contains(name) { out.blockBreak() } else if name == "td" || name == "th" { out.appendText(" ") }
            case .endTag(let name):
                if Self.blockElements.contains(name) { out.blockBreak() }
            }
            i += 1
        }
        return out.result
    }
}

/// Accumulates page text. In HTML a source line break is only whitespace: between two Chinese
/// characters it disappears (it was line wrapping), elsewhere it is one space. Blocks become "\n".
struct TextEmitter {
    private var out: [Unicode.Scalar] = []
    private var last: Unicode.Scalar?
    private var pendingSpace = false
    private var pendingWrap = false

    mutating func appendText(_ text: String) { appendScalars(text.unicodeScalars) }

    /// The text of `s[r]` with its character references decoded (no String made when there is none).
    mutating func appendText(_ s: [Unicode.Scalar], _ r: Range<Int>) {
        if s[r].contains("&") {
            appendText(HTMLEntityDecoder().decode(String(scalars: s[r])))
        } else {
            appendScalars(s[r])
        }
    }

    private mutating func appendScalars<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for c in scalars {
            if c == "\n" || c == "\r" {
                pendingWrap = true
            } else if c == " " || c == "\t" || c == "\u{0C}" || c == "\u{0B}" {
                pendingSpace = true
            } else {
                if pendingSpace || pendingWrap, let l = last, l != "\n" {
                    let bothChinese = HanCharacter.isChineseContext(l) && HanCharacter.isChineseContext(c)
                    // A run holding a line break is source wrapping (plus indentation): gone between Chinese.
                    if !(pendingWrap && bothChinese) { out.append(" ") }
                }
                pendingSpace = false
                pendingWrap = false
                out.append(c)
                last = c
            }
        }
    }

    mutating func blockBreak() {
        pendingSpace = false
        pendingWrap = false
        if let l = last, l != "\n" {
            out.append("\n")
            last = "\n"
        }
    }

    var result: String { String(scalars: out) }
}
