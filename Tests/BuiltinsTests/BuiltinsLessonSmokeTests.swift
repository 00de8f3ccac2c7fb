import CellScript
import Foundation
import Testing
@testable import Builtins

/// Runs every cell of real lessons against the builtins, with each `Progress` loop cut to three
/// steps, and reports the cells that fail. Opt-in: set `GANBOOK_LESSON_SMOKE` to a folder of
/// lesson Markdown files (the data comes from the repository's lessons folder).
@Suite struct BuiltinsLessonSmokeTests {
    static let folder = ProcessInfo.processInfo.environment["GANBOOK_LESSON_SMOKE"]

    @Test(.enabled(if: folder != nil)) func lessonCellsRun() throws {
        let folder = try #require(Self.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        var failures: [String] = []
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let cells = try BuiltinCells()
            try cells.interpreter.registry.function("SmokeProgress(_ range: Range<Int>, label: String = \"\") -> Range<Int>",
                                                    doc: "Progress cut to three steps.") { args, _ in
                guard case .range(var range) = try args.value(0) else { throw HostError("SmokeProgress: not a range") }
                range.upperBound = min(range.upperBound, range.lowerBound + 3)
                return .range(range)
            }
            cells.interpreter.limits.timeLimit = 20
            for (index, source) in Self.swiftCells(text).enumerated() {
                let started = Date()
                let result = cells.run(source.replacingOccurrences(of: "Progress(", with: "SmokeProgress("), seed: UInt64(index + 1))
                let seconds = Date().timeIntervalSince(started)
                print("\(file) cell \(index): \(result.succeeded ? "ok" : "FAILED") \(String(format: "%.1f", seconds)) s")
                if !result.succeeded { failures.append("\(file) cell \(index):\n\(result.formattedDiagnostics)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The bodies of the ```swift fences of a Markdown file.
    static func swiftCells(_ markdown: String) -> [String] {
        var cells: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let lines = current {
                if line.hasPrefix("```") {
                    cells.append(lines.joined(separator: "\n"))
                    current = nil
                } else {
                    current?.append(line)
                }
            } else if line.hasPrefix("```swift") {
                current = []
            }
        }
        return cells
    }
}
