import CellScript
import Foundation
import Testing
@testable import Builtins

/// An interpreter with the builtins registered, running cells with a fixed seed.
final class BuiltinCells {
    let context: BuiltinContext
    let interpreter: Interpreter

    /// The repository's lessons folder (holds `data/`).
    static let repositoryLessons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons").path

    init(lessonsFolder: String = BuiltinCells.repositoryLessons) throws {
        context = BuiltinContext(lessonsFolder: lessonsFolder)
        interpreter = try Builtins.interpreter(context: context)
    }

    /// Runs a cell with `seed` and returns its result.
    func run(_ source: String, seed: UInt64 = 1) -> CellResult {
        context.beginCell(seed: seed)
        return interpreter.run(source)
    }

    /// Runs a cell that must succeed and returns its displayed value.
    func value(_ source: String, seed: UInt64 = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Value {
        let result = self.run(source, seed: seed)
        #expect(result.succeeded, "\(result.formattedDiagnostics)", sourceLocation: sourceLocation)
        return try #require(result.displayValue, sourceLocation: sourceLocation)
    }

    func double(_ source: String, seed: UInt64 = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Double {
        try #require(try value(source, seed: seed, sourceLocation: sourceLocation).asDouble, sourceLocation: sourceLocation)
    }

    func doubles(_ source: String, seed: UInt64 = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Double] {
        guard case .array(let items) = try value(source, seed: seed, sourceLocation: sourceLocation) else {
            Issue.record("not an array", sourceLocation: sourceLocation)
            return []
        }
        return items.compactMap { $0.asDouble }
    }

    /// The rendered display of the cell's value.
    func rendered(_ source: String, seed: UInt64 = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RenderedDisplay {
        let value = try value(source, seed: seed, sourceLocation: sourceLocation)
        guard case .object(let object) = value, let displayable = object as? Displayable else {
            throw HostError("\(value.typeName) is not displayable")
        }
        return try displayable.rendered()
    }
}
