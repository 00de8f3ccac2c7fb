import Foundation
import HostileCells
import Testing
import Course
@testable import Notebook

/// Every hostile cell of issue 20, run the way `ganbook build` runs it: in a real
/// `ganbook cell-worker`, under its `//| memory:` budget. Each must be a located error in the
/// lesson file (not a crash of the worker, not a dead build), and the cell after it must run.
@Suite(.serialized) struct HostileCellWorkerTests {
    @Test(arguments: HostileCell.cases) func hostileCellIsALocatedErrorInTheWorker(_ c: HostileCell) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "---\ntitle: 首页\n---\n".write(toFile: folder + "/index.md", atomically: true, encoding: .utf8)
        // Lines: 1–3 front matter, 4 blank, 5 fence, 6 label, 7 timeout, 8 memory, 9… the source.
        let memory = c.budget == 4 << 30 ? "// the default memory budget" : "//| memory: \(c.budget >> 20) MiB"
        let text = "---\ntitle: 课\n---\n\n```swift\n//| label: hostile\n//| timeout: 30\n\(memory)\n\(c.source)\n```\n\n"
            + "```swift\n//| label: after\nprint(40 + 2)\n```\n"
        try text.write(toFile: folder + "/01-a.md", atomically: true, encoding: .utf8)
        let pool = CellWorkerPool(command: try WorkerBinary.command())
        let started = ContinuousClock.now
        let summary: CourseRunner.Summary
        do {
            defer { pool.shutDown() }
            summary = try CourseRunner(course: try Course.load(folder: folder), mode: .incremental, execution: .workers(pool)).run()
        }
        let lesson = try #require(summary.lessons["01-a"])
        let failure = try #require(lesson.cell(named: "hostile")?.failure, "\(c.name) did not fail")
        #expect(c.matches(failure.message), "\(failure.message)")
        #expect((failure.line, failure.column) == (8 + c.line, c.column), "at \(failure.line):\(failure.column)")
        #expect(lesson.cell(named: "after")?.outputs == [.text("42\n")])
        #expect(started.duration(to: .now) < .seconds(30))
        #expect(pool.living.isEmpty, "no worker outlives the run")
    }
}
