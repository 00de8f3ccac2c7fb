import Foundation
import Testing
import Course
@testable import Notebook

/// Cells that declare and use structs and classes: a struct value or type has no snapshot
/// form, so the cells that made them run again (saying why) when a later cell needs them, and
/// the outputs equal those of a run of the whole lesson.
@Suite struct StructCellTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-structs-\(UUID().uuidString)").path

    func plan(_ use: String) throws -> LessonPlan {
        let cells = [
            "```swift\n//| label: shape\nstruct Point: Equatable {\n    var x: Double\n    var y = 0.0\n    mutating func move(by d: Double) { x += d; y += d }\n}\n```",
            "```swift\n//| label: make\nvar p = Point(x: 1)\np.move(by: 1)\nlet q = p\np.move(by: 1)\n```",
            "```swift\n//| label: use\n\(use)\n```",
        ]
        let body = cells.joined(separator: "\n\n")
        let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
        return LessonPlan(lesson: Lesson(slug: "01-l", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                         document: document, source: body), courseSeed: 7)
    }

    func runner(_ plan: LessonPlan, snapshots: SnapshotStore?) throws -> LessonRunner {
        let runner = try LessonRunner(plan: plan, courseSeed: 7, lessonsFolder: folder, store: FreezeStore(folder: "\(folder)/_freeze"))
        runner.snapshots = snapshots
        return runner
    }

    @Test func aLaterCellRunsTheStructCellsAgainAndPrintsAsAWholeRun() throws {
        let first = try plan("print(p)")
        let edited = try plan("print(p, q, p == q)")
        let frozen = try runner(first, snapshots: SnapshotStore(lessonsFolder: folder)).run()
        #expect(frozen.cells.last?.outputs == [.text("Point(x: 3.0, y: 2.0)\n")])
        let stale = Set(edited.staleCells(frozen: frozen, lessonsFolder: folder).map(\.0))
        let outcome = try runner(edited, snapshots: SnapshotStore(lessonsFolder: folder)).runIncrementally(previous: frozen, mustRun: stale)
        #expect(outcome.ran == ["shape", "make", "use"])
        #expect(outcome.ranForValues == ["shape ('Point' for make: its value is a Point.Type, which has no snapshot form)",
                                         "make ('q' for use: its value is a struct 'Point', which has no snapshot form)"])
        #expect(outcome.frozen.cells.last?.outputs == [.text("Point(x: 3.0, y: 2.0) Point(x: 2.0, y: 1.0) false\n")])
        let whole = try runner(edited, snapshots: nil).run()
        #expect(outcome.frozen.cells.map(\.outputs) == whole.cells.map(\.outputs))
    }
}
