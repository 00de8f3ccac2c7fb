import ArgumentParser
import Builtins
import Course
import Foundation
import Notebook

/// `ganbook run lessons/02-gan-math.md`: executes one lesson from scratch and prints what each
/// cell produced as soon as it finishes. A lesson in a folder without `index.md` (one a student
/// wrote or copied) runs on its own. The course's freeze is left alone; figures go to `--out`
/// or to a fresh private temporary folder (made by `mkdtemp`, mode 0700, so nothing planted
/// beforehand — a symbolic link to elsewhere — can be written through).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Execute every cell of one lesson from scratch and print the outputs."
    )

    @Argument(help: "The lesson file, e.g. lessons/02-gan-math.md.")
    var lesson: String

    @Flag(name: .long, help: "Print one JSON document instead of text.")
    var json = false

    @Option(name: .long, help: "Folder for the figures (default: a new private temporary folder).")
    var out: String?

    @OptionGroup var engine: ThreadsOption

    func run() throws {
        engine.apply()
        try Terminal.reportingErrors {
            let folder = (lesson as NSString).deletingLastPathComponent
            let course: Course
            do {
                course = try Course.load(folder: folder.isEmpty ? "." : folder)
            } catch CourseError.missingIndex {
                course = try Course.loadSingleLesson(path: lesson)
            }
            let slug = ((lesson as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
            guard let page = course.pages.first(where: { $0.slug == slug }) else {
                throw ValidationError("\(lesson): not a lesson of \(course.folder)")
            }
            let plan = LessonPlan(lesson: page, courseSeed: course.settings.seed)
            let store = FreezeStore(folder: try out ?? Self.privateTemporaryFolder())
            // In a worker process: a crashing cell is reported at its fence and the rest still run.
            let pool = CellWorkers.pool()
            defer { pool.shutDown() }
            let run = WorkerLessonRun(plan: plan, courseSeed: course.settings.seed, lessonsFolder: course.folder,
                                      allowRawHTML: course.settings.allowRawHTML, store: store, snapshots: nil, pool: pool)
            run.progress = json ? SilentProgress() : TerminalProgress()
            if !json {
                // Each cell's outputs as soon as it finishes, not after the whole lesson.
                run.onCellFinished = { entry in
                    FileHandle.standardOutput.write(Data(RunReport.text(of: plan.cells[entry.index], entry, plan: plan, store: store).utf8))
                }
            }
            let frozen = try run.run(previous: FrozenLesson(), mustRun: Set(plan.cells.indices)).frozen
            let report = RunReport(plan: plan, frozen: frozen, store: store)
            if json { print(report.json(), terminator: "") }
            if report.hasUnexpectedFailure { throw ExitCode.failure }
        }
    }

    /// A new folder only this user can enter, under the system's temporary directory.
    static func privateTemporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("ganbook-run-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ValidationError("cannot create a temporary folder for the figures: \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }
}
