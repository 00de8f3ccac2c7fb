/// Typing Swift's bitwise and wrapping operators (`<<`, `>>`, `&<<`, `&>>`, `&`, `|`, `^`,
/// `&+`, `&-`, `&*`, prefix `~`) on `Int` and the sized integer types. A shift's amount may be
/// of any integer type (`x << n` with `n: Int` and `x: UInt8`); the result has the type of the
/// value shifted. The other operators take two operands of one integer type (a literal takes
/// the other side's type, as in arithmetic).
extension TypeChecker {
    static let shiftOperators: Set<String> = ["<<", ">>", "&<<", "&>>"]

    func integerBinary(_ e: Expr, _ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange, expected: StaticType? = nil) -> Typed {
        let context: StaticType = numericContext(expected).flatMap { $0.isInteger ? $0 : nil } ?? .int
        var a: Typed, b: Typed
        if Self.shiftOperators.contains(op) {
            a = expression(lhs, expected: context)
            b = expression(rhs, expected: nil)
        } else {
            a = expression(lhs, expected: context)
            b = expression(rhs, expected: context)
            (a, b) = unify(a, b, lhs, rhs)
        }
        var node = e
        node.kind = .binary(op: op, a.expr, b.expr, opRange: opRange)
        if a.type.isKnown, b.type.isKnown {
            let fits = Self.shiftOperators.contains(op) ? a.type.isInteger && b.type.isInteger : a.type.isInteger && a.type == b.type
            if !fits {
                error("binary operator '\(op)' cannot be applied to operands of type '\(a.type)' and '\(b.type)'", opRange)
            }
        }
        let type: StaticType = a.type.isInteger ? a.type : .int
        return Typed(node, type, literal: a.isLiteral && b.isLiteral)
    }

    /// `~x` on an integer.
    func bitwiseNot(_ e: Expr, _ operand: Expr, expected: StaticType? = nil) -> Typed {
        let context: StaticType = numericContext(expected).flatMap { $0.isInteger ? $0 : nil } ?? .int
        let typed = expression(operand, expected: context)
        var node = e
        node.kind = .unary(op: "~", typed.expr)
        if typed.type.isKnown, !typed.type.isInteger {
            error("unary operator '~' cannot be applied to an operand of type '\(typed.type)'", e.range)
        }
        return Typed(node, typed.type.isInteger ? typed.type : .int, literal: typed.isLiteral)
    }
}
