import Foundation
@testable import CellScript

/// Runs a ``ScriptCase`` and lists every mismatch with its file line.
enum ScriptRunner {
    static func run(_ testCase: ScriptCase) -> [String] {
        let registry = (try? TestHost.registry()) ?? HostRegistry.standard()
        let interpreter = Interpreter(registry: registry)
        if let limit = testCase.timeLimit { interpreter.limits.timeLimit = limit }
        var output = ""
        var diagnostics: [String] = []
        var values: [(String, Int)] = []
        for cell in testCase.cells {
            let result = interpreter.run(cell.source, file: testCase.file, firstLine: cell.firstLine)
            output += result.output
            for d in result.diagnostics {
                diagnostics.append("error: \(result.formatter.fileLine(d.range.start.line)):\(d.range.start.column): \(d.message)")
                if testCase.checksNotes {
                    for n in d.notes { diagnostics.append("note: \(result.formatter.fileLine(n.range.start.line)):\(n.range.start.column): \(n.message)") }
                }
            }
            let lastLine = cell.firstLine + cell.source.components(separatedBy: "\n").count - 1
            if let value = result.displayValue {
                values.append((value.debugDescription, lastLine))
            }
        }
        var failures: [String] = []
        var outputLines = output.components(separatedBy: "\n")
        if outputLines.last == "" { outputLines.removeLast() }
        if outputLines != testCase.expectedOutput {
            failures.append("output:\n  expected: \(testCase.expectedOutput)\n  actual:   \(outputLines)")
        }
        if diagnostics != testCase.expectedDiagnostics {
            failures.append("diagnostics:\n  expected: \(testCase.expectedDiagnostics)\n  actual:   \(diagnostics)")
        }
        let expectedValues = testCase.valueExpectations.map(\.0)
        if values.map(\.0) != expectedValues {
            failures.append("display values:\n  expected: \(expectedValues)\n  actual:   \(values.map(\.0))")
        }
        return failures
    }
}
