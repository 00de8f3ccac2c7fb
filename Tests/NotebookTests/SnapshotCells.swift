import Builtins
import CellScript
import Foundation
import Testing

/// Cells run with every builtin, for the snapshot tests: values are made in one interpreter and
/// restored into another.
final class SnapshotCells {
    let context = BuiltinContext(lessonsFolder: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons").path)
    let interpreter: Interpreter

    init() throws {
        interpreter = try Builtins.interpreter(context: context)
    }

    /// Runs a cell with `seed`.
    func run(_ source: String, seed: UInt64 = 1) -> CellResult {
        context.beginCell(seed: seed)
        return interpreter.run(source)
    }

    /// Runs a cell that must succeed and returns its displayed value.
    func value(_ source: String, seed: UInt64 = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Value {
        let result = run(source, seed: seed)
        #expect(result.succeeded, "\(result.formattedDiagnostics)", sourceLocation: sourceLocation)
        return try #require(result.displayValue, sourceLocation: sourceLocation)
    }
}
