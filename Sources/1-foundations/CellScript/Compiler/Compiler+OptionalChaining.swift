/// Lowering optional chains (`a?.b.c`, `a?[i]`, `f?()`) and `!` as a storage location.
extension Compiler {
    /// Evaluates the value before the outermost `?` (itself a chain when it holds a `?`); nil
    /// ends the chain, anything else runs the rest of the spine on it. A path (`a`, `self.next`,
    /// `d[k]`) is read again with `!`, so mutating methods reach the stored value (`list?.append(1)`);
    /// any other value is kept in a temporary, so it is evaluated once.
    func compileOptionalChain(_ body: Expr, _ range: SourceRange) -> Eval {
        guard let (bound, rebuild) = OptionalChain.split(body) else { return compileExpression(body) }
        let test = compileExpression(OptionalChain.chained(bound))
        if OptionalChain.isPath(bound) {
            let rest = compileExpression(rebuild(OptionalChain.forced(bound)))
            return { frame in
                if case .nil = try test(frame) { return .nil }
                return try rest(frame)
            }
        }
        return withBlock {
            let name = "$chain\(scope.slotCount)"
            declare(name, isLet: true, range)
            guard let (reference, _) = resolve(name) else { return compileExpression(body) }
            let pointer = slotPointer(reference)
            let rest = compileExpression(rebuild(Expr(kind: .identifier(name), range: bound.range)))
            return { frame in
                let value = try test(frame)
                if case .nil = value { return .nil }
                pointer(frame).pointee = value
                return try rest(frame)
            }
        }
    }

    /// `a!` as a storage location (`a!.count += 1`, `d[k]!.append(x)`): the optional's value is
    /// stored as itself, so it is the location once it is not nil.
    func compileForceUnwrapLValue(_ base: Expr, _ range: SourceRange, mutating method: String?) -> LValue? {
        guard let container = compileLValue(base, mutating: method) else { return nil }
        return { frame, body in
            try container(frame) { value in
                if case .nil = value { throw ScriptError("unexpectedly found nil while unwrapping an optional value", range) }
                return try body(&value)
            }
        }
    }
}
