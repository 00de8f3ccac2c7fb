/// `Optional.map` and `Optional.flatMap` (`text.map { $0.uppercased() }` on a `String?`): a cell
/// stores an optional as its value, whose own `map` (a String's, an Array's) would run instead,
/// so the call becomes `x != nil ? f(x!) : nil` (with `x` evaluated once).
extension TypeChecker {
    func optionalMap(_ e: Expr, _ callee: Expr, _ arguments: [Argument]) -> Typed? {
        guard case .member(let base, let name, _) = callee.kind, name == "map" || name == "flatMap",
              arguments.count == 1, arguments[0].label == nil,
              case .optional(let wrapped) = trialType(base, binding: []) else { return nil }
        var typedBase = expression(base, expected: nil)
        let computed = !OptionalChain.isPath(base)
        // A computed optional is evaluated once, as the parameter of a closure called at once.
        let computedValue = typedBase.expr
        if computed { typedBase.expr = Expr(kind: .identifier("$optional"), range: base.range) }
        let (argument, functionType) = closureArgument(arguments[0], [wrapped], result: nil)
        var result: StaticType = .unknown
        if case .function(_, let r) = functionType, r.isKnown {
            if name == "flatMap" { result = r } else if case .optional = r { result = r } else { result = .optional(r) }
        } else if name == "map" {
            result = .optional(.unknown)
        }
        let range = e.range
        let test = Expr(kind: .binary(op: "!=", typedBase.expr, Expr(kind: .nilLiteral, range: range), opRange: range), range: range)
        let apply = Expr(kind: .call(argument.value, [Argument(label: nil, labelRange: nil, value: Expr(kind: .forceUnwrap(typedBase.expr), range: range))]), range: range)
        let conditional = Expr(kind: .ternary(test, apply, Expr(kind: .nilLiteral, range: range)), range: range)
        guard computed else { return Typed(conditional, result) }
        let closure = ClosureExpr(parameters: [("$optional", base.range)], body: [Stmt(kind: .expression(conditional), range: range)])
        let call = Expr(kind: .call(Expr(kind: .closure(closure), range: range), [Argument(label: nil, labelRange: nil, value: computedValue)]), range: range)
        return Typed(call, result)
    }
}

extension TypeChecker {
    /// `h.action(payload)` where `action` is a labelled tuple element holding a function: the
    /// element (by its index) is called as a value, not looked up as a method.
    func tupleElementCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument]) -> Typed? {
        guard case .member(let base, let name, let nameRange) = callee.kind, Int(name) == nil else { return nil }
        let baseType = trialType(base, binding: [])
        guard let index = tupleLabelIndex(baseType, name) else { return nil }
        let element = expression(Expr(kind: .member(base, name: String(index), nameRange: nameRange), range: callee.range), expected: nil)
        guard case .function(let params, let result) = element.type, params.count == arguments.count else { return nil }
        let args = zip(arguments, params).map { argumentChecked($0, $1, reporting: true) }
        // A unary `+` is the value itself: the call is of the element's value.
        let value = Expr(kind: .unary(op: "+", element.expr), range: callee.range)
        return Typed(Expr(kind: .call(value, args), range: e.range), result)
    }
}
