import CellScript
import Course

/// Renders every file of the site from a loaded course, its cells' frozen outputs and the
/// builtin entries of the reference page. It runs nothing; output files come through `asset`.
public struct SiteRenderer {
    public let course: Course
    public let frozen: [String: FrozenLesson]
    /// The entries of the reference page "单元格参考" (no page when nil).
    public let reference: ReferenceEntries?
    /// The bytes of a frozen output file (lesson slug, file name); nil when missing or damaged.
    public let asset: (_ slug: String, _ file: String) -> [UInt8]?

    /// - Parameter asset: where SVG/PNG outputs come from; by default the course's freeze.
    public init(course: Course, frozen: [String: FrozenLesson] = [:], reference: ReferenceEntries? = nil,
                asset: ((_ slug: String, _ file: String) -> [UInt8]?)? = nil) {
        self.course = course
        self.frozen = frozen
        self.reference = reference
        let store = FreezeStore(lessonsFolder: course.folder)
        self.asset = asset ?? { slug, file in store.asset(slug: slug, file: file) }
    }

    /// `path:line:col: warning: …` lines found while rendering (TeX problems).
    public private(set) var warnings: [String] = []

    /// Relative path → content of every file of the site; with `only`, just the pages (and
    /// their image files) of those lesson slugs (`ganbook serve` after a cell run in a page).
    public mutating func files(only: Set<String>? = nil) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let reference = self.reference.map { ReferencePage(standard: $0.standard, course: $0.course, chinese: $0.chinese) }
        let referenceBody = reference?.body()
        let referenceLesson = reference.flatMap { page in referenceBody.map { page.lesson(headings: $0.headings) } }
        let layout = PageLayout(course: course, extraPages: referenceLesson.map { [$0] } ?? [])
        var search = SearchIndex()
        for lesson in course.pages where only?.contains(lesson.slug) ?? true {
            let figures = FigureNumbers(lesson: lesson)
            let frozenLesson = frozen[lesson.slug] ?? FrozenLesson()
            let slug = lesson.slug
            var outputs = CellOutputRenderer(slug: slug, asset: { [asset] file in asset(slug, file) })
            var math = MathRenderer(path: lesson.path, courseMacros: course.settings.macros)
            var inlineProblems: [String] = []
            let sourceFile = [course.folder, lesson.path].map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: "/")
            var legendShown = false
            let body = LessonBody(lesson: lesson,
                                  renderCell: { cell in
                                      if cell.isInline {
                                          let span = InlineValueSpan.render(cell, frozenLesson.cell(named: cell.name), path: sourceFile)
                                          if let problem = span.problem { inlineProblems.append(problem) }
                                          return span.html
                                      }
                                      let entry = cell.isRunnable ? frozenLesson.cell(named: cell.name) : nil
                                      let rendered = entry.map { outputs.render($0, alt: cell.options.alt, expectsError: cell.options.expectsError) }
                                      let code = CodeHighlighting.capped(cell.code)
                                      let block = CellBlock.render(cell, .init(code: code.code, codeNote: code.note, outputs: rendered, frozen: entry,
                                                                               figureNumber: figures[cell.name],
                                                                               source: "\(sourceFile):\(cell.fenceLine)"))
                                      // Above the first cell that runs: what its "冻结输出" tag means.
                                      guard cell.isRunnable, !legendShown else { return block }
                                      legendShown = true
                                      return .fragment([CellBlock.legend, block])
                                  },
                                  renderMath: { math.render($0) },
                                  renderReference: figures.link(for:)).html()
            for (path, bytes) in outputs.images { files[path] = bytes }
            warnings += math.warnings
            warnings += inlineProblems.map { "inline value \($0)" }
            files[lesson.pageName] = Array(layout.page(for: lesson, body: body).utf8)
            search.addPage(url: lesson.pageName, title: lesson.title, bodyHTML: body)
        }
        if only != nil { return files }
        if let referenceLesson, let referenceBody {
            files[referenceLesson.pageName] = Array(layout.page(for: referenceLesson, body: referenceBody.html).utf8)
            search.addPage(url: referenceLesson.pageName, title: referenceLesson.title, bodyHTML: referenceBody.html)
        }
        files["assets/ganbook.css"] = Array(Stylesheet.css.utf8)
        files["assets/search.js"] = Array(SearchScript.javascript.utf8)
        files["assets/page.js"] = Array(PageScript.javascript.utf8)
        files["search-index.js"] = Array(search.javascript().utf8)
        return files
    }
}
