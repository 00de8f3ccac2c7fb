/// Visits the direct sub-expressions and sub-statements of nodes (used for pre-scans and
/// def/use analysis).
enum ASTWalk {
    /// The expressions and statement lists directly inside an expression.
    static func children(of expr: Expr) -> (exprs: [Expr], closure: ClosureExpr?) {
        switch expr.kind {
        case .integer, .fixedWidthInteger, .double, .string, .bool, .nilLiteral, .identifier, .dollar, .implicitMember, .invalid:
            return ([], nil)
        case .interpolated(let parts):
            return (parts.compactMap { if case .expression(let e) = $0 { return e } else { return nil } }, nil)
        case .unary(_, let e), .forceUnwrap(let e), .member(let e, _, _), .floatRound(let e), .adaptiveIntLiteral(let e), .described(let e, _), .tryExpression(_, let e): return ([e], nil)
        case .coercion(let e, _), .optionalChain(let e), .optionalBind(let e): return ([e], nil)
        case .binary(_, let a, let b, _): return ([a, b], nil)
        case .ternary(let a, let b, let c): return ([a, b, c], nil)
        case .call(let callee, let args), .subscriptAccess(let callee, let args): return ([callee] + args.map(\.value), nil)
        case .array(let items), .tuple(let items): return (items, nil)
        case .dictionary(let pairs): return (pairs.flatMap { [$0.key, $0.value] }, nil)
        case .closure(let closure): return ([], closure)
        }
    }

    /// Expressions and nested statement lists directly inside a statement.
    static func children(of stmt: Stmt) -> (exprs: [Expr], blocks: [[Stmt]], function: FunctionDecl?) {
        func conditionExprs(_ conditions: [Condition]) -> [Expr] {
            conditions.map { c in
                switch c {
                case .expression(let e): return e
                case .binding(_, _, _, let e): return e
                case .pattern(_, let e): return e
                }
            }
        }
        switch stmt.kind {
        case .expression(let e): return ([e], [], nil)
        case .declaration(_, _, _, let value): return (value.map { [$0] } ?? [], [], nil)
        case .assignment(let target, _, let value, _): return ([target, value], [], nil)
        case .function(let decl): return ([], [], decl)
        case .ifStatement(let conditions, let thenBranch, let elseBranch):
            return (conditionExprs(conditions), [thenBranch] + (elseBranch.map { [$0] } ?? []), nil)
        case .guardStatement(let conditions, let elseBranch): return (conditionExprs(conditions), [elseBranch], nil)
        case .forIn(_, let sequence, let whereClause, let body): return ([sequence] + (whereClause.map { [$0] } ?? []), [body], nil)
        case .whileLoop(let conditions, let body): return (conditionExprs(conditions), [body], nil)
        case .repeatWhile(let body, let condition): return ([condition], [body], nil)
        case .block(let body): return ([], [body], nil)
        case .returnStatement(let value): return (value.map { [$0] } ?? [], [], nil)
        case .breakStatement, .continueStatement, .invalid, .structure: return ([], [], nil)
        case .switchStatement, .fallthroughStatement, .labeled, .labeledJump, .enumDeclaration, .throwStatement, .doCatch, .deferStatement:
            return controlChildren(of: stmt)
        }
    }

    /// Largest `$n` used directly in a closure body (not inside nested closures); -1 if none.
    static func maxDollar(_ statements: [Stmt]) -> Int {
        var result = -1
        func visit(_ e: Expr) {
            if case .dollar(let n) = e.kind { result = max(result, n) }
            let (exprs, _) = children(of: e)
            exprs.forEach(visit)
        }
        func visitStatements(_ list: [Stmt]) {
            for s in list {
                let (exprs, blocks, _) = children(of: s)
                exprs.forEach(visit)
                blocks.forEach(visitStatements)
            }
        }
        visitStatements(statements)
        return result
    }

    /// Whether a closure body is a result builder: no `return`, and it lists values with bare
    /// expression statements (directly or inside `if`/`for`).
    static func isBuilderBody(_ statements: [Stmt]) -> Bool {
        if statements.count == 1, case .expression = statements[0].kind { return false }
        var hasReturn = false
        var hasExpression = false
        func visit(_ list: [Stmt]) {
            for s in list {
                switch s.kind {
                case .returnStatement: hasReturn = true
                case .expression: hasExpression = true
                default: break
                }
                let (_, blocks, _) = children(of: s)
                blocks.forEach(visit)
            }
        }
        visit(statements)
        return hasExpression && !hasReturn
    }
}
