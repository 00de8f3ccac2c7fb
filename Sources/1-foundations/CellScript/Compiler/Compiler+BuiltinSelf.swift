/// A bare call in a builtin type's extension (`max(a, b)` in `extension String`) reaches a
/// member of the type only when a member fits its labels; otherwise the global function, as
/// Swift resolves it (`max(_:_:)` is not `Sequence.max()`).
extension Compiler {
    /// True when `callee` names a global builtin that fits the call and no member of the
    /// extended type does.
    func callsGlobalFunction(_ callee: Expr, _ arguments: [Argument]) -> Bool {
        guard let typeName = builtinSelf, case .identifier(let name) = callee.kind, let globals = registry.functions[name] else { return false }
        let shape = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        func fits(_ overloads: [HostRegistry.Callable]) -> Bool {
            overloads.contains { (try? ArgumentMatcher.match($0.signature.parameters, shape, callee: name)) != nil }
        }
        return fits(globals) && !fits(runtime.methodOverloads(typeName, name) ?? [])
    }
}
