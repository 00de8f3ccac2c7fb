/// Lowering `enum` declarations, `do`/`catch`, `try` and `defer`.
extension Compiler {
    /// Registers an enum's type (its cases and member names) before the block's code is
    /// compiled, so every statement of the block can name it.
    @discardableResult
    func declareEnum(_ decl: EnumDecl) -> EnumType {
        var rawValues: [Value]?
        if let rawType = decl.rawType {
            var values: [Value] = []
            var next = 0
            for c in decl.cases {
                switch (c.rawValue?.kind, rawType) {
                case (.integer(let v)?, "Double"), (.integer(let v)?, "Float"): values.append(.double(Double(v)))
                case (.integer(let v)?, _): values.append(.int(v)); next = v &+ 1
                case (.double(let v)?, _): values.append(.double(v))
                case (.string(let s)?, _): values.append(.string(s))
                case (nil, "String"): values.append(.string(c.name))
                case (nil, "Int"): values.append(.int(next)); next &+= 1
                case (nil, "Double"), (nil, "Float"): values.append(.double(Double(next))); next &+= 1
                default:
                    error("enum case '\(c.name)' needs a literal raw value", c.range)
                    values.append(.void)
                }
            }
            rawValues = values
        }
        let type = EnumType(name: decl.name, caseNames: decl.cases.map(\.name),
                            caseLabels: decl.cases.map { $0.associated.map { $0.map(\.label) } },
                            rawValues: rawValues, conformsToError: decl.inherited.contains("Error"))
        type.casePayloadTypes = decl.cases.map { $0.associated.map { $0.map { StaticType($0.type) } } }
        if let qualified = decl.qualifiedName { type.qualifiedName = qualified }
        type.instanceMembers = Set(decl.methods.filter { !$0.isStatic }.map(\.function.name) + decl.properties.filter { !$0.isStatic }.map(\.name))
        if rawValues != nil { type.instanceMembers.insert("rawValue") }
        type.staticMembers = Set(decl.methods.filter(\.isStatic).map(\.function.name) + decl.properties.filter(\.isStatic).map(\.name) + decl.cases.map(\.name))
        type.printsWithDescription = decl.inherited.contains("CustomStringConvertible")
        type.printsWithDebugDescription = decl.inherited.contains("CustomDebugStringConvertible")
        type.runtime = runtime
        runtime.enumTypes[decl.name] = type
        for method in decl.methods where method.isMutating { runtime.mutatingEnumMethods.insert(method.function.name) }
        var seen = Set<String>()
        for method in decl.methods where !seen.insert((method.isStatic ? "static " : "") + method.function.name).inserted {
            // An enum keeps one method per name: a call would reach the wrong overload.
            error(Unsupported.message("overloaded methods in an enum"), method.function.nameRange)
        }
        return type
    }

    func compileEnum(_ decl: EnumDecl) -> Exec {
        let type = runtime.enumTypes[decl.name] ?? declareEnum(decl)
        let selfParameter = Parameter(label: nil, name: "self", range: decl.nameRange)
        var methods: [(String, FunctionShape, Bool, Bool)] = []
        for method in decl.methods {
            let f = method.function
            var shape = compileFunctionShape(name: f.name, parameters: method.isStatic ? f.parameters : [selfParameter] + f.parameters,
                                             body: f.body, isClosure: false, collects: false, returnType: f.returnType,
                                             mutableSelf: method.isMutating, selfType: decl.name)
            if method.isMutating { shape = Self.returningSelf(shape) }
            methods.append((f.name, shape, method.isStatic, method.isMutating))
        }
        var properties: [(String, FunctionShape, Bool)] = []
        var statics: [(String, Eval)] = []
        for property in decl.properties {
            if property.isStored, case .expression(let value)? = property.getter.first?.kind {
                statics.append((property.name, compileExpression(value)))
                continue
            }
            let shape = compileFunctionShape(name: property.name, parameters: property.isStatic ? [] : [selfParameter], body: property.getter,
                                             isClosure: false, collects: false, returnType: property.type, selfType: decl.name)
            properties.append((property.name, shape, property.isStatic))
        }
        var initializers: [FunctionShape] = []
        for (function, _) in decl.initializers {
            let shape = compileFunctionShape(name: "init", parameters: [selfParameter] + function.parameters, body: function.body,
                                             isClosure: false, collects: false, mutableSelf: true, selfType: decl.name)
            initializers.append(Self.returningNewSelf(shape))
        }
        return { frame in
            type.initializers = initializers.map { Function(user: UserFunction(shape: $0, captured: frame)) }
            for (name, shape, isStatic, isMutating) in methods {
                let function = Function(user: UserFunction(shape: shape, captured: frame))
                if isStatic { type.staticMethods[name] = function } else { type.methods[name] = EnumMethod(function: function, isMutating: isMutating) }
            }
            for (name, shape, isStatic) in properties {
                let function = Function(user: UserFunction(shape: shape, captured: frame))
                if isStatic { type.staticProperties[name] = function } else { type.properties[name] = function }
            }
            for (name, eval) in statics { type.staticValues[name] = try eval(frame) }
            return .normal
        }
    }

    /// A `mutating` method's shape whose call returns `(result, self)`, so the caller can store
    /// the new `self` back into the receiver.
    static func returningSelf(_ shape: FunctionShape) -> FunctionShape {
        let body = shape.body
        return FunctionShape(name: shape.name, parameters: shape.parameters, parameterTypes: shape.parameterTypes, defaults: shape.defaults,
                             slotCount: shape.slotCount, body: { frame in .tuple([try body(frame), frame.slots[0]]) },
                             isClosure: false, collectsValues: false, isTopLevel: shape.isTopLevel, createsClosures: shape.createsClosures)
    }

    /// An initializer's shape whose call returns the `self` it assigned (nil after `return nil`).
    static func returningNewSelf(_ shape: FunctionShape) -> FunctionShape {
        let body = shape.body
        return FunctionShape(name: shape.name, parameters: shape.parameters, parameterTypes: shape.parameterTypes, defaults: shape.defaults,
                             slotCount: shape.slotCount, body: { frame in
                                 if case .nil = try body(frame) { return .nil }
                                 return frame.slots[0]
                             },
                             isClosure: false, collectsValues: false, isTopLevel: shape.isTopLevel, createsClosures: shape.createsClosures)
    }

    /// The enum whose method or property body is being compiled, if any.
    private var enclosingEnum: EnumType? {
        var current: Scope? = scope
        while let s = current {
            if let name = s.selfType { return runtime.enumTypes[name] }
            current = s.parent
        }
        return nil
    }

    /// `name` inside an enum's body meaning `self.name` or `Type.name`.
    func implicitMemberBase(_ name: String, _ range: SourceRange) -> Expr? {
        guard resolve(name) == nil, let type = enclosingEnum else { return nil }
        if type.instanceMembers.contains(name), resolve("self") != nil { return Expr(kind: .identifier("self"), range: range) }
        if type.staticMembers.contains(name) { return Expr(kind: .identifier(type.name), range: range) }
        return nil
    }

    func compileImplicitSelfMember(_ name: String, _ range: SourceRange) -> Eval? {
        guard let base = implicitMemberBase(name, range) else { return nil }
        return compileExpression(Expr(kind: .member(base, name: name, nameRange: range), range: range))
    }

    func compileDoCatch(_ body: [Stmt], _ clauses: [CatchClause]) -> Exec {
        let bodyExec = compileBlock(body)
        let compiled: [(tests: [(Matcher, ((Frame) throws -> Bool)?)], body: Exec)] = clauses.map { clause in
            withBlock {
                var bindings: [String: (Frame) -> UnsafeMutablePointer<Value>] = [:]
                var tests: [(Matcher, ((Frame) throws -> Bool)?)] = []
                if clause.patterns.isEmpty {
                    let slot = declare("error", isLet: true, clause.range)
                    let pointer = slotPointer(scope.isGlobal ? .global(slot: slot) : .local(depth: 0, slot: slot))
                    tests = [({ frame, value in pointer(frame).pointee = value; return true }, nil)]
                } else {
                    tests = clause.patterns.map { (compilePattern($0.pattern, &bindings), $0.whereClause.map { compileTest($0, locatingErrors: true) }) }
                }
                return (tests, compileBlock(clause.body))
            }
        }
        return { frame in
            do {
                return try bodyExec(frame)
            } catch let error as ScriptError {
                guard let thrown = error.thrown else { throw error }
                for clause in compiled {
                    for (match, guardTest) in clause.tests where try match(frame, thrown) {
                        if let guardTest, try !guardTest(frame) { continue }
                        return try clause.body(frame)
                    }
                }
                throw error
            }
        }
    }

    func compileTry(_ kind: TryKind, _ operand: Expr, _ range: SourceRange) -> Eval {
        let eval = compileExpression(operand)
        switch kind {
        case .plain:
            return eval
        case .optional:
            return { frame in
                do { return try eval(frame) } catch let error as ScriptError where error.thrown != nil { return .nil }
            }
        case .forced:
            return { frame in
                do {
                    return try eval(frame)
                } catch let error as ScriptError where error.thrown != nil {
                    throw ScriptError("Fatal error: 'try!' expression unexpectedly raised an error: \(error.thrown!.debugDescription)", range)
                }
            }
        }
    }

    /// Whether a block has `defer` statements (compiled by ``compileDeferringStatements(_:)``).
    static func hasDefer(_ statements: [Stmt]) -> Bool {
        statements.contains { if case .deferStatement = $0.kind { return true } else { return false } }
    }

    /// A block with `defer`: each `defer` reached is remembered, and the remembered bodies run
    /// in reverse order when the block ends, however it ends (normally, `return`, `break`,
    /// `continue` or a thrown error).
    func compileDeferringStatements(_ statements: [Stmt]) -> Exec {
        enum Step {
            case run(Exec)
            case deferred(Exec)
        }
        declareFunctions(statements)
        var prelude: [Exec] = []
        var steps: [Step] = []
        for statement in statements {
            switch statement.kind {
            case .function(let decl): prelude.append(compileFunctionDeclaration(decl))
            case .enumDeclaration: prelude.append(compileStatement(statement))
            case .deferStatement(let body):
                let saved = (scope.loopDepth, scope.switchDepth)
                (scope.loopDepth, scope.switchDepth) = (0, 0)
                steps.append(.deferred(compileBlock(body)))
                (scope.loopDepth, scope.switchDepth) = saved
            default: steps.append(.run(compileStatement(statement)))
            }
        }
        let setup = sequence(prelude)
        return { frame in
            _ = try setup(frame)
            var pending: [Exec] = []
            var flow = Flow.normal
            do {
                for step in steps {
                    switch step {
                    case .deferred(let body): pending.append(body)
                    case .run(let exec): flow = try exec(frame)
                    }
                    if flow != .normal { break }
                }
            } catch {
                for body in pending.reversed() { _ = try body(frame) }
                throw error
            }
            for body in pending.reversed() { _ = try body(frame) }
            return flow
        }
    }
}

extension Compiler {
    /// Type names the cells declared (enums), valid in annotations.
    var declaredTypeNames: Set<String> { Set(runtime.enumTypes.keys).union(["Error"]) }
}
