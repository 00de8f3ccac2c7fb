/// Lowering `func` declarations and closure expressions.
extension Compiler {
    func compileFunctionDeclaration(_ decl: FunctionDecl) -> Exec {
        guard case .local(0, let slot)? = resolveHere(decl.name) ?? nil else { return { _ in .normal } }
        let outerIsGlobal = scope.isGlobal
        let shape = compileFunctionShape(name: decl.name, parameters: decl.parameters, body: decl.body, isClosure: false, collects: false, returnType: decl.returnType)
        let globals = runtime.globals
        return { frame in
            let value = Value.function(Function(user: UserFunction(shape: shape, captured: frame)))
            if outerIsGlobal { globals.slots[slot] = value } else { frame.slots[slot] = value }
            return .normal
        }
    }

    /// The slot of a name declared in the innermost block of the current scope.
    private func resolveHere(_ name: String) -> NameReference?? {
        guard let binding = scope.blocks.last?[name] else { return nil }
        return .some(.local(depth: 0, slot: binding.slot))
    }

    func compileFunctionShape(name: String, parameters: [Parameter], body: [Stmt], isClosure: Bool, collects: Bool,
                              returnType: TypeAnnotation? = nil, mutableSelf: Bool = false, selfType: String? = nil) -> FunctionShape {
        let outer = scope
        shapesCompiled += 1
        let shapesBefore = shapesCompiled
        let inner = Scope(parent: outer, isGlobal: false, isFunction: true)
        inner.collects = collects
        inner.selfType = selfType
        scope = inner
        defer { scope = outer }
        for parameter in parameters {
            if let type = parameter.type, let (bad, badRange) = unknownTypeName(type) {
                error(SwiftStandardNames.unsupportedType(bad) ?? "cannot find type '\(bad)' in scope", badRange)
            }
            declare(parameter.name, isLet: !(parameter.isMutable || parameter.isInout || (mutableSelf && parameter.name == "self")), parameter.range)
        }
        if let returnType, let (bad, badRange) = unknownTypeName(returnType) {
            error(SwiftStandardNames.unsupportedType(bad) ?? "cannot find type '\(bad)' in scope", badRange)
        }
        let defaults: [Eval?] = parameters.map { p in p.defaultValue.map { compileExpression($0) } }
        let signatureParameters = parameters.map {
            Signature.Parameter(label: $0.label, name: $0.name, type: $0.type?.description ?? "Any",
                                hasDefault: $0.defaultValue != nil, isVariadic: $0.isVariadic)
        }
        var intBody: IntEval?
        var bodyEval: (Frame) throws -> Value
        var holdsOnlyInts = false
        if let typed = typedIntBody(body, returnType: returnType, collects: collects) {
            (intBody, bodyEval) = (typed, { frame in .int(try typed(frame)) })
            holdsOnlyInts = !isClosure && inner.slotCount == parameters.count && parameters.allSatisfy { parameter in
                guard case .named("Int", _)? = parameter.type else { return false }
                return !parameter.isVariadic && !parameter.isInout && !parameter.isMutable
            }
        } else {
            bodyEval = compileFunctionBody(body, collects: collects)
        }
        if !inner.functionSlots.isEmpty {
            let slots = inner.functionSlots
            let run = bodyEval
            bodyEval = { frame in
                defer { for slot in slots { frame.slots[slot] = .void } }
                return try run(frame)
            }
            intBody = nil
            holdsOnlyInts = false
        }
        var kernel: KernelProgram?
        if inner.functionSlots.isEmpty, builtinSelf == nil, selfType == nil, !mutableSelf,
           let lowered = intKernel(name: name, parameters: parameters, body: body, returnType: returnType, isClosure: isClosure, collects: collects) {
            let general = bodyEval
            let fallback: IntEval = intBody ?? { frame in
                let value = try general(frame)
                guard case .int(let i) = value else { throw TypedCode.mismatch(value, expected: "Int", nil) }
                return i
            }
            let entry = Self.kernelEntry(lowered, fallback: fallback, runtime)
            (kernel, intBody, bodyEval) = (lowered, entry, { frame in .int(try entry(frame)) })
            holdsOnlyInts = true
        }
        return FunctionShape(name: name, parameters: signatureParameters, parameterTypes: parameters.map(\.type),
                             defaults: defaults, slotCount: inner.slotCount, body: bodyEval,
                             isClosure: isClosure, collectsValues: collects, isTopLevel: outer.isGlobal,
                             createsClosures: shapesCompiled != shapesBefore, intBody: intBody, holdsOnlyInts: holdsOnlyInts, kernel: kernel)
    }

    /// A single expression is returned implicitly; a builder returns its listed values.
    private func compileFunctionBody(_ body: [Stmt], collects: Bool) -> (Frame) throws -> Value {
        if body.count == 1, case .expression(let expr) = body[0].kind, !collects {
            return compileExpression(expr)
        }
        let exec = compileBlock(body, newScope: true)
        if collects {
            return { frame in
                _ = try exec(frame)
                return .array(frame.collected)
            }
        }
        return { frame in
            if try exec(frame) == .returned { return frame.returnValue }
            return .void
        }
    }

    func compileClosure(_ closure: ClosureExpr, _ range: SourceRange) -> Eval {
        var parameters: [Parameter]
        let collects: Bool
        if let names = closure.parameters {
            parameters = names.map { Parameter(label: nil, name: $0.name, range: $0.range) }
            collects = false
        } else {
            let maxDollar = ASTWalk.maxDollar(closure.body)
            parameters = maxDollar < 0 ? [] : (0...maxDollar).map { Parameter(label: nil, name: "$\($0)", range: range) }
            collects = maxDollar < 0 && ASTWalk.isBuilderBody(closure.body)
        }
        if closure.mutableFirstParameter, !parameters.isEmpty { parameters[0].isMutable = true }
        if !parameters.isEmpty, ClosureInout.mutatesParameter(parameters[0].name, closure.body) { parameters[0].isMutable = true }
        let shape = compileFunctionShape(name: "closure", parameters: parameters, body: closure.body, isClosure: true, collects: collects)
        return { frame in .function(Function(user: UserFunction(shape: shape, captured: frame))) }
    }
}
