import Foundation
import Notebook

/// Options of one `ganbook build`.
public struct BuildOptions: Sendable {
    public var lessonsFolder: String
    public var outputFolder: String
    /// Never execute cells; use only frozen outputs.
    public var frozen: Bool

    public init(lessonsFolder: String = "lessons", outputFolder: String = "site", frozen: Bool = false) {
        self.lessonsFolder = lessonsFolder
        self.outputFolder = outputFolder
        self.frozen = frozen
    }
}

/// The build as a list of named steps: load → render → write. Each step reports progress as
/// `[i/n] step` through `log`, and every error names its file.
public struct SiteBuilder {
    public var options: BuildOptions
    public var log: (String) -> Void

    public init(options: BuildOptions, log: @escaping (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// What a finished build produced.
    public struct Summary: Sendable {
        public var pages: Int
        public var cells: Int
        public var files: Int
    }

    /// Runs every step and returns a summary.
    @discardableResult
    public func build() throws -> Summary {
        log("[1/3] load lessons from \(options.lessonsFolder)")
        let course = try Course.load(folder: options.lessonsFolder)
        log("[2/3] render \(course.pages.count) pages")
        let files = SiteRenderer(course: course).files()
        let checker = LinkChecker(files: files)
        let broken = course.pages.flatMap { checker.check($0, source: $0.source) }
        if !broken.isEmpty { throw SiteError.brokenLinks(broken.map(\.description)) }
        log("[3/3] write \(files.count) files to \(options.outputFolder)")
        try SiteWriter(destination: options.outputFolder).write(files)
        let cells = course.pages.reduce(0) { $0 + $1.document.cells.count }
        return Summary(pages: course.pages.count, cells: cells, files: files.count)
    }
}
