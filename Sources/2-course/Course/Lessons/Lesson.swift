/// One page of the course: a Markdown file of `lessons/`, parsed.
public struct Lesson: Sendable {
    /// The file name without its extension, lower-cased: `02-gan-math`. The home page is `index`.
    public var slug: String
    /// The path as given to the loader, used in diagnostics.
    public var path: String
    public var title: String
    public var order: Int?
    public var summary: String?
    public var seed: UInt64?
    public var document: LessonDocument
    /// The whole file as read, for locating diagnostics found after rendering.
    public var source: String

    public init(slug: String, path: String, title: String, order: Int?, summary: String?, seed: UInt64?,
                document: LessonDocument, source: String) {
        self.slug = slug
        self.path = path
        self.title = title
        self.order = order
        self.summary = summary
        self.seed = seed
        self.document = document
        self.source = source
    }

    /// The chapter number: front-matter `order`, else the file name's numeric prefix; nil for
    /// the home page and unnumbered lessons.
    public var number: Int? {
        guard slug != "index" else { return nil }
        let key = sortKey
        return key == Int.max ? nil : key
    }

    /// The file the page is written to: `index.html`, `02-gan-math.html`.
    public var pageName: String { "\(slug).html" }
}

/// A heading of a lesson with its anchor.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    /// A stable anchor id derived from the text; Chinese characters are kept.
    public var id: String
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// A lesson's Markdown rendered by cmark-gfm to HTML in which math spans, cells and heading
/// anchors are still placeholder tokens (`Placeholder`), plus what those tokens stand for.
public struct LessonDocument: Sendable {
    public var html: String
    public var headings: [Heading]
    public var cells: [CellSource]
    public var math: [MathSpan]
    public var references: [CrossReference]

    public init(html: String, headings: [Heading], cells: [CellSource], math: [MathSpan], references: [CrossReference]) {
        self.html = html
        self.headings = headings
        self.cells = cells
        self.math = math
        self.references = references
    }
}
