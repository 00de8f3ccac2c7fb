import ArgumentParser
import Course
import Foundation
import Notebook

/// `ganbook why 03-dcgan`: for each cell, whether its frozen output is current or what makes it
/// run on the next build.
struct WhyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "why",
        abstract: "Tell, for each cell of a lesson, whether it is up to date or why it would run."
    )

    @Argument(help: "The lesson's slug, e.g. 03-dcgan.")
    var lesson: String

    @OptionGroup var folder: LessonsOption

    func run() throws {
        try Terminal.reportingErrors {
            let course = try Course.load(folder: folder.lessons)
            let slug = ((lesson as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
            guard let page = course.pages.first(where: { $0.slug == slug }) else {
                throw ValidationError("no lesson '\(lesson)' (lessons: \(course.pages.map(\.slug).joined(separator: ", ")))")
            }
            let plan = LessonPlan(lesson: page, courseSeed: course.settings.seed)
            var store = FreezeStore(lessonsFolder: course.folder)
            let frozen = store.load(slug: slug)
            var stale: Set<Int> = []
            for (index, cell) in plan.cells.enumerated() {
                let reason = plan.staleness(of: index, frozen: frozen, lessonsFolder: course.folder)
                if reason != nil { stale.insert(index) }
                let dependencies = plan.dependencies[index].map { plan.cells[$0].name }
                let after = dependencies.isEmpty ? "" : " (depends on \(dependencies.joined(separator: ", ")))"
                print("\(page.path):\(cell.fenceLine): \(cell.name): " + (reason.map { "will run: \($0)" } ?? "up to date") + after)
            }
            if !stale.isEmpty {
                let snapshots = SnapshotStore(lessonsFolder: course.folder)
                let preview = plan.restorePreview(mustRun: stale, snapshots: snapshots)
                print("next build: runs \(preview.run.joined(separator: ", "))"
                      + (preview.restored.isEmpty ? "" : "; restores from snapshots \(preview.restored.joined(separator: "; "))"))
                snapshots.warnings.forEach { Terminal.progress($0) }
            }
            store.warnings.forEach { Terminal.progress($0) }
        }
    }
}
