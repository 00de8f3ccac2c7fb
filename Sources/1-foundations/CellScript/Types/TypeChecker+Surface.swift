/// Static types of the builtins of `StandardLibrary+Surface.swift`: `Int(text, radix: 16)` is an
/// `Int?` (so `as Any` prints `Optional(255)`), `String(n, radix: 2)` a `String`, `round(x)`
/// and `trunc(x)` a `Double`.
extension TypeChecker {
    func surfaceCall(_ e: Expr, _ callee: Expr, _ arguments: [Argument]) -> Typed? {
        guard case .identifier(let name) = callee.kind, lookup(name) == nil else { return nil }
        let labels = arguments.map(\.label)
        let parameters: [StaticType]
        let result: StaticType
        switch (name, labels) {
        case ("Int", [nil, "radix"]): (parameters, result) = ([.string, .int], .optional(.int))
        case ("String", [nil, "radix"]): (parameters, result) = ([.int, .int], .string)
        case ("String", [nil, "radix", "uppercase"]): (parameters, result) = ([.int, .int, .bool], .string)
        case ("round", [nil]), ("trunc", [nil]): (parameters, result) = ([.double], .double)
        default: return nil
        }
        var out = e
        out.kind = .call(callee, zip(arguments, parameters).map { argumentChecked($0, $1, reporting: true) })
        return Typed(out, result)
    }
}

extension TypeChecker {
    /// `x as Any` / `x as AnyObject`: an argument that chooses an overload taking `Any`, as Swift
    /// chooses `f(_: Any)` over `f(_: Int)` for `f(x as Any)` (the checker keeps the operand's
    /// own type for printing, so overload resolution asks the syntax).
    static func isAnyCoercion(_ e: Expr) -> Bool {
        guard case .coercion(_, .named(let name, _)) = e.kind else { return false }
        return name == "Any" || name == "AnyObject"
    }
}

extension TypeChecker {
    /// `array[guarded: i]`: the type of the labelled subscript an extension of the builtin type
    /// declares (`Element?`), not the builtin position subscript's; nil when no argument has a
    /// label other than a dictionary's `default:`.
    func labelledBuiltinSubscriptType(_ base: StaticType, _ arguments: [Argument]) -> StaticType? {
        guard arguments.contains(where: { $0.label != nil && $0.label != "default" }),
              let name = StructInfo.builtinName(base) else { return nil }
        guard let type = structs[name]?.computed[StructType.subscriptKey(arguments.count)]?.type else { return .unknown }
        if case .optional(.unknown) = type, case .array(let element) = base { return .optional(element) }
        return type
    }
}
