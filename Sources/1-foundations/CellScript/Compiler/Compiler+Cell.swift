/// Compiling a whole cell: top-level functions are hoisted, the last bare expression is kept
/// as the display value.
extension Compiler {
    struct CompiledCell {
        let body: Exec
        /// The cell's last statement when it is a bare expression.
        let displayValue: Eval?
    }

    func compileCell(_ statements: [Stmt]) -> CompiledCell {
        declareFunctions(statements)
        var structures: [Exec] = []
        var prelude: [Exec] = []
        var execs: [Exec] = []
        var display: Eval?
        for (i, statement) in statements.enumerated() {
            if case .function(let decl) = statement.kind {
                prelude.append(compileFunctionDeclaration(decl))
            } else if case .structure = statement.kind {
                structures.append(compileStatement(statement))
            } else if case .enumDeclaration = statement.kind {
                prelude.append(compileStatement(statement))
            } else if i == statements.count - 1, case .expression(let expr) = statement.kind {
                display = compileExpression(expr)
            } else {
                execs.append(compileStatement(statement))
            }
        }
        return CompiledCell(body: sequence(structures + prelude + execs), displayValue: display)
    }
}
