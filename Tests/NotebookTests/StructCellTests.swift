import Foundation
import Testing
import Course
@testable import Notebook

/// Cells that declare and use structs, enums and classes: struct, enum and Set values are
/// restored from snapshots with their types declared again (from the declaring cell's
/// snapshot), a class instance (a shared reference) makes its cell run again; either way the
/// outputs equal those of a run of the whole lesson.
@Suite struct StructCellTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-structs-\(UUID().uuidString)").path

    func plan(_ use: String) throws -> LessonPlan {
        let cells = [
            "```swift\n//| label: shape\nstruct Point: Equatable {\n    var x: Double\n    var y = 0.0\n    mutating func move(by d: Double) { x += d; y += d }\n}\nenum Mark { case none, label(Character?, weight: Float) }\n```",
            "```swift\n//| label: more\nextension Point {\n    var sum: Double { x + y }\n}\n```",
            "```swift\n//| label: make\nvar p = Point(x: 1)\np.move(by: 1)\nlet q = p\np.move(by: 1)\nlet m = Mark.label(\"a\", weight: 0.1)\nlet seen: Set<Int> = [p.sum == 5 ? 1 : 0]\nlet lr: Float = 1 / 3\nlet n: Int? = 4\n```",
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

    @Test func aLaterCellRestoresStructEnumAndSetValuesAndPrintsAsAWholeRun() throws {
        let first = try plan("print(p)")
        let edited = try plan("print(p, q, p == q, p.sum, m, seen, lr, n)\nvar r = q\nr.move(by: 0.5)\nprint(r, q)")
        let frozen = try runner(first, snapshots: SnapshotStore(lessonsFolder: folder)).run()
        #expect(frozen.cells.last?.outputs == [.text("Point(x: 3.0, y: 2.0)\n")])
        let stale = Set(edited.staleCells(frozen: frozen, lessonsFolder: folder).map(\.0))
        let outcome = try runner(edited, snapshots: SnapshotStore(lessonsFolder: folder)).runIncrementally(previous: frozen, mustRun: stale)
        #expect(outcome.ran == ["use"])
        #expect(outcome.ranForValues == [])
        #expect(outcome.restored == ["shape: Mark, Point", "more: Point", "make: lr, m, n, p, q, seen"])
        let whole = try runner(edited, snapshots: nil).run()
        #expect(whole.cells.last?.outputs == [.text("Point(x: 3.0, y: 2.0) Point(x: 2.0, y: 1.0) false 5.0 label(Optional(\"a\"), weight: 0.1) [1] 0.33333334 Optional(4)\nPoint(x: 2.5, y: 1.5) Point(x: 2.0, y: 1.0)\n")])
        #expect(outcome.frozen.cells.map(\.outputs) == whole.cells.map(\.outputs))
    }

    @Test func aClassInstanceMakesItsCellRunAgain() throws {
        func classPlan(_ use: String) throws -> LessonPlan {
            let body = "```swift\n//| label: make\nclass Box { var v = 1 }\nlet b = Box()\nb.v = 2\n```\n\n```swift\n//| label: use\n\(use)\n```"
            let document = try LessonParser().parse(body: body, firstLine: 1, path: "l.md")
            return LessonPlan(lesson: Lesson(slug: "01-c", path: "l.md", title: "L", order: nil, summary: nil, seed: nil,
                                             document: document, source: body), courseSeed: 7)
        }
        let frozen = try runner(try classPlan("print(b.v)"), snapshots: SnapshotStore(lessonsFolder: folder)).run()
        let edited = try classPlan("print(b.v + 1)")
        let stale = Set(edited.staleCells(frozen: frozen, lessonsFolder: folder).map(\.0))
        let outcome = try runner(edited, snapshots: SnapshotStore(lessonsFolder: folder)).runIncrementally(previous: frozen, mustRun: stale)
        #expect(outcome.ran == ["make", "use"])
        #expect(outcome.ranForValues == ["make ('b' for use: its value is a Box, which has no snapshot form)"])
        #expect(outcome.frozen.cells.last?.outputs == [.text("3\n")])
    }
}
