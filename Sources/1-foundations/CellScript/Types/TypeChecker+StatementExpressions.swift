/// `if`/`switch` used as values and closures with capture lists.
extension TypeChecker {
    /// The closure the parser makes of an `if`/`switch` expression: its type is the context's,
    /// or else the first branch whose type is known alone (Swift types each branch on its own).
    func statementExpression(_ e: Expr, _ callee: Expr, _ closure: ClosureExpr, expected: StaticType?) -> Typed {
        var result = expected.flatMap { $0.isKnown ? $0 : nil }
        if result == nil {
            for value in Self.returnedValues(closure.body) {
                let t = trialType(value.expr, binding: value.names)
                if t.isKnown { result = t; break }
            }
        }
        let typed = self.closure(callee, closure, expected: .function([], result ?? .unknown))
        var out = e
        out.kind = .call(typed.expr, [])
        return Typed(out, result ?? .unknown)
    }

    /// The type of `expr` with `names` unknown, leaving no diagnostic or rewrite behind.
    func trialType(_ expr: Expr, binding names: [String]) -> StaticType {
        let (diagnosticCount, rewriteCount) = (diagnostics.count, rewrites.count)
        defer {
            diagnostics.removeSubrange(diagnosticCount...)
            rewrites.removeSubrange(rewriteCount...)
        }
        return withScope {
            for name in names { bind(name, .unknown) }
            return expression(expr, expected: nil).type
        }
    }

    /// The values a statement expression's branches return, with the names each branch binds.
    private static func returnedValues(_ body: [Stmt]) -> [(expr: Expr, names: [String])] {
        var values: [(expr: Expr, names: [String])] = []
        func visit(_ statements: [Stmt], _ names: [String]) {
            for statement in statements {
                switch statement.kind {
                case .returnStatement(let value?): values.append((value, names))
                case .ifStatement(let conditions, let thenBody, let elseBody):
                    let bound = conditions.flatMap { condition -> [String] in
                        switch condition {
                        case .binding(_, let name, _, _): return [name]
                        case .pattern(let pattern, _): return pattern.names.map(\.0)
                        case .expression: return []
                        }
                    }
                    visit(thenBody, names + bound)
                    visit(elseBody ?? [], names)
                case .switchStatement(_, let cases):
                    for c in cases { visit(c.body, names + c.patterns.flatMap { $0.pattern.names.map(\.0) }) }
                default: break
                }
            }
        }
        visit(body, [])
        return values
    }

    /// `{ [a, b = x] … in body }`: the captured values are read when the closure is made, as
    /// `{ (a, b) in { … in body } }(a, x)`, the inner closure seeing the outer one's parameters.
    func capturingClosure(_ e: Expr, _ closure: ClosureExpr, expected: StaticType?) -> Typed {
        let values = closure.captures.map { expression($0.value, expected: nil) }
        // Inside, the captured names are the outer closure's parameters, not the loop's.
        let savedIterationNames = iterationNames
        iterationNames = iterationNames.map { $0.subtracting(closure.captures.compactMap(\.label)) }
        defer { iterationNames = savedIterationNames }
        var inner = closure
        inner.captures = []
        let innerExpr = Expr(kind: .closure(inner), range: e.range)
        let outer = ClosureExpr(parameters: closure.captures.map { ($0.label ?? "_", $0.labelRange ?? e.range) },
                                body: [Stmt(kind: .expression(innerExpr), range: e.range)])
        let outerTyped = self.closure(Expr(kind: .closure(outer), range: e.range), outer,
                                      expected: .function(values.map(\.type), expected ?? .unknown))
        let arguments = closure.captures.indices.map { i in
            Argument(label: nil, labelRange: nil, value: values[i].expr)
        }
        var out = e
        out.kind = .call(outerTyped.expr, arguments)
        guard case .function(_, let result) = outerTyped.type else { return Typed(out, .unknown) }
        return Typed(out, result)
    }
}
