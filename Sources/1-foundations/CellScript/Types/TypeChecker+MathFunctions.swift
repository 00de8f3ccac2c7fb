/// The free math functions typed as Swift types them: `sqrt`, `exp`, `tanh`, … and `pow` of a
/// `Float` give a `Float` (Swift's `Float` overloads), of anything else a `Double`; `min`, `max`
/// and `abs` give their arguments' type (`max(e, 3)` with `e: Double` is a `Double`, its literal
/// `3` a `3.0`). Without this their results were of unknown type, and `[sqrt(2.0), 1]` printed
/// `[1.4142135623730951, 1]` where Swift prints `1.0`.
extension TypeChecker {
    /// The unary functions registered as `name(_ x: Double) -> Double`.
    static let unaryMathFunctions = Set(StandardLibrary.unaryMathFunctions.map(\.name))

    /// A call of one of those functions, typed; nil when the call is not of that shape.
    func mathFunction(_ e: Expr, _ callee: Expr, _ name: String, _ arguments: [Argument]) -> Typed? {
        guard !arguments.isEmpty, arguments.allSatisfy({ $0.label == nil && !$0.isTrailingClosure }) else { return nil }
        switch name {
        case _ where Self.unaryMathFunctions.contains(name) && arguments.count == 1, "pow" where arguments.count == 2, "atan2" where arguments.count == 2:
            let typed = arguments.map { expression($0.value, expected: nil) }
            let isFloat = name != "atan2" && typed.contains { $0.type == .float } && typed.allSatisfy { $0.type == .float || $0.isLiteral }
            return commonTypeCall(e, callee, arguments, typed, isFloat ? .float : .double)
        case "min", "max", "abs":
            guard name != "abs" || arguments.count == 1, name == "abs" || arguments.count >= 2 else { return nil }
            let typed = arguments.map { expression($0.value, expected: nil) }
            let fixed = typed.filter { !$0.isLiteral }.map(\.type)
            let common: StaticType
            if let first = fixed.first {
                guard fixed.allSatisfy({ $0 == first }), first.isNumeric || (first == .string && name != "abs") else {
                    return untypedCall(e, callee, arguments, typed)
                }
                common = first
            } else {
                // Only literals: `max(1, 2.5)` is a Double, `max(1, 2)` an Int.
                common = typed.contains { $0.type == .double } ? .double : (typed.allSatisfy { $0.type == .int } ? .int : .unknown)
            }
            guard common != .unknown else { return untypedCall(e, callee, arguments, typed) }
            return commonTypeCall(e, callee, arguments, typed, common)
        default:
            return nil
        }
    }

    /// The call with every argument held to `type` (literals take it; others must have it).
    private func commonTypeCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument], _ typed: [Typed], _ type: StaticType) -> Typed {
        var args = arguments
        for index in args.indices {
            var argument = typed[index]
            if argument.isLiteral, argument.type != type, type.isNumeric { argument = expression(arguments[index].value, expected: type) }
            convertible(argument, to: type, specified: false, argument: true)
            args[index].value = argument.expr
        }
        let call = Expr(kind: .call(callee, args), range: e.range)
        if type == .float { return Typed(Expr(kind: .floatRound(call), range: e.range), .float) }
        return Typed(call, type)
    }

    private func untypedCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument], _ typed: [Typed]) -> Typed {
        var args = arguments
        for index in args.indices { args[index].value = typed[index].expr }
        return Typed(Expr(kind: .call(callee, args), range: e.range), .unknown)
    }
}
