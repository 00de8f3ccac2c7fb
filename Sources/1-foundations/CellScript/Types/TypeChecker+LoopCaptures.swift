/// Closures made inside a loop body: Swift gives each iteration its own loop variable, `while let`
/// binding and body `let`s, so a closure kept past the iteration sees that iteration's value. A
/// cell reuses one slot for all iterations, so such a closure captures those names by value (as a
/// capture list `[i]` would): they are constants within an iteration, so it sees the same values.
/// A nested `func` has no capture list, so one that reads those names is refused (it would see the
/// last iteration's values once kept past its own).
extension TypeChecker {
    /// The names of one `for` iteration: the loop's pattern and the body's top-level `let`s.
    static func iterationNames(_ pattern: Pattern, _ body: [Stmt]) -> Set<String> {
        var names = Set(pattern.names.map(\.0))
        for statement in body {
            if case .declaration(isLet: true, let p, _, _) = statement.kind { names.formUnion(p.names.map(\.0)) }
        }
        return names
    }

    /// The names of one `while`/`repeat` iteration: its `while let` bindings and the body's top-level `let`s.
    static func iterationNames(_ conditions: [Condition], _ body: [Stmt]) -> Set<String> {
        var names = iterationNames(Pattern.wildcard, body)
        for case .binding(true, let name, _, _) in conditions { names.insert(name) }
        return names
    }

    /// Refuses a `func` declared in a loop body that reads an iteration's names (see above).
    func refuseIterationReads(_ decl: FunctionDecl) {
        guard !iterationNames.isEmpty else { return }
        var used = Set<String>()
        Self.collectIdentifiers(decl.body, into: &used)
        used.formIntersection(iterationNames.reduce(into: Set<String>()) { $0.formUnion($1) })
        used.subtract(decl.parameters.map(\.name))
        guard let name = used.sorted().first else { return }
        error("a 'func' in a loop body that reads the iteration's '\(name)' is not supported in cells: write it as a closure, e.g. let \(decl.name) = { … }", decl.nameRange)
    }

    /// The capture list a closure needs for the iteration names it uses (empty outside loops).
    func iterationCaptures(_ closure: ClosureExpr, _ range: SourceRange) -> [Argument] {
        guard !closure.isStatementExpression, !iterationNames.isEmpty else { return [] }
        let candidates = iterationNames.reduce(into: Set<String>()) { $0.formUnion($1) }
        var used = Set<String>()
        Self.collectIdentifiers(closure.body, into: &used)
        used.formIntersection(candidates)
        used.subtract(closure.captures.compactMap(\.label))
        used.subtract(closure.parameters?.map(\.name) ?? [])
        return used.sorted().map { Argument(label: $0, labelRange: range, value: Expr(kind: .identifier($0), range: range)) }
    }

    private static func collectIdentifiers(_ statements: [Stmt], into names: inout Set<String>) {
        func visit(_ e: Expr) {
            if case .identifier(let name) = e.kind { names.insert(name) }
            let (exprs, closure) = ASTWalk.children(of: e)
            exprs.forEach(visit)
            if let closure {
                closure.captures.forEach { visit($0.value) }
                visitStatements(closure.body)
            }
        }
        func visitStatements(_ list: [Stmt]) {
            for s in list {
                let (exprs, blocks, function) = ASTWalk.children(of: s)
                exprs.forEach(visit)
                blocks.forEach(visitStatements)
                if let function { visitStatements(function.body) }
            }
        }
        visitStatements(statements)
    }
}
