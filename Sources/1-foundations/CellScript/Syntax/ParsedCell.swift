import Foundation

/// A cell's source parsed once: its statements and syntax errors. The notebook parses each
/// cell once per process and hands this value to every pass (def/use and alias analysis, the
/// lesson's type check, the interpreter), so no pass parses the source again.
///
/// ```swift
/// let cell = ParsedCell("let x = 1\nprint(x)")
/// CellAnalysis.analyze(cell).defines      // ["x"]
/// interpreter.run(cell, file: "lesson.md", firstLine: 12)
/// ```
public struct ParsedCell: @unchecked Sendable {
    /// The cell's code, as parsed.
    public let source: String
    let statements: [Stmt]
    let syntaxErrors: [Diagnostic]

    /// Parses `source` (on a stack deep enough for the deepest tree the parser accepts).
    public init(_ source: String) {
        self.source = source
        (statements, syntaxErrors) = DeepStack.run { Parser.parse(source) }
    }

    init(source: String, statements: [Stmt], syntaxErrors: [Diagnostic]) {
        self.source = source
        self.statements = statements
        self.syntaxErrors = syntaxErrors
    }

    /// True when the source has syntax errors (the cell declares nothing and cannot run).
    public var hasSyntaxErrors: Bool { !syntaxErrors.isEmpty }

    /// The cell's top-level `func` declarations named in `names`, as a cell of their own over
    /// the same source (diagnostics keep the cell's lines): declaring restored functions again
    /// needs no new parse.
    public func functions(named names: Set<String>) -> ParsedCell {
        let kept = statements.filter { statement in
            if case .function(let declaration) = statement.kind { return names.contains(declaration.name) }
            return false
        }
        return ParsedCell(source: source, statements: kept, syntaxErrors: [])
    }

    /// The cell's top-level `struct`, `class`, `enum` and `extension` declarations of the types
    /// named in `names`, in source order, as a cell of their own (see ``functions(named:)``):
    /// declaring restored types again needs no new parse.
    public func typeDeclarations(named names: Set<String>) -> ParsedCell {
        let kept = statements.filter { statement in
            Self.declaredTypeName(statement).map(names.contains) ?? false
        }
        return ParsedCell(source: source, statements: kept, syntaxErrors: [])
    }

    /// The types this cell declares or extends at top level, each with whether that declaration
    /// gives the type state a later cell can change: a static stored property, or a class
    /// (shared instances reached through static members). A type no declaration gives such
    /// state cannot be changed by calling its members (`Mark.label(…)` makes a value).
    public var typeDeclarations: [(name: String, hasMutableState: Bool)] {
        statements.compactMap { statement in
            switch statement.kind {
            case .structure(let decl):
                let staticStored = decl.members.contains { member in
                    if case .stored(let property) = member { return property.isStatic }
                    return false
                }
                return (decl.name, decl.isClass || staticStored)
            case .enumDeclaration(let decl):
                return (decl.name, decl.properties.contains { $0.isStatic && $0.isStored })
            default: return nil
            }
        }
    }

    /// The type a top-level statement declares or extends, if it is a type declaration.
    static func declaredTypeName(_ statement: Stmt) -> String? {
        switch statement.kind {
        case .structure(let decl): return decl.name
        case .enumDeclaration(let decl): return decl.name
        default: return nil
        }
    }
}

/// Counts how often each source text is parsed while recording is on, so tests can check that
/// the notebook parses each cell once per process.
public enum ParseLog {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var recorders = 0
    nonisolated(unsafe) private static var counts: [String: Int] = [:]

    /// Runs `body` with recording on and returns how many times each source was parsed during
    /// it (parses on other threads meanwhile are counted too; look up the sources you care about).
    public static func recording(_ body: () throws -> Void) rethrows -> [String: Int] {
        lock.withLock {
            if recorders == 0 { counts = [:] }
            recorders += 1
        }
        defer { lock.withLock { recorders -= 1 } }
        try body()
        return lock.withLock { counts }
    }

    static func parsed(_ source: String) {
        lock.withLock {
            guard recorders > 0 else { return }
            counts[source, default: 0] += 1
        }
    }
}

extension ParsedCell {
    /// Parses `source` on the current thread (the interpreter's cell thread has a deep stack).
    init(source: String) {
        self.source = source
        (statements, syntaxErrors) = Parser.parse(source)
    }
}
