/// Static def/use analysis of one cell, for the notebook's dependency graph.
///
/// ```swift
/// let a = CellAnalysis.analyze("let loss = model.train(data)\nprint(loss)")
/// a.defines   // ["loss"]
/// a.reads     // ["model", "data", "print"]
/// a.mutates   // ["model", "data"]  (method receiver, argument)
/// ```
public struct CellAnalysis: Sendable, Hashable {
    /// Top-level names the cell declares (`let`, `var`, `func`, top-level `guard let`).
    public var defines: Set<String> = []
    /// Free names the cell uses that it did not declare before (earlier cells' names and builtins).
    public var reads: Set<String> = []
    /// Top-level names the cell may change: assigned, assigned into (`a[i] = …`, `a.x = …`),
    /// called a method on, or passed to a function.
    public var mutates: Set<String> = []

    /// Analyses cell source; statements that fail to parse are skipped.
    ///
    /// - Parameter pureFunctions: functions known not to change their arguments (the host's
    ///   builtins, e.g. `print`, `Double`, `mean`); passing a name to one of them, unless the
    ///   cell declares that name itself, is a read, not a change.
    /// - Parameter readOnlyMethods: methods known not to change their receiver (`suffix`,
    ///   `sample`, `toArray`); calling one is a read of the receiver, not a change.
    public static func analyze(_ source: String, pureFunctions: Set<String> = [], readOnlyMethods: Set<String> = []) -> CellAnalysis {
        analyze(ParsedCell(source), pureFunctions: pureFunctions, readOnlyMethods: readOnlyMethods)
    }

    /// Analyses a cell parsed once (see ``ParsedCell``); the same rules as for its source.
    public static func analyze(_ cell: ParsedCell, pureFunctions: Set<String> = [], readOnlyMethods: Set<String> = []) -> CellAnalysis {
        DeepStack.run { analyze(cell.statements, pureFunctions: pureFunctions, readOnlyMethods: readOnlyMethods) }
    }

    static func analyze(_ statements: [Stmt], pureFunctions: Set<String> = [], readOnlyMethods: Set<String> = []) -> CellAnalysis {
        var walker = DefUseWalker()
        walker.pureFunctions = pureFunctions
        walker.readOnlyMethods = readOnlyMethods
        walker.walkBlock(statements, topLevel: true)
        return walker.result
    }
}

/// Walks the AST keeping a stack of local scopes.
struct DefUseWalker {
    var result = CellAnalysis()
    /// scopes[0] holds the cell's own top-level names.
    var scopes: [Set<String>] = [[]]
    var pureFunctions: Set<String> = []
    var readOnlyMethods: Set<String> = []

    enum Kind { case local, cell, free }

    func kind(of name: String) -> Kind {
        for (i, scope) in scopes.enumerated().reversed() where scope.contains(name) { return i == 0 ? .cell : .local }
        return .free
    }

    mutating func declare(_ name: String) {
        scopes[scopes.count - 1].insert(name)
        if scopes.count == 1 { result.defines.insert(name) }
    }

    mutating func use(_ name: String) {
        if kind(of: name) == .free { result.reads.insert(name) }
    }

    mutating func touch(_ expr: Expr) {
        guard let root = Self.rootName(expr) else { return }
        if kind(of: root) != .local { result.mutates.insert(root) }
    }

    static func rootName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .identifier(let name): return name
        case .member(let base, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base): return rootName(base)
        case .optionalChain(let base), .optionalBind(let base): return rootName(base)
        case .call(let callee, _):
            if case .member(let base, _, _) = callee.kind { return rootName(base) }
            return nil
        default: return nil
        }
    }

    mutating func walkBlock(_ statements: [Stmt], topLevel: Bool = false) {
        if !topLevel { scopes.append([]) }
        for statement in statements {
            if case .function(let decl) = statement.kind { declare(decl.name) }
            if case .structure(let decl) = statement.kind, !decl.isExtension { declare(decl.name) }
        }
        for statement in statements { walk(statement) }
        if !topLevel { scopes.removeLast() }
    }

    mutating func walk(_ statement: Stmt) {
        switch statement.kind {
        case .declaration(_, let pattern, _, let value):
            if let value { walk(value) }
            for (name, _) in pattern.names { declare(name) }
        case .assignment(let target, let op, let value, _):
            walk(value)
            if op != nil || Self.rootName(target).map({ _ in !isPlainName(target) }) == true { walk(target) }
            else if case .tuple(let items) = target.kind { items.forEach { touch($0) } }
            touch(target)
        case .function(let decl):
            walkFunction(decl.parameters.map(\.name), decl.parameters.compactMap(\.defaultValue), decl.body)
        case .ifStatement(let conditions, let thenBranch, let elseBranch):
            scopes.append([])
            walkConditions(conditions)
            walkBlock(thenBranch)
            scopes.removeLast()
            if let elseBranch { walkBlock(elseBranch) }
        case .guardStatement(let conditions, let elseBranch):
            walkBlock(elseBranch)
            walkConditions(conditions)
        case .forIn(let pattern, let sequence, let whereClause, let body):
            walk(sequence)
            scopes.append(Set(pattern.names.map(\.0)))
            if let whereClause { walk(whereClause) }
            walkBlock(body)
            scopes.removeLast()
        case .whileLoop(let conditions, let body):
            scopes.append([])
            walkConditions(conditions)
            walkBlock(body)
            scopes.removeLast()
        case .repeatWhile(let body, let condition):
            walkBlock(body)
            walk(condition)
        case .block(let body): walkBlock(body)
        case .expression(let e): walk(e)
        case .returnStatement(let e): if let e { walk(e) }
        case .breakStatement, .continueStatement, .invalid: break
        case .structure(let decl): walkStructure(decl)
        case .switchStatement, .fallthroughStatement, .labeled, .labeledJump, .enumDeclaration, .throwStatement, .doCatch, .deferStatement:
            walkControl(statement)
        }
    }

    func isPlainName(_ expr: Expr) -> Bool {
        if case .identifier = expr.kind { return true }
        return false
    }

    mutating func walkConditions(_ conditions: [Condition]) {
        for condition in conditions {
            switch condition {
            case .expression(let e): walk(e)
            case .binding(_, let name, _, let value):
                walk(value)
                declare(name)
            case .pattern(let pattern, let value):
                walk(value)
                pattern.expressions.forEach { walk($0) }
                for (name, _) in pattern.names { declare(name) }
            }
        }
    }

    mutating func walkFunction(_ parameters: [String], _ defaults: [Expr], _ body: [Stmt]) {
        defaults.forEach { walk($0) }
        scopes.append(Set(parameters))
        walkBlock(body)
        scopes.removeLast()
    }

    mutating func walk(_ expr: Expr) {
        switch expr.kind {
        case .identifier(let name): use(name)
        case .call(let callee, let arguments):
            if case .member(let base, let name, _) = callee.kind, !readOnlyMethods.contains(name) { touch(base) }
            let pure = if case .identifier(let name) = callee.kind { pureFunctions.contains(name) && kind(of: name) == .free } else { false }
            if !pure { for argument in arguments { touch(argument.value) } }
        case .closure(let closure):
            let names = closure.parameters?.map(\.name) ?? []
            walkFunction(names, [], closure.body)
            return
        default: break
        }
        let (children, _) = ASTWalk.children(of: expr)
        for child in children { walk(child) }
    }
}

/// Def/use of `switch`, `enum`, `throw`, `do`/`catch`, `defer` and labelled statements: names
/// bound by patterns are local to their case or clause.
extension DefUseWalker {
    mutating func walkGuarded(_ patterns: [GuardedPattern], extra: [String] = [], _ body: [Stmt]) {
        scopes.append(Set(patterns.flatMap { $0.pattern.names.map(\.0) } + extra))
        for p in patterns {
            p.pattern.expressions.forEach { walk($0) }
            if let w = p.whereClause { walk(w) }
        }
        walkBlock(body)
        scopes.removeLast()
    }

    mutating func walkControl(_ statement: Stmt) {
        switch statement.kind {
        case .switchStatement(let subject, let cases):
            walk(subject)
            for c in cases { walkGuarded(c.patterns, c.body) }
        case .labeled(_, let inner): walk(inner)
        case .throwStatement(let e): walk(e)
        case .doCatch(let body, let clauses):
            walkBlock(body)
            for c in clauses { walkGuarded(c.patterns, extra: c.patterns.isEmpty ? ["error"] : [], c.body) }
        case .deferStatement(let body): walkBlock(body)
        case .enumDeclaration(let decl):
            declare(decl.name)
            decl.cases.compactMap(\.rawValue).forEach { walk($0) }
            for method in decl.methods {
                let f = method.function
                walkFunction(f.parameters.map(\.name) + ["self"], f.parameters.compactMap(\.defaultValue), f.body)
            }
            for property in decl.properties { walkFunction(["self"], [], property.getter) }
        default: break
        }
    }
}
