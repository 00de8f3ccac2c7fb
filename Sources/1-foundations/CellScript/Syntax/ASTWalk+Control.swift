/// The children of `switch`, `enum`, `throw`, `do`/`catch`, `defer` and labelled statements.
extension ASTWalk {
    static func controlChildren(of stmt: Stmt) -> (exprs: [Expr], blocks: [[Stmt]], function: FunctionDecl?) {
        func guarded(_ patterns: [GuardedPattern]) -> [Expr] {
            patterns.flatMap { $0.pattern.expressions + ($0.whereClause.map { [$0] } ?? []) }
        }
        switch stmt.kind {
        case .switchStatement(let subject, let cases):
            return ([subject] + cases.flatMap { guarded($0.patterns) }, cases.map(\.body), nil)
        case .labeled(_, let inner): return children(of: inner)
        case .throwStatement(let e): return ([e], [], nil)
        case .doCatch(let body, let clauses):
            return (clauses.flatMap { guarded($0.patterns) }, [body] + clauses.map(\.body), nil)
        case .deferStatement(let body): return ([], [body], nil)
        case .enumDeclaration(let decl):
            // Methods and getters are functions of their own: no `$0` or builder values leak out.
            return (decl.cases.compactMap(\.rawValue), [], nil)
        default: return ([], [], nil)
        }
    }
}
