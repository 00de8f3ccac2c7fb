/// `Optional.map` and `Optional.flatMap` (`text.map { $0.uppercased() }` on a `String?`): a cell
/// stores an optional as its value, whose own `map` (a String's, an Array's) would run instead,
/// so the call becomes `x != nil ? f(x!) : nil`.
extension TypeChecker {
    func optionalMap(_ e: Expr, _ callee: Expr, _ arguments: [Argument]) -> Typed? {
        guard case .member(let base, let name, _) = callee.kind, name == "map" || name == "flatMap",
              arguments.count == 1, arguments[0].label == nil,
              case .optional(let wrapped) = trialType(base, binding: []) else { return nil }
        guard OptionalChain.isPath(base) else {
            error(Unsupported.message("Optional.\(name) of a computed value") + ": bind it first with if let", e.range)
            return Typed(e, .unknown)
        }
        let typedBase = expression(base, expected: nil)
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
        return Typed(Expr(kind: .ternary(test, apply, Expr(kind: .nilLiteral, range: range)), range: range), result)
    }
}
