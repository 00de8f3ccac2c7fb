import CellScript
import Foundation
import Testing
@testable import Builtins

/// Every cell of the course type-checks with its builtin calls checked against their
/// signatures (labels, and argument types where a signature is precise), in document order.
@Test func lessonCellsTypeCheckAgainstBuiltinSignatures() throws {
    let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")
    let files = try FileManager.default.contentsOfDirectory(atPath: lessons.path).filter { $0.hasSuffix(".md") }.sorted()
    #expect(files.count >= 5, "lessons missing at \(lessons.path)")
    let registry = HostRegistry.standard()
    _ = try Builtins.register(in: registry, context: BuiltinContext(lessonsFolder: lessons.path))
    var cellCount = 0
    for file in files {
        let text = try String(contentsOf: lessons.appendingPathComponent(file), encoding: .utf8)
        let checker = LessonTypeChecker(registry: registry)
        var fenceLine = 0
        var body: [Substring]?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if var lines = body {
                if line.hasPrefix("```") {
                    cellCount += 1
                    for d in checker.check(lines.joined(separator: "\n")).diagnostics {
                        Issue.record(Comment(rawValue: "\(file):\(fenceLine + d.range.start.line):\(d.range.start.column): \(d.message)"))
                    }
                    body = nil
                } else {
                    lines.append(line)
                    body = lines
                }
            } else if line.trimmingCharacters(in: .whitespaces) == "```swift" {
                body = []
                fenceLine = index + 1
            }
        }
    }
    #expect(cellCount >= 50)
}
