/// Gives every expression of a cell a static type, between parsing and compiling, and rewrites
/// the AST from those types: literals become the kind their context asks for (`let lr: Double =
/// 1 / 1000` divides Doubles), Float operations round to Float, and values whose printing
/// depends on their type (`Optional(123)`, Float digits) are described by that type.
///
/// Types it cannot decide (host calls, members without a table) are `unknown` and compile as
/// before. The checker's recursion follows the parsed tree, whose depth the parser bounds.
final class TypeChecker {
    /// Types of top-level names, kept across the cells of a lesson in document order.
    var globals: [String: StaticType]
    var scopes: [[String: StaticType]] = []
    /// The cell structs known so far (kept across the cells of a lesson, like `globals`).
    var structs: [String: StructInfo]
    /// The struct members being checked, innermost last.
    var selfContexts: [SelfContext] = []
    /// The declared result of each enclosing function or closure (nil: infer).
    var returnTypes: [StaticType?] = []
    /// Types of `$0`, `$1`… of each enclosing anonymous-argument closure.
    var dollarTypes: [[StaticType]] = []
    /// The names each enclosing `for` iteration binds (see `TypeChecker+LoopCaptures.swift`).
    var iterationNames: [Set<String>] = []
    var diagnostics: [Diagnostic] = []
    /// Places where the types change the evaluation (see ``CellTypeReport/rewrites``).
    var rewrites: [String] = []
    /// The builtins, when known: their calls are checked against their signatures.
    var registry: HostRegistry?
    /// The overloaded functions of each block (see `TypeChecker+Overloads.swift`).
    var overloadTable: [String: [FunctionOverload]] = [:]
    var overloadedSymbols: Set<String> = []
    /// The cell types' operators that take their first operand `inout`, as `Type.op` (see `TypeChecker+CustomOperators.swift`).
    var inoutOperators: Set<String> = []
    /// Generic functions by name, for their results' types (`TypeChecker+GenericFunctions.swift`).
    var genericFunctions: [String: FunctionDecl] = [:]

    /// The diagnostics in source order, each once (a literal's operand may be checked twice).
    var uniqueDiagnostics: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }.sorted { $0.range.start < $1.range.start }
    }

    func rewrote(_ what: String, _ range: SourceRange) {
        let entry = "\(range.start.line):\(range.start.column): \(what)"
        if rewrites.last != entry { rewrites.append(entry) }
    }

    init(globals: [String: StaticType] = [:], structs: [String: StructInfo] = [:]) {
        self.globals = globals
        self.structs = structs
    }

    /// Checks and rewrites one cell's top-level statements.
    func checkCell(_ statements: [Stmt]) -> [Stmt] {
        declareFunctions(statements)
        return statements.map(check)
    }

    func error(_ message: String, _ range: SourceRange) {
        diagnostics.append(Diagnostic(message: message, range: range))
    }

    // MARK: names

    func lookup(_ name: String) -> StaticType? {
        for scope in scopes.reversed() { if let t = scope[name] { return t } }
        return globals[name]
    }

    func bind(_ name: String, _ type: StaticType) {
        if scopes.isEmpty { globals[name] = type } else { scopes[scopes.count - 1][name] = type }
    }

    func withScope<T>(_ body: () -> T) -> T {
        scopes.append([:])
        defer { scopes.removeLast() }
        return body()
    }

    /// Functions of a block are visible before their declaration (Swift allows calling them
    /// earlier at the top level and in nested code).
    /// A function name declared twice in one block is an overload (by labels or types), see
    /// `TypeChecker+Overloads.swift`.
    private func declareFunctions(_ statements: [Stmt]) {
        declareStructures(statements)
        noteInoutOperators(statements)
        let overloaded = declareOverloads(statements)
        for statement in statements {
            if case .enumDeclaration(let decl) = statement.kind { declareEnum(decl) }
            guard case .function(let decl) = statement.kind, !overloaded.contains(decl.name) else { continue }
            bind(decl.name, functionType(decl))
            noteGenericFunction(decl)
        }
    }

    func functionType(_ decl: FunctionDecl) -> StaticType {
        let params = decl.parameters.map { p -> StaticType in
            let t = p.type.map(resolvedType) ?? .unknown
            return p.isVariadic ? .array(t) : t
        }
        return .function(params, decl.returnType.map(resolvedType) ?? .void)
    }

    // MARK: statements

    func check(_ statement: Stmt) -> Stmt {
        var out = statement
        switch statement.kind {
        case .expression(let e):
            out.kind = .expression(expression(e, expected: nil).expr)
        case .declaration(let isLet, let pattern, var annotation, let value):
            if let inferred = setElementAnnotation(annotation, value) { annotation = inferred }
            let declared = annotation.map(resolvedType)
            var type = declared ?? .unknown
            var checkedValue: Expr?
            if let value {
                let typed = expression(value, expected: declared)
                checkedValue = typed.expr
                if let declared { convertible(typed, to: declared, specified: true) } else { type = typed.type }
            }
            bindPattern(pattern, type)
            noteSlice(pattern, checkedValue)
            out.kind = .declaration(isLet: isLet, pattern: pattern, type: annotation, value: checkedValue)
        case .assignment(let target, let op, let value, let opRange):
            if let rewritten = optionalChainAssignment(statement) { return rewritten }
            if let op, let custom = customCompoundAssignment(statement, target, op, value, opRange) { return custom }
            let targetTyped = expression(target, expected: nil)
            checkStructAssignment(targetTyped.expr)
            let expected: StaticType? = targetTyped.type == .unknown ? nil : targetTyped.type
            var valueTyped = expression(value, expected: expected)
            if op == nil, let expected { convertible(valueTyped, to: expected, specified: false) }
            adaptLiteral(&valueTyped, assignedTo: targetTyped, value, compound: op != nil)
            out.kind = .assignment(target: targetTyped.expr, op: op, value: valueTyped.expr, opRange: opRange)
            if let op, targetTyped.type == .float {
                // `x op= v` on a Float: `x = Float(x op v)`.
                let binary = Expr(kind: .binary(op: op, target, valueTyped.expr, opRange: opRange), range: statement.range)
                out.kind = .assignment(target: targetTyped.expr, op: nil, value: Expr(kind: .floatRound(binary), range: statement.range), opRange: opRange)
            }
        case .function(var decl):
            if overloadedSymbols.contains(Self.overloadSymbol(decl)) { decl.name = Self.overloadSymbol(decl) }
            refuseIterationReads(decl)
            out.kind = .function(function(decl))
        case .ifStatement(let conditions, let thenBody, let elseBody):
            let (checkedConditions, body) = withScope { () -> ([Condition], [Stmt]) in
                let c = conditions.map(condition)
                return (c, block(thenBody))
            }
            out.kind = .ifStatement(checkedConditions, then: body, else: elseBody.map(block))
        case .guardStatement(let conditions, let elseBody):
            let elseChecked = block(elseBody)
            out.kind = .guardStatement(conditions.map(condition), else: elseChecked)
        case .forIn(let pattern, let sequence, let whereClause, let body):
            let typed = expression(sequence, expected: nil)
            let result = withScope { () -> (Expr?, [Stmt]) in
                bindPattern(pattern, elementType(of: typed.type))
                iterationNames.append(Self.iterationNames(pattern, body))
                defer { iterationNames.removeLast() }
                return (whereClause.map { expression($0, expected: .bool).expr }, block(body))
            }
            out.kind = .forIn(pattern, sequence: typed.expr, whereClause: result.0, body: result.1)
        case .whileLoop(let conditions, let body):
            let result = withScope { () -> ([Condition], [Stmt]) in
                let checked = conditions.map(condition)
                iterationNames.append(Self.iterationNames(conditions, body))
                defer { iterationNames.removeLast() }
                return (checked, block(body))
            }
            out.kind = .whileLoop(result.0, body: result.1)
        case .repeatWhile(let body, let condition):
            iterationNames.append(Self.iterationNames([], body))
            let checkedBody = block(body)
            iterationNames.removeLast()
            out.kind = .repeatWhile(body: checkedBody, condition: expression(condition, expected: .bool).expr)
        case .block(let body):
            out.kind = .block(block(body))
        case .returnStatement(let value):
            guard let value else { break }
            let expected = returnTypes.last ?? nil
            let typed = expression(value, expected: expected)
            if let expected { convertible(typed, to: expected, specified: false, returning: true) }
            out.kind = .returnStatement(typed.expr)
        case .breakStatement, .continueStatement, .invalid:
            break
        case .structure(let decl):
            out.kind = .structure(checkStructure(decl))
        case .switchStatement, .fallthroughStatement, .labeled, .labeledJump, .enumDeclaration, .throwStatement, .doCatch, .deferStatement:
            out.kind = checkControl(statement)
        }
        return out
    }

    func block(_ statements: [Stmt]) -> [Stmt] {
        withScope {
            declareFunctions(statements)
            return statements.map(check)
        }
    }

    func function(_ decl: FunctionDecl) -> FunctionDecl {
        var out = decl
        guard case .function(let params, let result) = functionType(decl) else { return decl }
        out.parameters = zip(decl.parameters, params).map { parameter, type in
            var p = parameter
            if let value = p.defaultValue { p.defaultValue = expression(value, expected: parameter.isVariadic ? nil : type).expr }
            return p
        }
        returnTypes.append(decl.returnType == nil ? .void : result)
        defer { returnTypes.removeLast() }
        out.body = withScope {
            for (parameter, type) in zip(decl.parameters, params) { bind(parameter.name, type) }
            // A single expression is the result (`func f() -> Suit { .hearts }`): it takes the return type.
            if decl.returnType != nil, decl.body.count == 1, case .expression(let single) = decl.body[0].kind {
                return [Stmt(kind: .expression(expression(single, expected: result).expr), range: decl.body[0].range)]
            }
            return block(decl.body)
        }
        return out
    }

    private func condition(_ condition: Condition) -> Condition {
        switch condition {
        case .expression(let e):
            return .expression(expression(e, expected: .bool).expr)
        case .binding(let isLet, let name, let nameRange, let value):
            let typed = expression(value, expected: nil)
            if case .optional(let wrapped) = typed.type { bind(name, wrapped) } else { bind(name, .unknown) }
            return .binding(isLet: isLet, name: name, nameRange: nameRange, value: typed.expr)
        case .pattern(let pattern, let value):
            let typed = expression(value, expected: nil)
            return .pattern(checkPattern(pattern, typed.type), value: typed.expr)
        }
    }

    func bindPattern(_ pattern: Pattern, _ type: StaticType) {
        switch pattern {
        case .name(let name, _): bind(name, type)
        case .wildcard: break
        case .tuple(let items):
            if case .tuple(let types, _) = type, types.count == items.count {
                for (item, t) in zip(items, types) { bindPattern(item, t) }
            } else {
                for item in items { bindPattern(item, .unknown) }
            }
        }
    }

    func elementType(of type: StaticType) -> StaticType {
        switch type {
        case .range: return .int
        case .array(let element): return element
        case .dictionary(let k, let v): return .tuple([k, v], labels: ["key", "value"])
        case .string: return .character
        default: return sequenceElement(type) ?? .unknown
        }
    }
}
