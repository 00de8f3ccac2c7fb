/// `var name: T { … }` outside a type (a top-level or local computed variable): read as a
/// function of no arguments, and every later `name` of the enclosing block as a call of it,
/// so the body runs on each read, as in Swift. Only the get-only form is accepted.
extension Parser {
    /// Parses the body of a computed variable (at `{`) into a function declaration, and makes
    /// later reads of `name` in this block calls of it.
    mutating func parseComputedVariable(_ pattern: Pattern, _ type: TypeAnnotation) throws -> Stmt.Kind {
        guard case .name(let name, let range) = pattern else {
            throw fail(Unsupported.message("computed variable with a tuple pattern"), showFound: false)
        }
        let open = position
        let body: [Stmt]
        if peekToken(1).identifier == "get", peekToken(2).isSymbol("{") {
            advance()
            advance()
            body = try parseBlock("to begin the getter")
            if current.identifier == "set" { throw refuseSetter(at: current.range, skippingFrom: open) }
            try expect("}", "to close the computed variable")
        } else {
            if peekToken(1).identifier == "set" { throw refuseSetter(at: peekToken(1).range, skippingFrom: open) }
            body = try parseBlock("to begin the computed variable")
        }
        computedVariables.insert(name)
        return .function(FunctionDecl(name: name, nameRange: range, parameters: [], returnType: type, body: body))
    }

    /// Reports a setter (unsupported) and skips the whole body, so parsing resumes after it.
    private mutating func refuseSetter(at range: SourceRange, skippingFrom open: Int) -> Failure {
        diagnostics.append(Diagnostic(message: Unsupported.message("computed variable with a setter outside a type"), range: range))
        position = open
        var depth = 0
        repeat {
            if check("{") { depth += 1 } else if check("}") { depth -= 1 }
            advance()
        } while depth > 0 && !atEnd
        return Failure()
    }

    /// A read of a computed variable: a call of its function.
    static func computedVariableRead(_ name: String, _ range: SourceRange) -> Expr {
        Expr(kind: .call(Expr(kind: .identifier(name), range: range), []), range: range)
    }
}
