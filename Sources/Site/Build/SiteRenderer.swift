import Notebook

/// Renders every file of the site from a loaded course.
public struct SiteRenderer {
    public let course: Course

    public init(course: Course) {
        self.course = course
    }

    /// Relative path → content of every file of the site.
    public func files() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let layout = PageLayout(course: course)
        var search = SearchIndex()
        for lesson in course.pages {
            let figures = FigureNumbers(lesson: lesson)
            let body = LessonBody(lesson: lesson,
                                  renderCell: { CellBlock.render($0, code: .text($0.code), figureNumber: figures[$0.name]) },
                                  renderMath: MathElement.render,
                                  renderReference: figures.link(for:)).html()
            files[lesson.pageName] = Array(layout.page(for: lesson, body: body).utf8)
            search.addPage(url: lesson.pageName, title: lesson.title, bodyHTML: body)
        }
        files["assets/ganbook.css"] = Array(Stylesheet.css.utf8)
        files["assets/search.js"] = Array(SearchScript.javascript.utf8)
        files["search-index.js"] = Array(search.javascript().utf8)
        return files
    }
}
