/// Casting precedence (`as`, between `??` and `..<`) and the `?` of optional chaining.
extension Parser {
    /// `e as T` (static coercion) after a range-level operand; `as?`, `as!` and `is` stop at
    /// the operator with a located "not supported" error, not at a symptom after it.
    mutating func parseCasts(_ operand: Expr) throws -> Expr {
        var expr = operand
        while let word = current.identifier, word == "as" || word == "is", !current.newlineBefore {
            let next = peekToken(1)
            if word == "is" { throw fail(Unsupported.message("is"), showFound: false) }
            if !next.spaceBefore && (next.isSymbol("?") || next.isSymbol("!")) {
                throw fail(Unsupported.message("as" + (next.isSymbol("?") ? "?" : "!")), showFound: false)
            }
            advance()
            let type = try parseType()
            expr = Expr(kind: .coercion(expr, type), range: expr.range.union(previous.range))
        }
        return expr
    }

    /// A `?` right after a value (no space) and right before `.`, `[` or `(`: optional chaining.
    var isOptionalChainingMark: Bool {
        guard check("?"), !current.spaceBefore else { return false }
        let next = peekToken(1)
        // `count? += 1`: an assignment through the optional itself.
        if next.spaceBefore && !next.newlineBefore && ["=", "+=", "-=", "*=", "/=", "%="].contains(where: next.isSymbol) { return true }
        return !next.spaceBefore && !next.newlineBefore && (next.isSymbol(".") || next.isSymbol("[") || next.isSymbol("("))
    }

    /// `Type.init` not followed by `(`: the initializer as a one-argument function,
    /// `{ Type($0) }` (as in `map(String.init)`).
    static func initializerReference(_ type: Expr, _ range: SourceRange) -> Expr {
        let argument = Argument(label: nil, labelRange: nil, value: Expr(kind: .dollar(0), range: range))
        let body = Expr(kind: .call(type, [argument]), range: range)
        return Expr(kind: .closure(ClosureExpr(parameters: nil, body: [Stmt(kind: .expression(body), range: range)])), range: range)
    }
}
