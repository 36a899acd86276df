/// Drops page chrome from article lines: breadcrumbs, publication-info lines, image placeholders,
/// print/close/share links, copyright/ICP footers (and everything after them), related-news lists,
/// and a lone section label above the headline. Works on lines already trimmed of whitespace.
/// `责任编辑`, `记者` bylines and `来源` credits inside the article are not chrome: they name people/outlets.
struct ChromeFilter {
    /// Markers of a site footer: from the first one in the closing part of the page, the rest is chrome.
    static let footerMarkers = ["ICP备", "ICP证", "公网安备", "版权所有", "Copyright", "copyright", "COPYRIGHT", "©",
                                "All Rights Reserved", "all rights reserved", "主办单位：", "主办单位:", "技术支持：",
                                "技术支持:", "网站地图", "网站标识码"]
    /// Headers of a related-news list: from one of these in the closing part, the rest is chrome.
    static let relatedHeaders = ["相关新闻", "相关阅读", "相关链接", "推荐阅读", "延伸阅读", "热点新闻", "热门文章",
                                 "相关文章", "猜你喜欢", "上一篇", "下一篇", "上一条", "下一条"]
    /// Lines that are page furniture wherever they appear.
    static let furniture = ["打印本页", "关闭窗口", "分享到", "【打印】", "【关闭】", "【收藏】", "返回顶部", "返回首页",
                            "扫一扫", "字号：", "字号:", "【大 中 小】", "【大中小】", "网站首页", "设为首页", "加入收藏",
                            "用手机看", "微信扫", "打印正文", "收藏本页"]
    /// Metadata labels of a publication-info line (`发布时间:2016/08/18 点击量:843`).
    static let infoLabels = ["发布时间", "发布日期", "发表时间", "更新时间", "点击量", "点击数", "浏览次数", "浏览量",
                             "阅读量", "阅读次数", "访问量", "信息来源", "来源：", "来源:", "作者：", "作者:", "字体："]

    /// Lines at the top scanned for a section label or breadcrumb.
    var headLines = 12

    func filter(_ lines: [String]) -> [String] {
        var kept: [String] = []
        let tailStart = max(0, lines.count * 2 / 3)
        for (n, line) in lines.enumerated() {
            if line.isEmpty { continue }
            if n >= tailStart || lines.count - n <= 8, isFooterStart(line) { break }
            if isChromeLine(line) { continue }
            kept.append(line)
        }
        return dropSectionLabel(kept)
    }

    func isFooterStart(_ line: String) -> Bool {
        if Self.footerMarkers.contains(where: { line.contains($0) }) { return true }
        let head = line.prefix(8)
        return Self.relatedHeaders.contains(where: { head.hasPrefix($0) }) && line.count <= 30
    }

    func isChromeLine(_ line: String) -> Bool {
        let short = line.count <= 80
        // Breadcrumbs: 当前位置:首页>>新闻动态>>政策动态, 首页 > 新闻 > 正文
        if line.hasPrefix("当前位置") || line.hasPrefix("您的位置") || line.hasPrefix("你的位置") || line.hasPrefix("您现在的位置")
            || line.hasPrefix("所在位置") { return true }
        if line.hasPrefix("首页"), line.contains(">") || line.contains("》") || line.contains("→") || line.contains("/") { return true }
        if short, Self.furniture.contains(where: { line.contains($0) }), !line.contains("。") { return true }
        if isImagePlaceholder(line) { return true }
        if short, isPublicationInfo(line) { return true }
        // Footer lines may also appear early on a short page; ICP/公网安备 numbers are never article text.
        if line.contains("ICP备") || line.contains("公网安备") { return true }
        return false
    }

    /// "275", "275-1", "图1", "(图片来源：…)": placeholders and credits left where images were.
    func isImagePlaceholder(_ line: String) -> Bool {
        let s = line.unicodeScalars
        if s.count <= 9, !s.isEmpty, s.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "-" || $0 == "_" }),
           s.first != "-" {
            return true
        }
        let t = line.trimmingCharacters(in: CharacterSetLite.brackets)
        if t.hasPrefix("图片来源") || t.hasPrefix("图片来自") || t.hasPrefix("图片由") || t.hasPrefix("摄影：") { return t.count <= 40 }
        return false
    }

    /// A line made of metadata labels: publication date, clicks, source, author — no sentence.
    func isPublicationInfo(_ line: String) -> Bool {
        guard !line.contains("。"), !line.contains("责任编辑"), !line.contains("记者") else { return false }
        let labels = Self.infoLabels.filter { line.contains($0) }.count
        if labels >= 2 { return true }
        if labels == 1, line.hasPrefix("发布时间") || line.hasPrefix("发布日期") || line.hasPrefix("发表时间")
            || line.hasPrefix("更新时间") || line.hasPrefix("点击") || line.hasPrefix("浏览") { return true }
        return false
    }

    /// A short label line (`政策动态`) directly above a headline-like line at the top of the page.
    func dropSectionLabel(_ lines: [String]) -> [String] {
        guard lines.count >= 3 else { return lines }
        let first = lines[0], second = lines[1]
        if HeadlineFinder.isLabel(first), HeadlineFinder.isHeadlineLike(second), !HeadlineFinder.isHeadlineLike(lines[2]) || lines[2].count > 60 {
            return Array(lines.dropFirst())
        }
        return lines
    }
}

/// Bracket characters trimmed around credits and captions.
enum CharacterSetLite {
    static let brackets: Set<Character> = ["(", ")", "（", "）", "[", "]", "【", "】", " "]
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
