import CellScript
import Course
import Foundation
import Testing
@testable import Notebook

/// Issue 18's "one parse per cell per process": the plan parses each cell once and every pass
/// (def/use and alias analysis, the lesson's type check, the run, the snapshot's function
/// declarations, declaring restored functions again) takes that parsed value.
@Suite struct ParseOnceTests {
    static let cells = [
        "let parseOnceFactor = 10\nfunc parseOnceScale(_ x: Int) -> Int { return x * parseOnceFactor }",
        "let parseOnceBase = [3, 1, 2]\nvar parseOnceSorted = parseOnceBase.sorted()",
        "parseOnceSorted.append(parseOnceScale(4))\nprint(parseOnceSorted)",
        "let parseOnceModel = Linear(2, 1)\nlet parseOnceOpt = SGD(parseOnceModel.parameters, lr: 0.1)\nprint(parseOnceScale(parseOnceSorted.count))",
    ]

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-parse-once-\(UUID().uuidString)").path

    func plan() throws -> LessonPlan {
        let body = Self.cells.enumerated().map { "```swift\n//| label: c\($0.offset)\n\($0.element)\n```" }.joined(separator: "\n\n")
        let document = try LessonParser().parse(body: body, firstLine: 1, path: "p.md")
        let lesson = Lesson(slug: "01-p", path: "p.md", title: "P", order: nil, summary: nil, seed: nil, document: document, source: body)
        return LessonPlan(lesson: lesson, courseSeed: 3)
    }

    @Test func aLessonRunEndToEndParsesEachCellOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var plan: LessonPlan?
        var frozen = FrozenLesson()
        var incremental: IncrementalRunSummary?
        let counts = try ParseLog.recording {
            let built = try self.plan()
            plan = built
            let runner = try LessonRunner(plan: built, courseSeed: 3, lessonsFolder: folder, store: FreezeStore(folder: "\(folder)/_freeze"))
            runner.snapshots = SnapshotStore(lessonsFolder: folder)
            frozen = runner.run()
            // An incremental run of the last cell restores the others' values and declares the
            // function of the first cell again from its snapshot.
            let again = try LessonRunner(plan: built, courseSeed: 3, lessonsFolder: folder, store: FreezeStore(folder: "\(folder)/_freeze"))
            again.snapshots = SnapshotStore(lessonsFolder: folder)
            incremental = try again.runIncrementally(previous: frozen, mustRun: [3])
        }
        let lesson = try #require(plan)
        #expect(lesson.cells.count == Self.cells.count)
        #expect(frozen.cells.allSatisfy { $0.failure == nil }, "\(frozen.cells.compactMap(\.failure?.message))")
        #expect(frozen.cells[2].outputs == [.text("[1, 2, 3, 40]\n")])
        let summary = try #require(incremental)
        #expect(summary.ran == ["c3"])
        #expect(summary.restored.contains { $0.hasPrefix("c0: ") && $0.contains("parseOnceScale") }, "\(summary.restored)")
        #expect(summary.frozen.cells[3].outputs == frozen.cells[3].outputs)
        for cell in lesson.cells {
            #expect(counts[cell.code] == 1, "cell \(cell.name) was parsed \(counts[cell.code] ?? 0) times")
        }
    }
}
