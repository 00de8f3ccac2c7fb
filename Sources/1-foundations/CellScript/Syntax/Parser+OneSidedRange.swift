/// One-sided ranges in expressions: `a[i...]`, `a[..<n]`, `a[...n]`. They are kept as unary
/// nodes (`...` and `..<` before their operand, ``Parser/postfixThrough`` after it); the checker
/// turns them into two-sided ranges where a collection is subscripted and refuses them
/// elsewhere (`TypeChecker+OneSidedRange.swift`).
extension Parser {
    /// The unary operator of `i...` (`...` after its operand).
    static let postfixThrough = "postfix..."

    /// `..<n` or `...n` at the start of an operand.
    mutating func oneSidedFrom() throws -> Expr? {
        guard check("..<") || check("..."), !peekToken(1).spaceBefore, !peekToken(1).isSymbol("]"), !peekToken(1).isSymbol(")") else { return nil }
        let opToken = advance()
        try enterNesting()
        defer { depth -= 1 }
        let operand = try parseUnary()
        return Expr(kind: .unary(op: opToken.isSymbol("...") ? "..." : "..<", operand), range: opToken.range.union(operand.range))
    }

    /// `i...` before `]`, `)`, `,` or the end of the line: the range from `left` up (consumes the `...`).
    mutating func oneSidedUpTo(_ left: Expr) -> Expr? {
        guard check("..."), !current.spaceBefore else { return nil }
        let next = peekToken(1)
        var atEnd = next.newlineBefore
        if case .endOfFile = next.kind { atEnd = true }
        guard atEnd || next.isSymbol("]") || next.isSymbol(")") || next.isSymbol(",") else { return nil }
        let opToken = advance()
        return Expr(kind: .unary(op: Self.postfixThrough, left), range: left.range.union(opToken.range))
    }
}
