/// `(a, b) = (b, a)`, `(w, _) = pair` and nested `(a, _, (b, c)) = ("x", 9.45, (12, 3))`: each
/// element of the value goes to its target, `_` drops one, a nested tuple of targets takes a
/// nested tuple value.
extension Compiler {
    func tupleAssigner(_ items: [Expr], _ range: SourceRange) -> (Frame, Value) throws -> Void {
        let targets: [((Frame, Value) throws -> Void)?] = items.map { item in
            if case .identifier("_") = item.kind { return nil }
            if case .tuple(let inner) = item.kind { return tupleAssigner(inner, item.range) }
            if case .identifier(let name) = item.kind, let (_, binding) = resolve(name), binding.isLet {
                error("cannot assign to value: '\(name)' is a 'let' constant", item.range)
            }
            guard let lvalue = compileLValue(item, mutating: nil) else {
                if case .identifier(let name) = item.kind { unknownName(name, item.range) } else { error("cannot assign to this expression", item.range) }
                return nil
            }
            return { frame, value in _ = try lvalue(frame) { stored in stored = value; return .void } }
        }
        return { frame, value in
            guard case .tuple(let values) = value, values.count == targets.count else {
                throw ScriptError("cannot assign value of type '\(TypeCheck.describe(value))' to a tuple of \(targets.count) elements", range)
            }
            for (target, v) in zip(targets, values) { try target?(frame, v) }
        }
    }
}
