/// Typing Swift's bitwise and wrapping operators (`<<`, `>>`, `&<<`, `&>>`, `&`, `|`, `^`,
/// `&+`, `&-`, `&*`, prefix `~`): defined on `Int` in cells, both operands `Int`, result `Int`.
/// Cells have no other fixed-width integer (`UInt8`, `UInt64`, … stop as "not supported").
extension TypeChecker {
    func integerBinary(_ e: Expr, _ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> Typed {
        let a = expression(lhs, expected: .int), b = expression(rhs, expected: .int)
        var node = e
        node.kind = .binary(op: op, a.expr, b.expr, opRange: opRange)
        if a.type.isKnown, b.type.isKnown, a.type != .int || b.type != .int {
            error("binary operator '\(op)' cannot be applied to operands of type '\(a.type)' and '\(b.type)'", opRange)
        }
        return Typed(node, .int, literal: a.isLiteral && b.isLiteral)
    }

    /// `~x` on an Int.
    func bitwiseNot(_ e: Expr, _ operand: Expr) -> Typed {
        let typed = expression(operand, expected: .int)
        var node = e
        node.kind = .unary(op: "~", typed.expr)
        if typed.type.isKnown, typed.type != .int {
            error("unary operator '~' cannot be applied to an operand of type '\(typed.type)'", e.range)
        }
        return Typed(node, .int, literal: typed.isLiteral)
    }
}
