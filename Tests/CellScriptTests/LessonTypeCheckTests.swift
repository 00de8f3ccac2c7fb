import Foundation
import Testing
import CellScript

/// Every cell of the course's lessons type-checks, in document order, without running; the
/// places where the types change what a cell computes or prints are listed (with
/// `GANBOOK_LIST_REWRITES=1`) so their outputs can be compared after the lessons run again.
@Test func lessonCellsTypeCheck() throws {
    let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")
    let files = try FileManager.default.contentsOfDirectory(atPath: lessons.path).filter { $0.hasSuffix(".md") }.sorted()
    #expect(files.count >= 5, "lessons missing at \(lessons.path)")
    var cellCount = 0
    for file in files {
        let text = try String(contentsOf: lessons.appendingPathComponent(file), encoding: .utf8)
        let checker = LessonTypeChecker()
        for (line, code) in swiftCells(text) {
            cellCount += 1
            let report = checker.check(code)
            for d in report.diagnostics {
                Issue.record(Comment(rawValue: "\(file):\(line + d.range.start.line):\(d.range.start.column): \(d.message)"))
            }
            if ProcessInfo.processInfo.environment["GANBOOK_LIST_REWRITES"] == "1" {
                for rewrite in report.rewrites { print("\(file) cell at line \(line): \(rewrite)") }
            }
        }
    }
    #expect(cellCount >= 50)
}

/// The bodies of the ```swift fences (not `swift norun`) with the line before each body.
private func swiftCells(_ markdown: String) -> [(Int, String)] {
    var cells: [(Int, String)] = []
    var current: [Substring]?
    var start = 0
    for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if let lines = current {
            if line.hasPrefix("```") {
                cells.append((start, lines.joined(separator: "\n")))
                current = nil
            } else {
                current?.append(line)
            }
        } else if line.trimmingCharacters(in: .whitespaces) == "```swift" {
            current = []
            start = index + 1
        }
    }
    return cells
}
