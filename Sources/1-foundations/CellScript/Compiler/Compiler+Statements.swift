/// Lowering statements.
extension Compiler {
    /// Compiles a block in a new name scope; `func` declarations are created at block entry.
    func compileBlock(_ statements: [Stmt], newScope: Bool = true) -> Exec {
        if newScope { return withBlock { compileStatements(statements) } }
        return compileStatements(statements)
    }

    private func compileStatements(_ statements: [Stmt]) -> Exec {
        if Self.hasDefer(statements) { return compileDeferringStatements(statements) }
        var prelude: [CompiledExec] = []
        var execs: [CompiledExec] = []
        declareFunctions(statements)
        for statement in statements {
            if case .function(let decl) = statement.kind {
                prelude.append(CompiledExec(compileFunctionDeclaration(decl)))
            } else if case .enumDeclaration = statement.kind {
                prelude.append(CompiledExec(compileStatement(statement)))
            } else {
                execs.append(CompiledExec(compileStatement(statement)))
            }
        }
        return sequence(prelude + execs)
    }

    /// Hoists the names of a block's functions so they can call each other.
    func declareFunctions(_ statements: [Stmt]) {
        declareStructures(statements)
        for statement in statements {
            if case .function(let decl) = statement.kind {
                let slot = declare(decl.name, isLet: true, decl.nameRange)
                scope.blocks[scope.blocks.count - 1][decl.name]?.isFunction = true
                if !scope.isGlobal { scope.functionSlots.append(slot) }
            }
            if case .enumDeclaration(let decl) = statement.kind { declareEnum(decl) }
        }
    }

    func sequence(_ list: [Exec]) -> Exec {
        switch list.count {
        case 0: return { _ in .normal }
        case 1: return list[0]
        default:
            return sequence(list.map(CompiledExec.init))
        }
    }

    /// Runs statements in order until one does not finish normally.
    func sequence(_ execs: [CompiledExec]) -> Exec {
        switch execs.count {
        case 0: return { _ in .normal }
        case 1: return execs[0].exec
        case 2:
            let a = execs[0].exec, b = execs[1].exec
            return { frame in
                let flow = try a(frame)
                if flow != .normal { return flow }
                return try b(frame)
            }
        case 3:
            let a = execs[0].exec, b = execs[1].exec, c = execs[2].exec
            return { frame in
                var flow = try a(frame)
                if flow != .normal { return flow }
                flow = try b(frame)
                if flow != .normal { return flow }
                return try c(frame)
            }
        default:
            return { frame in
                for compiled in execs {
                    let flow = try compiled.exec(frame)
                    if flow != .normal { return flow }
                }
                return .normal
            }
        }
    }

    func compileStatement(_ statement: Stmt) -> Exec {
        let range = statement.range
        switch statement.kind {
        case .expression(let expr):
            let eval = compileExpression(expr)
            if scope.collects {
                return { frame in
                    let value = try eval(frame)
                    if case .void = value {} else { frame.header.collected.append(value) }
                    return .normal
                }
            }
            return { frame in _ = try eval(frame); return .normal }
        case .declaration(let isLet, let pattern, let type, let value):
            return compileDeclaration(isLet: isLet, pattern: pattern, type: type, value: value, range: range)
        case .assignment(let target, let op, let value, let opRange):
            return compileAssignment(target: target, op: op, value: value, opRange: opRange)
        case .function(let decl):
            declare(decl.name, isLet: true, decl.nameRange)
            scope.blocks[scope.blocks.count - 1][decl.name]?.isFunction = true
            return compileFunctionDeclaration(decl)
        case .ifStatement(let conditions, let thenBranch, let elseBranch):
            return compileIf(conditions, thenBranch, elseBranch)
        case .guardStatement(let conditions, let elseBranch):
            return compileGuard(conditions, elseBranch, range)
        case .forIn(let pattern, let sequence, let whereClause, let body):
            return compileForIn(pattern, sequence, whereClause, body, range)
        case .whileLoop(let conditions, let body):
            return compileWhile(conditions, body, range)
        case .repeatWhile(let body, let condition):
            return compileRepeat(body, condition, range)
        case .block(let body):
            return compileBlock(body)
        case .breakStatement:
            if scope.loopDepth == 0 && scope.switchDepth == 0 { error("'break' is only allowed inside a loop", range) }
            return { _ in .breakLoop }
        case .continueStatement:
            if scope.loopDepth == 0 { error("'continue' is only allowed inside a loop", range) }
            return { _ in .continueLoop }
        case .returnStatement(let value):
            if !scope.isFunction { error("return invalid outside of a func", range) }
            guard let value else { return { frame in frame.returnValue = .void; return .returned } }
            let eval = compileExpression(value)
            return { frame in frame.returnValue = try eval(frame); return .returned }
        case .structure(let decl):
            return compileStructure(decl)
        case .invalid:
            return { _ in .normal }
        case .switchStatement, .fallthroughStatement, .labeled, .labeledJump, .enumDeclaration, .throwStatement, .doCatch, .deferStatement:
            return compileControl(statement)
        }
    }

    private func compileDeclaration(isLet: Bool, pattern: Pattern, type: TypeAnnotation?, value: Expr?, range: SourceRange) -> Exec {
        if let type, let (bad, badRange) = unknownTypeName(type) {
            error(SwiftStandardNames.unsupportedType(bad) ?? "cannot find type '\(bad)' in scope", badRange)
        }
        let eval = value.map { compileExpression($0) } ?? { _ in .nil }
        // `let x: T` initialised later takes one assignment (Swift checks that statically).
        let bind = compileBinding(pattern, isLet: isLet && value != nil, range: value?.range ?? range)
        if let type, value != nil {
            let valueRange = value?.range ?? range
            let what: String
            if case .name(let n, _) = pattern { what = "'\(n)'" } else { what = "pattern" }
            return { frame in
                let v = try eval(frame)
                try bind(frame, try located(valueRange) { try TypeCheck.convert(v, to: type, what: what) })
                return .normal
            }
        }
        return { frame in try bind(frame, try eval(frame)); return .normal }
    }

    /// Declares the names of a pattern and returns code that stores a value into them
    /// (destructuring tuples).
    func compileBinding(_ pattern: Pattern, isLet: Bool, range: SourceRange) -> (Frame, Value) throws -> Void {
        switch pattern {
        case .wildcard:
            return { _, _ in }
        case .name(let name, let nameRange):
            let slot = declare(name, isLet: isLet, nameRange)
            if scope.isGlobal {
                let pointer = runtime.globals.slots + slot
                return { _, value in pointer.pointee = value }
            }
            return { frame, value in frame.slots[slot] = value }
        case .tuple(let items):
            let binders = items.map { compileBinding($0, isLet: isLet, range: range) }
            let count = items.count
            return { frame, value in
                guard case .tuple(let values) = value, values.count == count else {
                    throw ScriptError("cannot destructure value of type '\(TypeCheck.describe(value))' into a tuple of \(count) elements", range)
                }
                for (binder, v) in zip(binders, values) { try binder(frame, v) }
            }
        }
    }

    // MARK: conditions

    /// Compiles `cond, let x = v, …`; binding names are declared in the current block.
    func compileConditions(_ conditions: [Condition]) -> (Frame) throws -> Bool {
        let tests: [(Frame) throws -> Bool] = conditions.map { condition in
            switch condition {
            case .expression(let expr):
                return compileTest(expr, locatingErrors: true)
            case .binding(let isLet, let name, let nameRange, let value):
                let eval = compileExpression(value)
                let slot = declare(name, isLet: isLet, nameRange)
                let pointer = slotPointer(scope.isGlobal ? .global(slot: slot) : .local(depth: 0, slot: slot))
                return { frame in
                    let v = try eval(frame)
                    if case .nil = v { return false }
                    pointer(frame).pointee = v
                    return true
                }
            case .pattern(let pattern, let value):
                return compilePatternCondition(pattern, value)
            }
        }
        if tests.count == 1 { return tests[0] }
        return { frame in
            for test in tests where try !test(frame) { return false }
            return true
        }
    }

    private func compileIf(_ conditions: [Condition], _ thenBranch: [Stmt], _ elseBranch: [Stmt]?) -> Exec {
        let (test, thenExec) = withBlock { (compileConditions(conditions), compileBlock(thenBranch)) }
        guard let elseBranch else {
            return { frame in try test(frame) ? try thenExec(frame) : .normal }
        }
        let elseExec = compileBlock(elseBranch)
        return { frame in try test(frame) ? try thenExec(frame) : try elseExec(frame) }
    }

    private func compileGuard(_ conditions: [Condition], _ elseBranch: [Stmt], _ range: SourceRange) -> Exec {
        let elseExec = compileBlock(elseBranch)
        let test = compileConditions(conditions)
        return { frame in
            if try test(frame) { return .normal }
            let flow = try elseExec(frame)
            if flow == .normal { throw ScriptError("'guard' body must not fall through; use 'return', 'break' or 'continue'", range) }
            return flow
        }
    }
}
