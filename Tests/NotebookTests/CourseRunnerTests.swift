import Foundation
import Testing
import Course
@testable import Notebook

/// Incremental execution over a small course written to a temporary folder.
@Suite struct NotebookRunnerTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gb-runner-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "---\ntitle: 首页\n---\n".write(toFile: folder + "/index.md", atomically: true, encoding: .utf8)
        try write(lesson: """
        ```swift
        //| label: make
        let numbers = [1, 2, 3]
        ```

        ```swift
        //| label: total
        print(numbers.count)
        ```

        ```swift
        //| label: unrelated
        let other = 40 + 2
        other
        ```
        """)
    }

    func write(lesson body: String) throws {
        try "---\ntitle: 课\n---\n\n\(body)\n".write(toFile: folder + "/01-a.md", atomically: true, encoding: .utf8)
    }

    func run(_ mode: ExecutionMode = .incremental, rerun: Set<String> = []) throws -> CourseRunner.Summary {
        try CourseRunner(course: try Course.load(folder: folder), mode: mode, rerun: rerun).run()
    }

    @Test func runsOnceThenReusesTheFreeze() throws {
        let first = try run()
        #expect(first.executedCells == 3)
        let cells = try #require(first.lessons["01-a"]).cells
        #expect(cells.map(\.outputs) == [[], [.text("3\n")], [.value("42")]])
        #expect(try run().executedCells == 0)
        #expect(try run(.frozen).lessons["01-a"] == first.lessons["01-a"])
    }

    @Test func frozenModeListsStaleCellsWithReasons() throws {
        _ = try run()
        try write(lesson: "```swift\n//| label: make\nlet numbers = [1, 2, 3, 4]\n```\n\n```swift\n//| label: total\nprint(numbers.count)\n```\n")
        #expect { try run(.frozen) } throws: { error in
            let text = String(describing: error)
            return text.contains("01-a.md:5:1: error: cell 'make' must run: its code or options changed")
                && text.contains("cell 'total' must run: cell 'make' it depends on changed")
        }
        #expect(try run().lessons["01-a"]?.cells[1].outputs == [.text("4\n")])
    }

    @Test func captionChangesDoNotRerun() throws {
        _ = try run()
        try write(lesson: "```swift\n//| label: make\n//| caption: 数字\nlet numbers = [1, 2, 3]\n```\n\n```swift\n//| label: total\nprint(numbers.count)\n```\n\n```swift\n//| label: unrelated\nlet other = 40 + 2\nother\n```\n")
        #expect(try run(.frozen).executedCells == 0)
    }

    @Test func rerunForcesALessonAndRejectsUnknownTargets() throws {
        _ = try run()
        #expect(try run(rerun: ["01-a"]).executedCells == 3)
        #expect(throws: NotebookError.self) { try run(rerun: ["99-nope"]) }
        #expect(throws: NotebookError.self) { try run(rerun: ["01-a#nope"]) }
    }

    @Test func sameSourceGivesTheSameOutputs() throws {
        let first = try run().lessons["01-a"]
        let again = try run(rerun: ["01-a"]).lessons["01-a"]
        #expect(first?.cells.map(\.outputs) == again?.cells.map(\.outputs))
        #expect(first?.cells.map(\.key) == again?.cells.map(\.key))
    }
}
