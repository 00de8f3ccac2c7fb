import Foundation

/// A whole course: its settings, its home page and its lessons in reading order.
public struct Course: Sendable {
    public var folder: String
    public var settings: CourseSettings
    /// `index.md`, the course home.
    public var home: Lesson
    /// The other lessons, ordered by front-matter `order`, else by numeric file-name prefix.
    public var lessons: [Lesson]

    /// Home first, then the lessons.
    public var pages: [Lesson] { [home] + lessons }

    /// The title shown in every page's header.
    public var title: String { settings.title ?? home.title }
}

extension Course {
    /// Reads and parses every lesson of `folder` (top-level `*.md` files not starting with `_`
    /// or `.`; `index.md` is the home page).
    /// - Throws: `CourseError` naming the file at fault.
    public static func load(folder: String) throws -> Course {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CourseError.missingLessonsFolder(path: folder)
        }
        let settings = try CourseSettings.load(folder: folder)
        let parser = LessonParser(allowRawHTML: settings.allowRawHTML)
        var bySlug: [String: Lesson] = [:]
        for name in try lessonFileNames(in: folder) {
            let path = (folder as NSString).appendingPathComponent(name)
            if let target = CourseContainment.escape(of: path, from: folder) {
                throw CourseError.linkLeavesCourse(path: path, target: target)
            }
            let lesson = try loadLesson(path: path, fileName: name, parser: parser)
            if let reason = Self.reservedSlugs[lesson.slug] ?? Self.unlinkableSlugReason(lesson.slug) {
                throw CourseError.reservedSlug(path: path, slug: lesson.slug, reason: reason)
            }
            if let first = bySlug[lesson.slug] {
                throw CourseError.duplicateSlug(lesson.slug, first: first.path, second: path)
            }
            bySlug[lesson.slug] = lesson
        }
        guard let home = bySlug.removeValue(forKey: "index") else {
            throw CourseError.missingIndex(folder: folder)
        }
        let lessons = bySlug.values.sorted { ($0.sortKey, $0.slug) < ($1.sortKey, $1.slug) }
        return Course(folder: folder, settings: settings, home: home, lessons: lessons)
    }

    /// Page names the site writes itself, which no lesson may take (its page would be
    /// overwritten): slug → why.
    public static let reservedSlugs: [String: String] = [
        "reference": "the site writes its cell reference page to reference.html",
    ]

    /// Why a page named `slug` could not be linked to as written (`#`, `?`, `%`, spaces, …).
    static func unlinkableSlugReason(_ slug: String) -> String? {
        let bad = slug.unicodeScalars.first { scalar in
            scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F || "#?%\\\"'<>&`".unicodeScalars.contains(scalar)
        }
        return bad.map { "its page name would hold '\($0.escaped(asASCII: false))', which breaks links to it" }
    }

    static func lessonFileNames(in folder: String) throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw CourseError.unreadableFile(path: folder, reason: "cannot list the folder")
        }
        return names.filter { name in
            (name.hasSuffix(".md") || name.hasSuffix(".markdown")) && !name.hasPrefix("_") && !name.hasPrefix(".")
        }.sorted()
    }

    static func loadLesson(path: String, fileName: String, parser: LessonParser) throws -> Lesson {
        let text = try LessonText.read(path: path)
        let split = try FrontMatter.split(text, path: path)
        guard let title = split.frontMatter.title, !title.isEmpty else {
            throw CourseError.missingTitle(path: path)
        }
        let document = try parser.parse(body: split.body, firstLine: split.bodyStartLine, path: path)
        let slug = (fileName as NSString).deletingPathExtension.lowercased()
        return Lesson(slug: slug, path: path, title: title, order: split.frontMatter.order,
                      summary: split.frontMatter.summary, seed: split.frontMatter.seed, document: document, source: text)
    }
}

extension Lesson {
    /// Front-matter order, else the file name's numeric prefix, else last.
    var sortKey: Int {
        if let order { return order }
        let digits = slug.prefix(while: \.isNumber)
        return Int(digits) ?? Int.max
    }
}
