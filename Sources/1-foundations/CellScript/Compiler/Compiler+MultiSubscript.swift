/// Assignment through a user subscript with several (or labelled) indices: `grid[1, 2] = x`.
extension Compiler {
    /// Compiles `base[a, b, …]` as a storage location: reads through the type's subscript
    /// getter and writes back through its setter (Swift's get/modify/set order).
    func compileMultiSubscriptLValue(_ base: Expr, _ arguments: [Argument], _ range: SourceRange,
                                     mutating method: String?) -> LValue? {
        guard let container = compileLValue(base, mutating: method) else { return nil }
        let evals = arguments.map { compileExpression($0.value) }
        let labels = arguments.map(\.label)
        let runtime = self.runtime
        return { frame, body in
            let indices = try evals.map { try $0(frame) }
            return try container(frame) { value in
                let shape = ArgumentMatcher.CallShape(labels: labels, trailing: labels.map { _ in false })
                var element = try atCallSite(range, []) { try runtime.callMethod(&value, "subscript", indices, shape) }
                let result = try body(&element)
                try located(range) { try runtime.setStructSubscript(&value, indices, labels, element) }
                return result
            }
        }
    }
}

extension Compiler {
    /// `grid[1, 0]`: a subscript that only a user type (often generic in its element) declares;
    /// an integer literal assigned where it holds a Double is a Double, as swiftc types it.
    static func isMultiIndexSubscript(_ target: Expr) -> Bool {
        if case .subscriptAccess(_, let arguments) = target.kind { return arguments.count > 1 }
        return false
    }
}
