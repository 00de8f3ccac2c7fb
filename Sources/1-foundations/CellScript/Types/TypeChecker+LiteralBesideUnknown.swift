/// An integer literal whose type Swift takes from a neighbour the checker cannot type (a method it
/// has no table for, a builtin without a precise signature): `[v, 1]`, `c ? v : 0`, `v ?? 0`. Swift
/// would make the literal a `Double` when `v` is one and print `1.0`; a cell would keep it an `Int`
/// and print `1`. Among collection elements the literal adapts when the cell runs (all siblings are
/// evaluated); in `?:` and `??` only one side runs, so there the literal is refused with a hint.
extension TypeChecker {
    /// Reports `literal` when it is an integer literal and `neighbour` is of unknown type.
    func refuseLiteral(_ literal: Typed, beside neighbour: Typed) {
        guard literal.isLiteral, literal.type == .int, !neighbour.isLiteral, neighbour.type == .unknown else { return }
        error("'integer literal beside a value of unknown type' is not supported in cells: that value's type is known only when the cell runs; write 1.0 for a Double, or give the value a type (let v: Double = …)", literal.expr.range)
    }

    /// Marks the integer literals among collection elements of which one has an unknown type.
    func adaptLiterals(amongUnknown typed: inout [Typed]) {
        guard typed.contains(where: { !$0.isLiteral && $0.type == .unknown }) else { return }
        for i in typed.indices where typed[i].isLiteral && typed[i].type == .int {
            typed[i].expr = Expr(kind: .adaptiveIntLiteral(typed[i].expr), range: typed[i].expr.range)
        }
    }

    /// `v = 0`, `v[i] = 0` where the target's type is unknown: the literal adapts when the cell runs
    /// (a Double when the target holds one); `a.append(0)`, `a += [0]` where `a`'s elements are of
    /// unknown type are refused (an empty array would not tell). `v += 1` adds as the value's type.
    func adaptLiteral(_ value: inout Typed, assignedTo target: Typed, _ valueExpr: Expr, compound: Bool) {
        if !compound, !target.type.isKnown, !target.isLiteral, value.isLiteral, value.type == .int {
            value.expr = Expr(kind: .adaptiveIntLiteral(value.expr), range: value.expr.range)
        } else if case .array(.unknown) = target.type, case .array(let items) = valueExpr.kind {
            for item in items { refuseLiteral(expression(item, expected: nil), beside: Typed(target.expr, .unknown)) }
        }
    }
}
