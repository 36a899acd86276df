/// Drops page chrome from article lines: breadcrumbs, publication-info lines, image placeholders,
/// print/close/share links, copyright/ICP footers (and everything after them), related-news lists,
/// and a lone section label above the headline. Works on lines already trimmed of whitespace.
/// `责任编辑`, `记者` bylines and `来源` credits inside the article are not chrome: they name people/outlets.
struct ChromeFilter {
    /// Markers of a site footer: from the first one in the closing part of the page, the rest is chrome.
    static let footerMarkers = MarkerSet(["ICP备", "ICP证", "公网安备", "版权所有", "Copyright", "copyright", "COPYRIGHT", "©",
                                          "All Rights Reserved", "all rights reserved", "主办单位：", "主办单位:", "技术支持：",
                                          "技术支持:", "网站地图", "网站标识码"])
    /// Headers of a related-news list: from one of these in the closing part, the rest is chrome.
    static let relatedHeaders = MarkerSet(["相关新闻", "相关阅读", "相关链接", "推荐阅读", "延伸阅读", "热点新闻", "热门文章",
                                           "相关文章", "猜你喜欢", "上一篇", "下一篇", "上一条", "下一条"])
    /// Lines that are page furniture wherever they appear.
    static let furniture = MarkerSet(["打印本页", "关闭窗口", "分享到", "【打印】", "【关闭】", "【收藏】", "返回顶部", "返回首页",
                                      "扫一扫", "字号：", "字号:", "【大 中 小】", "【大中小】", "网站首页", "设为首页", "加入收藏",
                                      "用手机看", "微信扫", "打印正文", "收藏本页"])
    /// Breadcrumb openers: 当前位置:首页>>新闻动态>>政策动态
    static let breadcrumbs = MarkerSet(["当前位置", "您的位置", "你的位置", "您现在的位置", "所在位置"])
    /// Metadata labels of a publication-info line (`发布时间:2016/08/18 点击量:843`).
    static let infoLabels = MarkerSet(["发布时间", "发布日期", "发表时间", "更新时间", "点击量", "点击数", "浏览次数", "浏览量",
                                       "阅读量", "阅读次数", "访问量", "信息来源", "来源：", "来源:", "作者：", "作者:", "字体："])
    /// Labels that open a publication-info line on their own.
    static let infoOpeners = MarkerSet(["发布时间", "发布日期", "发表时间", "更新时间", "点击", "浏览"])
    static let bylineWords = MarkerSet(["责任编辑", "记者", "。"])
    static let neverArticle = MarkerSet(["ICP备", "公网安备"])
    static let imageCredits = MarkerSet(["图片来源", "图片来自", "图片由", "摄影："])

    /// Chrome lines are short; longer lines are body text and skip the marker checks.
    static let maxChromeLength = 120

    func filter(_ lines: [String]) -> [String] {
        var kept: [String] = []
        let tailStart = max(0, lines.count * 2 / 3)
        for (n, line) in lines.enumerated() {
            if line.isEmpty { continue }
            // utf8.count is O(1); a line over ~3x the limit in UTF-8 bytes cannot be a short chrome line.
            guard line.utf8.count <= Self.maxChromeLength * 3 else { kept.append(line); continue }
            let s = UTF8Scalars.array(line)
            guard s.count <= Self.maxChromeLength else { kept.append(line); continue }
            if n >= tailStart || lines.count - n <= 8, isFooterStart(s) { break }
            if isChromeLine(s) { continue }
            kept.append(line)
        }
        return dropSectionLabel(kept)
    }

    func isFooterStart(_ s: [Unicode.Scalar]) -> Bool {
        if Self.footerMarkers.occurs(in: s) { return true }
        return s.count <= 30 && Self.relatedHeaders.isPrefix(of: Array(s.drop(while: { $0 == "【" || $0 == "[" })))
    }

    func isChromeLine(_ line: String) -> Bool { isChromeLine(Array(line.unicodeScalars)) }

    func isChromeLine(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= Self.maxChromeLength else { return false }
        if Self.breadcrumbs.isPrefix(of: s) { return true }
        // 首页 > 新闻 > 正文
        if s.starts(with: "首页".unicodeScalars), s.contains(where: { ">》→/".unicodeScalars.contains($0) }) { return true }
        let hasFullStop = s.contains("。")
        if s.count <= 80, !hasFullStop, Self.furniture.occurs(in: s) { return true }
        if isImagePlaceholder(s) { return true }
        if s.count <= 80, isPublicationInfo(s) { return true }
        // Footer lines may also appear early on a short page; ICP/公网安备 numbers are never article text.
        return Self.neverArticle.occurs(in: s)
    }

    func isImagePlaceholder(_ line: String) -> Bool { isImagePlaceholder(Array(line.unicodeScalars)) }

    /// "275", "275-1", "(图片来源：…)": placeholders and credits left where images were.
    func isImagePlaceholder(_ s: [Unicode.Scalar]) -> Bool {
        if s.count <= 9, let first = s.first, first != "-",
           s.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "-" || $0 == "_" }) {
            return true
        }
        let brackets: Set<Unicode.Scalar> = ["(", ")", "（", "）", "[", "]", "【", "】", " "]
        var t = s[...]
        while let f = t.first, brackets.contains(f) { t = t.dropFirst() }
        return t.count <= 40 && Self.imageCredits.isPrefix(of: Array(t))
    }

    func isPublicationInfo(_ line: String) -> Bool { isPublicationInfo(Array(line.unicodeScalars)) }

    /// A line made of metadata labels: publication date, clicks, source, author — no sentence, no byline.
    func isPublicationInfo(_ s: [Unicode.Scalar]) -> Bool {
        guard !Self.bylineWords.occurs(in: s) else { return false }
        let labels = Self.infoLabels.count(in: s)
        return labels >= 2 || (labels == 1 && Self.infoOpeners.isPrefix(of: s))
    }

    /// A short label line (`政策动态`) directly above a headline-like line at the top of the page.
    func dropSectionLabel(_ lines: [String]) -> [String] {
        guard lines.count >= 3 else { return lines }
        if HeadlineFinder.isLabel(lines[0]), HeadlineFinder.isHeadlineLike(lines[1]),
           !HeadlineFinder.isHeadlineLike(lines[2]) {
            return Array(lines.dropFirst())
        }
        return lines
    }
}
