/// Type-checks the cells of one lesson in document order, without running them: each cell
/// sees the types the earlier cells declared, whichever of them ran or were restored.
///
/// ```swift
/// let checker = LessonTypeChecker()
/// for cell in cells { let report = checker.check(cell.code); print(report.diagnostics) }
/// ```
public final class LessonTypeChecker {
    private var globals: [String: StaticType] = [:]
    private let registry: HostRegistry?
    private var structs: [String: StructInfo] = [:]

    /// - Parameter registry: the builtins the cells call; their calls are checked against
    ///   their signatures (without it, only the language's own rules apply).
    public init(registry: HostRegistry? = nil) {
        self.registry = registry
    }

    /// The types of the lesson's top-level names after the cells checked so far.
    public var typesAfterCheckedCells: CellTypeEnvironment {
        CellTypeEnvironment(types: globals, structs: structs)
    }

    /// Checks the next cell of the lesson. A cell with a syntax error declares nothing.
    public func check(_ source: String) -> CellTypeReport {
        check(ParsedCell(source))
    }

    /// Checks the next cell of the lesson, parsed once (see ``ParsedCell``).
    public func check(_ cell: ParsedCell) -> CellTypeReport {
        let before = CellTypeEnvironment(types: globals, structs: structs)
        return DeepStack.run {
            if cell.hasSyntaxErrors { return CellTypeReport(diagnostics: cell.syntaxErrors, rewrites: [], typesBefore: before) }
            let checker = TypeChecker(globals: globals, structs: structs)
            checker.registry = registry
            _ = checker.checkCell(cell.statements)
            globals = checker.globals
            structs = checker.structs
            return CellTypeReport(diagnostics: checker.uniqueDiagnostics, rewrites: checker.rewrites, typesBefore: before)
        }
    }
}

/// What the type checker found in one cell.
public struct CellTypeReport: Sendable {
    /// Type errors (empty when the cell type-checks).
    public var diagnostics: [Diagnostic]
    /// Where the checked types change what the cell computes or prints compared with untyped
    /// evaluation (`line:column: 1 → Double`, `Optional(…) printing`): the outputs to re-check.
    public var rewrites: [String]
    /// The types of the lesson's top-level names as the cell starts, for ``Interpreter/run(_:file:firstLine:types:output:)``.
    public var typesBefore: CellTypeEnvironment
}

/// The static types of a lesson's top-level names at one point of the lesson, in document
/// order: a cell run with it is typed the same whichever earlier cells ran or were restored.
public struct CellTypeEnvironment: Sendable {
    var types: [String: StaticType]
    /// The cell structs declared before that point.
    var structs: [String: StructInfo] = [:]
}
