import Builtins
import Course
import Foundation

/// How `build` treats cells.
public enum ExecutionMode: Sendable, Equatable {
    /// Run the lessons that have a stale or missing cell; use the freeze for the rest.
    case incremental
    /// Never run anything; a stale or missing output is an error (CI).
    case frozen
}

/// Where cells run.
public enum CellExecution: Sendable {
    /// On a thread of this process (tests of the notebook itself; a crashing cell ends the process).
    case inProcess
    /// In worker processes (`ganbook cell-worker`): a crash or a timeout is that cell's error.
    case workers(CellWorkerPool)
}

/// A cell that failed, for the terminal summary: `path:line:col: error: message`.
public struct CellProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(path):\(line):\(column): error: \(message)" }
}

/// Errors that stop a build before rendering.
public enum NotebookError: Error, Sendable, CustomStringConvertible {
    /// `--frozen` found cells that would have to run.
    case staleOutputs([CellProblem])
    case unknownRerunTarget(String, known: [String])
    /// `RunCancellation.cancel()` stopped the run (`serve`: the lesson changed again).
    case cancelled
    /// The cell worker refused a lesson or kept failing outside any cell.
    case workerRejected(path: String, reason: String)

    public var description: String {
        switch self {
        case .staleOutputs(let problems):
            return problems.map(\.description).joined(separator: "\n")
                + "\nerror: \(problems.count) cell(s) have no current frozen output; run 'ganbook build' (without --frozen) and commit lessons/_freeze"
        case .unknownRerunTarget(let target, let known):
            return "error: --rerun '\(target)' names no lesson or cell (lessons: \(known.joined(separator: ", ")))"
        case .cancelled:
            return "error: the run was cancelled"
        case .workerRejected(let path, let reason):
            return "\(path):1:1: error: the cell worker could not run this lesson: \(reason)"
        }
    }
}

/// Brings the freeze of every lesson up to date (or checks it, with `.frozen`) and reports
/// failed cells. This is the "execute" step of the build.
public struct CourseRunner {
    public let course: Course
    public var mode: ExecutionMode
    /// Lessons (slugs) or cells (`slug#label`) to run even when their outputs are current.
    public var rerun: Set<String>
    /// Where the run reports lessons and cells as they start and finish.
    public var events: (RunEvent) -> Void
    public var progress: ProgressSink
    public var execution: CellExecution
    /// Stops the run from another thread (the running worker is killed).
    public var cancellation: RunCancellation?

    public init(course: Course, mode: ExecutionMode, rerun: Set<String> = [], events: @escaping (RunEvent) -> Void = { _ in },
                progress: ProgressSink = SilentProgress(), execution: CellExecution = .inProcess,
                cancellation: RunCancellation? = nil) {
        self.course = course
        self.mode = mode
        self.rerun = rerun
        self.events = events
        self.progress = progress
        self.execution = execution
        self.cancellation = cancellation
    }

    /// The outcome: frozen outputs per lesson slug, cells that failed unexpectedly, and warnings.
    public struct Summary {
        public var lessons: [String: FrozenLesson] = [:]
        public var problems: [CellProblem] = []
        public var warnings: [String] = []
        public var executedCells = 0
        /// `slug#name` of every cell that ran.
        public var ranCells: Set<String> = []
        /// The SVG/PNG files of the cells that ran, by lesson slug and file name (also in the freeze).
        public var assets: [String: [String: [UInt8]]] = [:]
    }

    public func run() throws -> Summary {
        try validateRerunTargets()
        var store = FreezeStore(lessonsFolder: course.folder)
        var outcome = Summary()
        let snapshots = SnapshotStore(lessonsFolder: course.folder)
        var stale: [CellProblem] = []
        for lesson in course.pages {
            if cancellation?.isCancelled == true { throw NotebookError.cancelled }
            let plan = LessonPlan(lesson: lesson, courseSeed: course.settings.seed)
            var frozen = store.load(slug: lesson.slug)
            let staleCells = plan.staleCells(frozen: frozen, lessonsFolder: course.folder)
            let forced = rerun.contains(lesson.slug) || plan.cells.contains { rerun.contains("\(lesson.slug)#\($0.name)") }
            if !plan.cells.isEmpty && (forced || !staleCells.isEmpty) {
                if mode == .frozen {
                    stale += staleCells.map { index, reason in
                        CellProblem(path: lesson.path, line: plan.cells[index].fenceLine, column: plan.cells[index].startColumn,
                                    message: "cell '\(plan.cells[index].name)' must run: \(reason)")
                    }
                    continue
                }
                let wholeLesson = rerun.contains(lesson.slug)
                let forcedCells = plan.cells.indices.filter { rerun.contains("\(lesson.slug)#\(plan.cells[$0].name)") }
                let mustRun = wholeLesson ? Set(plan.cells.indices) : Set(staleCells.map(\.0)).union(forcedCells)
                events(.lessonStarted(path: lesson.path, running: mustRun.count, cells: plan.cells.count, forced: forced))
                let partial = try executeIncrementally(plan, previous: frozen, mustRun: mustRun, store: store, snapshots: snapshots)
                frozen = partial.frozen
                let ran = partial.ran
                if !partial.ranForValues.isEmpty { events(.ranForValues(partial.ranForValues)) }
                if !partial.restored.isEmpty { events(.restored(partial.restored)) }
                snapshots.prune(slug: lesson.slug, keep: Set(plan.keys))
                try store.save(frozen, slug: lesson.slug)
                outcome.assets[lesson.slug] = partial.assets
                outcome.executedCells += ran.count
                for name in ran { outcome.ranCells.insert("\(lesson.slug)#\(name)") }
            }
            if mode != .frozen && store.isOutdated(frozen, slug: lesson.slug) {
                try store.save(frozen, slug: lesson.slug)
            }
            outcome.lessons[lesson.slug] = frozen
            outcome.problems += problems(of: frozen, plan: plan)
        }
        outcome.warnings = store.warnings + snapshots.warnings
        if !stale.isEmpty { throw NotebookError.staleOutputs(stale) }
        return outcome
    }

    private func executeIncrementally(_ plan: LessonPlan, previous: FrozenLesson, mustRun: Set<Int>, store: FreezeStore,
                                      snapshots: SnapshotStore) throws -> IncrementalRunSummary {
        if case .workers(let pool) = execution {
            let run = WorkerLessonRun(plan: plan, courseSeed: course.settings.seed, lessonsFolder: course.folder,
                                      allowRawHTML: course.settings.allowRawHTML, store: store, snapshots: snapshots, pool: pool,
                                      cancellation: cancellation)
            run.progress = progress
            run.onCellStarted = { [events] cell in events(.cellStarted(slug: plan.lesson.slug, cell: cell.name)) }
            run.onCellFinished = cellReporter(plan)
            run.onSnapshotFallback = { [events] reason in events(.snapshotFallback(reason: reason)) }
            return try run.run(previous: previous, mustRun: mustRun)
        }
        func lessonRunner() throws -> LessonRunner {
            let runner = try LessonRunner(plan: plan, courseSeed: course.settings.seed, lessonsFolder: course.folder,
                                          store: store, progress: progress)
            runner.onCellStarted = { [events] cell in events(.cellStarted(slug: plan.lesson.slug, cell: cell.name)) }
            runner.onCellFinished = cellReporter(plan)
            runner.snapshots = snapshots
            return runner
        }
        do {
            return try lessonRunner().runIncrementally(previous: previous, mustRun: mustRun)
        } catch let error as SnapshotError {
            // A snapshot that read back wrong: run the whole lesson rather than trust it.
            events(.snapshotFallback(reason: "\(error)"))
            let runner = try lessonRunner()
            let frozen = runner.run()
            return IncrementalRunSummary(frozen: frozen, ran: plan.cells.map(\.name), ranForValues: [], restored: [], assets: runner.assets)
        }
    }

    private func cellReporter(_ plan: LessonPlan) -> (FrozenCell) -> Void {
        let events = self.events
        let expected = Set(plan.cells.filter(\.options.expectsError).map(\.name))
        return { cell in
            let status: RunEvent.CellStatus = cell.failure != nil ? (expected.contains(cell.name) ? .failedAsExpected : .failed)
                : cell.skippedBecause != nil ? .skipped : .ok
            events(.cellFinished(slug: plan.lesson.slug, cell: cell.name, status: status, seconds: cell.seconds,
                                 failure: cell.failure?.message ?? cell.skippedBecause))
        }
    }

    /// Unexpected failures of a lesson's cells (expected errors of teaching cells excluded).
    private func problems(of frozen: FrozenLesson, plan: LessonPlan) -> [CellProblem] {
        frozen.cells.compactMap { cell in
            guard let failure = cell.failure else { return nil }
            let source = plan.cells.first { $0.name == cell.name }
            if source?.options.expectsError == true && !failure.message.contains("marked 'error: expected'") { return nil }
            return CellProblem(path: plan.lesson.path, line: failure.line, column: failure.column, message: failure.message)
        }
    }

    private func validateRerunTargets() throws {
        for target in rerun {
            let slug = String(target.split(separator: "#").first ?? "")
            guard let lesson = course.pages.first(where: { $0.slug == slug }) else {
                throw NotebookError.unknownRerunTarget(target, known: course.pages.map(\.slug))
            }
            if target.contains("#"), !lesson.document.cells.contains(where: { "\(slug)#\($0.name)" == target }) {
                throw NotebookError.unknownRerunTarget(target, known: lesson.document.cells.map { "\(slug)#\($0.name)" })
            }
        }
    }
}
