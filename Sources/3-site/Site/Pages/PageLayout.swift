import Course

/// The frame around every page: head, top bar, sidebar with all lessons (the current one
/// expanded to its sections), the article, and previous/next links.
struct PageLayout {
    let course: Course
    /// Every page in reading order: the course's pages, then generated ones (the reference).
    let pages: [Lesson]

    init(course: Course, extraPages: [Lesson] = []) {
        self.course = course
        pages = course.pages + extraPages
    }

    func page(for lesson: Lesson, body: String) -> String {
        let position = pages.firstIndex { $0.slug == lesson.slug } ?? 0
        let previous = position > 0 ? pages[position - 1] : nil
        let next = position + 1 < pages.count ? pages[position + 1] : nil
        let title = lesson.slug == "index" ? course.title : "\(lesson.title) · \(course.title)"
        let document = HTMLNode.el("html", [("lang", course.settings.language)], [
            head(title: title, summary: lesson.summary),
            .el("body", [], [
                topBar(),
                .el("div", [("class", "layout")], [
                    sidebar(current: lesson),
                    .el("main", [("id", "content")], [
                        .el("article", [("class", "lesson")], [.trusted(body)]),
                        pager(previous: previous, next: next),
                    ]),
                ]),
            ]),
        ])
        return "<!doctype html>\n" + document.html + "\n"
    }

    private func head(title: String, summary: String?) -> HTMLNode {
        var children: [HTMLNode] = [
            .void("meta", attributes: [("charset", "utf-8")]),
            .void("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .el("title", [], [.text(title)]),
            // Records the first script error or failed resource load on <html data-page-error>,
            // so the headless browser check can see it in the dumped DOM.
            .el("script", [], [.trusted(Self.errorProbe)]),
        ]
        if let summary { children.append(.void("meta", attributes: [("name", "description"), ("content", summary)])) }
        children.append(.void("link", attributes: [("rel", "stylesheet"), ("href", "assets/ganbook.css")]))
        children.append(.el("script", [("src", "assets/search.js"), ("defer", "")]))
        children.append(.el("script", [("src", "assets/page.js"), ("defer", "")]))
        return .el("head", [], children)
    }

    static let errorProbe = "window.addEventListener(\"error\",function(e){var t=e.target&&e.target!==window?" +
        "\"missing \"+(e.target.src||e.target.href):e.message;document.documentElement.setAttribute(\"data-page-error\",t)},true);"

    private func topBar() -> HTMLNode {
        .el("header", [("class", "topbar")], [
            .el("a", [("class", "skip"), ("href", "#content")], [.text("跳到正文")]),
            .el("button", [("id", "gb-nav-toggle"), ("class", "nav-toggle"), ("type", "button"), ("aria-controls", "gb-sidebar"),
                           ("aria-expanded", "false")], [.text("目录")]),
            .el("a", [("class", "course-title"), ("href", "index.html")], [.text(course.title)]),
            .el("div", [("class", "search")], [
                .void("input", attributes: [("type", "search"), ("id", "gb-search"), ("placeholder", "搜索（如：判别器）"),
                                            ("aria-label", "搜索课程"), ("autocomplete", "off"), ("data-index", "search-index.js")]),
                .el("div", [("id", "gb-search-results"), ("class", "search-results"), ("hidden", "")]),
            ]),
        ])
    }

    private func sidebar(current: Lesson) -> HTMLNode {
        let items: [HTMLNode] = pages.map { lesson in
            let isCurrent = lesson.slug == current.slug
            var children: [HTMLNode] = [
                .el("a", [("href", lesson.pageName)] + (isCurrent ? [("aria-current", "page")] : []), [.text(lesson.title)]),
            ]
            if isCurrent {
                let sections = lesson.document.headings.filter { $0.level == 2 }
                if !sections.isEmpty {
                    children.append(.el("ol", [("class", "sections")], sections.map { heading in
                        .el("li", [], [.el("a", [("href", "#" + heading.id)], [.text(heading.text)])])
                    }))
                }
            }
            return .el("li", isCurrent ? [("class", "current")] : [], children)
        }
        return .el("nav", [("class", "sidebar"), ("id", "gb-sidebar"), ("aria-label", "课程目录")], [.el("ol", [], items)])
    }

    private func pager(previous: Lesson?, next: Lesson?) -> HTMLNode {
        var links: [HTMLNode] = []
        if let previous {
            links.append(.el("a", [("class", "prev"), ("rel", "prev"), ("href", previous.pageName)],
                             [.el("span", [], [.text("上一章")]), .text(previous.title)]))
        }
        if let next {
            links.append(.el("a", [("class", "next"), ("rel", "next"), ("href", next.pageName)],
                             [.el("span", [], [.text("下一章")]), .text(next.title)]))
        }
        return .el("nav", [("class", "pager"), ("aria-label", "翻页")], links)
    }
}
