/// The result type of a call of a generic function, from its arguments' types as Swift
/// infers the generic parameters: `func total<T: Numeric>(_ xs: [T]) -> T` called with a
/// `[Float]` returns a Float (printed with Float digits, `type(of:)` is `Float`). The body is
/// still typed at run time; only the call's result gets the static type.
extension TypeChecker {
    /// Keeps a top-level or nested function whose signature names generic parameters.
    func noteGenericFunction(_ decl: FunctionDecl) {
        if Self.genericNames(decl).isEmpty { genericFunctions[decl.name] = nil } else { genericFunctions[decl.name] = decl }
    }

    /// The generic parameters a signature names: where the written type says `T` and the
    /// erased one `Any`.
    static func genericNames(_ decl: FunctionDecl) -> Set<String> {
        var names: Set<String> = []
        func walk(_ written: TypeAnnotation?, _ erased: TypeAnnotation?) {
            guard let written, let erased else { return }
            switch (written, erased) {
            case (.named(let n, _), .named("Any", _)) where n != "Any": names.insert(n)
            case (.array(let w), .array(let e)), (.optional(let w), .optional(let e)), (.set(let w), .set(let e)): walk(w, e)
            case (.dictionary(let wk, let wv), .dictionary(let ek, let ev)): walk(wk, ek); walk(wv, ev)
            case (.tuple(let w), .tuple(let e)) where w.count == e.count: for (x, y) in zip(w, e) { walk(x, y) }
            case (.labeledTuple(let w, _), .labeledTuple(let e, _)) where w.count == e.count: for (x, y) in zip(w, e) { walk(x, y) }
            case (.function(let wp, let wr), .function(let ep, let er)) where wp.count == ep.count:
                for (x, y) in zip(wp, ep) { walk(x, y) }
                walk(wr, er)
            default: break
            }
        }
        for parameter in decl.parameters { walk(parameter.writtenType, parameter.type) }
        walk(decl.writtenReturnType, decl.returnType)
        return names
    }

    /// `typed` (a checked call) with the generic function's result type when the arguments
    /// decide every generic parameter the result names; unchanged otherwise.
    func genericFunctionResult(_ typed: Typed, _ callee: Expr) -> Typed {
        guard !typed.type.isKnown, case .identifier(let name) = callee.kind, let decl = genericFunctions[name],
              let written = decl.writtenReturnType, lookup(name) == functionType(decl),
              case .call(_, let arguments) = typed.expr.kind, arguments.count == decl.parameters.count,
              !decl.parameters.contains(where: { $0.isVariadic || $0.isInout }) else { return typed }
        let generics = Self.genericNames(decl)
        var bindings: [String: StaticType] = [:]
        var conflict = false
        func unify(_ annotation: TypeAnnotation, _ type: StaticType) {
            switch (annotation, type) {
            case (.named(let n, _), _) where generics.contains(n):
                guard type.isKnown else { return }
                if let bound = bindings[n], bound != type { conflict = true }
                bindings[n] = type
            case (.array(let a), .array(let t)), (.optional(let a), .optional(let t)), (.set(let a), .set(let t)): unify(a, t)
            case (.dictionary(let ak, let av), .dictionary(let tk, let tv)): unify(ak, tk); unify(av, tv)
            default: break
            }
        }
        for (parameter, argument) in zip(decl.parameters, arguments) {
            guard let annotation = parameter.writtenType, let type = argument.value.checkedType else { continue }
            unify(annotation, type)
        }
        guard !conflict else { return typed }
        for n in generics where bindings[n] == nil { bindings[n] = .unknown }
        let result = nominalized(StaticType.instantiating(written, bindings))
        guard result.isKnown else { return typed }
        rewrote("generic result is \(result)", typed.expr.range)
        if result == .float { return Typed(Expr(kind: .floatRound(typed.expr), range: typed.expr.range), .float) }
        return Typed(typed.expr, result)
    }
}
