import Builtins
import Foundation
import Course
import Notebook
import Site

/// Options of one `ganbook build`.
public struct BuildOptions: Sendable {
    public var lessonsFolder: String
    public var outputFolder: String
    /// Never execute cells; use only frozen outputs.
    public var frozen: Bool
    /// Lessons (`03-dcgan`) or cells (`03-dcgan#train`) to run even when their outputs are current.
    public var rerun: Set<String>
    /// Where cells run: `ganbook` uses worker processes; in-process is for tests of the build.
    public var execution: CellExecution
    /// Stops the build's cells from another thread (`serve`, when a lesson changes again).
    public var cancellation: RunCancellation?
    /// `serve` after a cell run in a page: render only these lessons (slugs) and those whose
    /// cells ran, and replace just their files in the existing site (each atomically); other
    /// pages, the search index and the link check stay as the last full build left them.
    /// nil (or no site yet): the whole site.
    public var onlyPages: Set<String>? = nil

    public init(lessonsFolder: String = "lessons", outputFolder: String = "site", frozen: Bool = false,
                rerun: Set<String> = [], execution: CellExecution = .inProcess, cancellation: RunCancellation? = nil) {
        self.lessonsFolder = lessonsFolder
        self.outputFolder = outputFolder
        self.frozen = frozen
        self.rerun = rerun
        self.execution = execution
        self.cancellation = cancellation
    }
}

/// The build as a list of named steps: load → run → render → write. Each step reports itself
/// as a `BuildEvent` (`[i/n] step` in the log), and every error names its file.
public struct SiteBuilder {
    public var options: BuildOptions
    /// Where the build reports steps, lessons, cells and warnings.
    public var events: (BuildEvent) -> Void
    public var progress: ProgressSink

    public init(options: BuildOptions, events: @escaping (BuildEvent) -> Void, progress: ProgressSink = SilentProgress()) {
        self.options = options
        self.events = events
        self.progress = progress
    }

    /// A build that reports each event as its log line.
    public init(options: BuildOptions, log: @escaping (String) -> Void = { _ in }, progress: ProgressSink = SilentProgress()) {
        self.init(options: options, events: { event in event.line.map(log) }, progress: progress)
    }

    /// What a finished build produced.
    public struct Summary: Sendable {
        public var pages: Int
        public var cells: Int
        public var files: Int
        /// Cells executed by this build.
        public var executed: Int
        /// Cells that failed unexpectedly (the build then exits with status 1).
        public var problems: [CellProblem]
        /// `slug#name` of the cells this build ran.
        public var ranCells: Set<String>
    }

    /// Runs every step and returns a summary.
    @discardableResult
    public func build() throws -> Summary {
        let events = self.events
        events(.step(number: 1, total: 4, title: "load lessons from \(options.lessonsFolder)"))
        // A cell worker starts while the lessons load (unused, it is killed at the end).
        if !options.frozen, case .workers(let pool) = options.execution { pool.prestart() }
        try OutputFolderGuard.check(destination: options.outputFolder, lessonsFolder: options.lessonsFolder)
        let course = try Course.load(folder: options.lessonsFolder)
        let lock = try BuildLock(lessonsFolder: options.lessonsFolder) { [options] holder in
            events(.waitingForLock(folder: options.lessonsFolder, holder: holder))
        }
        defer { withExtendedLifetime(lock) {} }
        events(.step(number: 2, total: 4, title: options.frozen ? "check frozen outputs" : "run cells whose inputs changed"))
        let runner = CourseRunner(course: course, mode: options.frozen ? .frozen : .incremental, rerun: options.rerun,
                                    events: { events(.run($0)) }, progress: progress, execution: options.execution,
                                    cancellation: options.cancellation)
        let outcome = try runner.run()
        outcome.warnings.forEach { events(.warning($0)) }
        events(.step(number: 3, total: 4, title: "render \(course.pages.count) pages"))
        let reference = (try? BuiltinReference.entries()).map { ReferenceEntries(standard: $0.standard, course: $0.course, chinese: BuiltinReference.chinese($0)) }
        // Outputs of the cells that just ran come from memory; the others from the freeze.
        let store = FreezeStore(lessonsFolder: course.folder)
        var renderer = SiteRenderer(course: course, frozen: outcome.lessons, reference: reference) { [assets = outcome.assets] slug, file in
            assets[slug]?[file] ?? store.asset(slug: slug, file: file)
        }
        let existing = FileManager.default.fileExists(atPath: options.outputFolder + "/" + OutputFolderGuard.markerName)
        if let only = options.onlyPages, existing {
            let slugs = only.union(outcome.ranCells.map { String($0.split(separator: "#").first ?? "") })
            let files = renderer.files(only: slugs)
            renderer.warnings.forEach { events(.warning($0)) }
            events(.step(number: 4, total: 4, title: "write \(files.count) files to \(options.outputFolder)"))
            for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
                try AtomicFile.write(bytes, to: options.outputFolder + "/" + path)
            }
            let cells = course.pages.reduce(0) { $0 + $1.document.cells.count }
            return Summary(pages: slugs.count, cells: cells, files: files.count, executed: outcome.executedCells,
                           problems: outcome.problems, ranCells: outcome.ranCells)
        }
        let files = renderer.files()
        renderer.warnings.forEach { events(.warning($0)) }
        let checker = LinkChecker(files: files)
        let broken = course.pages.flatMap { checker.check($0, source: $0.source) }
        if !broken.isEmpty { throw SiteError.brokenLinks(broken.map(\.description)) }
        events(.step(number: 4, total: 4, title: "write \(files.count) files to \(options.outputFolder)"))
        try SiteWriter(destination: options.outputFolder).write(files)
        let cells = course.pages.reduce(0) { $0 + $1.document.cells.count }
        return Summary(pages: course.pages.count, cells: cells, files: files.count, executed: outcome.executedCells,
                       problems: outcome.problems, ranCells: outcome.ranCells)
    }
}
