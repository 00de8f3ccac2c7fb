import Foundation
@testable import CellScript

/// One case of a script test file: cells run in one interpreter, with the expectations
/// written in comments:
///
/// ```
/// // case: arithmetic          (starts a case; a file without it is one case)
/// print(1 + 2)  // expect: 3   (a printed line, in order)
/// // cell                      (starts the next cell of the same case)
/// 40 + 2        // expect value: 42
/// x             // expect error: 7:1: cannot find 'x' in scope
/// ```
struct ScriptCase {
    struct Cell {
        var source: String
        var firstLine: Int
        var expectedValue: (String, Int)?
    }

    var file: String
    var name: String
    var line: Int
    var cells: [Cell] = []
    var expectedOutput: [String] = []
    var expectedDiagnostics: [String] = []
    var checksNotes = false
    var timeLimit: Double?

    /// Splits a script file into cases.
    static func parse(_ text: String, file: String) -> [ScriptCase] {
        var cases: [ScriptCase] = []
        var current = ScriptCase(file: file, name: file, line: 1)
        var cellLines: [String] = []
        var cellStart = 1
        func flushCell() {
            if cellLines.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) || current.cells.isEmpty {
                current.cells.append(Cell(source: cellLines.joined(separator: "\n"), firstLine: cellStart))
            }
            cellLines = []
        }
        let lines = text.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            let number = i + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("// case:") {
                if number > 1 && (current.cells.count > 0 || cellLines.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    flushCell()
                    cases.append(current)
                }
                current = ScriptCase(file: file, name: String(trimmed.dropFirst(8)).trimmingCharacters(in: .whitespaces), line: number)
                cellLines = []
                cellStart = number + 1
                continue
            }
            if trimmed == "// cell" {
                flushCell()
                cellStart = number + 1
                continue
            }
            cellLines.append(line)
            current.collectExpectations(line, number)
        }
        flushCell()
        cases.append(current)
        return cases.filter { !$0.cells.allSatisfy { $0.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
    }

    private mutating func collectExpectations(_ line: String, _ number: Int) {
        for (marker, kind) in [("// expect value: ", 0), ("// expect error: ", 1), ("// expect note: ", 2), ("// expect: ", 3), ("// time limit: ", 4)] {
            guard let r = line.range(of: marker) else { continue }
            let text = String(line[r.upperBound...])
            switch kind {
            case 0:
                if let last = cells.indices.last, cells.count > 0 { _ = last }
                pendingValue = (text, number)
            case 1: expectedDiagnostics.append("error: " + Self.locate(text, number))
            case 2: expectedDiagnostics.append("note: " + Self.locate(text, number)); checksNotes = true
            case 3: expectedOutput.append(text)
            default: timeLimit = Double(text)
            }
            return
        }
        if line.hasSuffix("// expect:") { expectedOutput.append("") }
    }

    /// `COL: message` (one number) means the comment's own line; `LINE:COL: message` is absolute.
    static func locate(_ text: String, _ line: Int) -> String {
        let head = text.prefix { $0 != " " }
        let numbers = head.split(separator: ":", omittingEmptySubsequences: false)
        if numbers.count == 2, numbers[1].isEmpty, Int(numbers[0]) != nil { return "\(line):" + text }
        return text
    }

    /// The display-value expectation belongs to the cell being read when it appears.
    var pendingValue: (String, Int)? {
        get { nil }
        set { if let newValue { valueExpectations.append(newValue) } }
    }
    var valueExpectations: [(String, Int)] = []
}
