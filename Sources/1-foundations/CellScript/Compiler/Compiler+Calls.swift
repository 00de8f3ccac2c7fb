/// Lowering calls: user functions (with a cached label mapping), host functions,
/// initialisers, methods and implicit members.
extension Compiler {
    func compileCall(_ callee: Expr, _ arguments: [Argument], _ range: SourceRange) -> Eval {
        if let member = implicitBuiltinMember(callee), !callsGlobalFunction(callee, arguments) { return compileCall(member, arguments, range) }
        if arguments.contains(where: { Self.inoutTarget($0.value) != nil }) { return compileInoutCall(callee, arguments, range) }
        let compiled = arguments.map { CompiledEval(compileExpression($0.value)) }
        let evals = compiled.map(\.eval)
        let shape_ = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
        let shape = shape_
        let argumentRanges = arguments.map { argument in argument.labelRange.map { $0.union(argument.value.range) } ?? argument.value.range }
        let runtime = self.runtime
        switch callee.kind {
        case .member(let base, let name, let nameRange):
            return compileMethodCall(base, name, nameRange, compiled, shape, argumentRanges, range)
        case .implicitMember(let name):
            return compileImplicitMember(name, arguments: arguments, range)
        case .identifier(let name) where implicitMemberBase(name, callee.range) != nil:
            let base = implicitMemberBase(name, callee.range)!
            return compileCall(Expr(kind: .member(base, name: name, nameRange: callee.range), range: callee.range), arguments, range)
        case .array(let items) where arguments.isEmpty && items.count == 1 && isTypeName(items[0]):
            return { _ in .array([]) }
        case .dictionary(let pairs) where arguments.isEmpty && pairs.count == 1 && isTypeName(pairs[0].key) && isTypeName(pairs[0].value):
            return { _ in .dictionary(DictionaryValue()) }
        case .identifier(let name) where resolve(name) == nil:
            if let conversion = compileIntegerConversion(name, arguments, range, argumentRanges) { return conversion }
            if let overloads = registry.functions[name] ?? registry.initializers[name] {
                let cache = NativeCache()
                let call: ([Value]) throws -> Value = { args in
                    try atCallSite(range, argumentRanges) {
                        let prepared: PreparedCall
                        if let cached = cache.prepared {
                            prepared = cached
                        } else {
                            let choice = try runtime.prepare(overloads, shape, args)
                            prepared = choice.call
                            if choice.cacheable { cache.prepared = prepared }
                        }
                        var receiver = Value.void
                        return try runtime.invoke(prepared, &receiver, args)
                    }
                }
                if name == "Double" && shape.labels == [nil] && !shape.trailing[0] {
                    let argument = compiled[0].eval
                    return { frame in
                        let value = try argument(frame)
                        switch value {
                        case .int(let i): return .double(Double(i))
                        case .double: return value
                        default: return try call([value])
                        }
                    }
                }
                return { frame in try call(try evals.map { try $0(frame) }) }
            }
        default: break
        }
        let calleeEval = compileExpression(callee)
        let cache = CallCache()
        // `f(x)` where `f` is a top-level name: read the slot in place, not through a closure.
        var globalCallee: UnsafeMutablePointer<Value>?
        var calleeIsLet = false
        if case .identifier(let name) = callee.kind, let (reference, binding) = resolve(name), case .global(let slot) = reference {
            globalCallee = runtime.globals.slots + slot
            calleeIsLet = binding.isLet
        }
        // A function value is called without argument labels, as Swift drops them from function types.
        let callsValue = shape_.labels.allSatisfy { $0 == nil } && !namesFunctionDeclaration(callee)
        let general: Eval = { frame in
            let calleeValue = try calleeEval(frame)
            if case .function(let function) = calleeValue, let shape = function.shape, !shape.isClosure {
                var call = shape_
                if callsValue, shape.parameters.count == evals.count, !shape.parameters.contains(where: \.isVariadic) {
                    call = ArgumentMatcher.CallShape(labels: shape.parameters.map(\.label), trailing: shape_.trailing)
                }
                return try Self.callUser(shape, function.captured.unsafelyUnwrapped, evals, shape_: call, cache, frame, runtime, range, argumentRanges)
            }
            return try callValueAtCallSite(calleeValue, try evals.map { try $0(frame) }, shape_, runtime, range, argumentRanges)
        }
        if let pointer = globalCallee, calleeIsLet, !callsValue,
           let known = knownCall(pointer, arguments, compiled, cache, general, runtime, range, argumentRanges) {
            return known
        }
        if let pointer = globalCallee {
            return { frame in
                if case .function(let function) = pointer.pointee, let shape = function.shape,
                   cache.isDirect, cache.isFor(shape) {
                    return try Self.callDirect(shape, function.captured.unsafelyUnwrapped, evals, frame, runtime, range, argumentRanges)
                }
                return try general(frame)
            }
        }
        return general
    }

    /// True for an identifier naming a builtin or registered type (`[Int]()`, `[String: Double]()`).
    private func isTypeName(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .identifier(let name): return resolve(name) == nil && (TypeCheck.builtinNames.contains(name) || registry.typeNames.contains(name))
        case .array(let items): return items.count == 1 && isTypeName(items[0])
        default: return false
        }
    }

    /// The fast path of a call to a `func`: arguments go straight into the new frame.
    static func callUser(_ shape: FunctionShape, _ captured: Frame, _ evals: [Eval], shape_ call: ArgumentMatcher.CallShape, _ cache: CallCache,
                         _ frame: Frame, _ runtime: Runtime, _ range: SourceRange, _ argumentRanges: [SourceRange]) throws -> Value {
        if cache.isDirect && cache.isFor(shape) {
            return try callDirect(shape, captured, evals, frame, runtime, range, argumentRanges)
        }
        let sources: [ArgumentMatcher.Source]
        if cache.isFor(shape) {
            sources = cache.sources
        } else {
            sources = try atCallSite(range, argumentRanges) { try ArgumentMatcher.match(shape.parameters, call, callee: shape.name) }
            cache.remember(shape)
            cache.sources = sources
            cache.isDirect = sources.count == evals.count && sources.enumerated().allSatisfy { i, source in
                if case .argument(let k) = source { return k == i } else { return false }
            }
        }
        let newFrame = shape.makeFrame(parent: captured)
        for (i, source) in sources.enumerated() {
            switch source {
            case .argument(let k):
                let value = try evals[k](frame)
                newFrame.slots[i] = try atCallSite(argumentRanges[k], []) { try runtime.checkParameter(value, shape, i) }
            case .variadic(let ks):
                let value = Value.array(try ks.map { try evals[$0](frame) })
                newFrame.slots[i] = try atCallSite(range, []) { try runtime.checkParameter(value, shape, i) }
            case .defaulted:
                if let makeDefault = shape.defaults[i] {
                    let value = try makeDefault(newFrame)
                    newFrame.slots[i] = try atCallSite(range, []) { try runtime.checkParameter(value, shape, i) }
                }
            }
        }
        try atCallSite(range, []) { try runtime.enterCall() }
        defer { runtime.callDepth -= 1 }
        do {
            return try shape.run(in: consume newFrame)
        } catch let error as ScriptError where !error.isLimit {
            throw addingTraceback(error, shape.name, range)
        }
    }

    /// Runs a function body in a frame holding its arguments: counts the call depth and the
    /// deadline ticks, adds the traceback note, keeps the frame for reuse.
    @inline(__always)
    static func enter(_ shape: FunctionShape, _ newFrame: consuming Frame, _ runtime: Runtime, _ range: SourceRange) throws -> Value {
        runtime.callDepth += 1
        defer { runtime.callDepth -= 1 }
        try checkCallEntry(runtime, range)
        do {
            return try shape.run(in: consume newFrame)
        } catch let error as ScriptError where !error.isLimit {
            throw addingTraceback(error, shape.name, range)
        }
    }

    /// Stores argument `k` into a fresh frame (whose slots are all `()`), checking the common
    /// parameter annotations inline.
    @inline(__always)
    static func storeArgument(_ value: consuming Value, _ k: Int, _ shape: FunctionShape, _ slots: UnsafeMutablePointer<Value>,
                              _ runtime: Runtime, _ argumentRanges: [SourceRange]) throws {
        switch (shape.quickChecks[k], value) {
        case (.none, _), (.int, .int), (.double, .double): (slots + k).initialize(to: value)
        case (.double, .int(let i)): (slots + k).initialize(to: .double(Double(i)))
        default: slots[k] = try atCallSite(argumentRanges[k], []) { try runtime.checkParameter(value, shape, k) }
        }
    }

    /// Arguments map one-to-one onto parameters: evaluate them straight into the new frame.
    @inline(__always)
    static func callDirect(_ shape: FunctionShape, _ captured: Frame, _ evals: [Eval], _ frame: Frame, _ runtime: Runtime,
                           _ range: SourceRange, _ argumentRanges: [SourceRange]) throws -> Value {
        let newFrame = shape.makeFrame(parent: shape.isTopLevel ? nil : captured)
        let slots = newFrame.slots
        var k = 0
        for eval in evals {
            try storeArgument(try eval(frame), k, shape, slots, runtime, argumentRanges)
            k += 1
        }
        return try enter(shape, consume newFrame, runtime, range)
    }

    private func compileMethodCall(_ base: Expr, _ name: String, _ nameRange: SourceRange, _ compiled: [CompiledEval],
                                   _ shape: ArgumentMatcher.CallShape, _ argumentRanges: [SourceRange], _ range: SourceRange) -> Eval {
        let runtime = self.runtime
        let evals = compiled.map(\.eval)
        if registry.mutatingMethodNames.contains(name) || runtime.structMutatingNames.contains(name) || runtime.mutatingEnumMethods.contains(name), let lvalue = compileLValue(base, mutating: name) {
            if name == "append" && evals.count == 1 && shape.labels == [nil] {
                let argument = compiled[0].eval
                return { frame in
                    let value = try argument(frame)
                    return try atCallSite(range, argumentRanges) {
                        try lvalue(frame) { receiver in
                            if case .array(var items) = receiver {
                                try StandardLibrary.checkGrowth(items.count)
                                receiver = .void
                                items.append(value)
                                receiver = .array(items)
                                return .void
                            }
                            return try runtime.callMethod(&receiver, name, [value], shape)
                        }
                    }
                }
            }
            let cache = MethodCache()
            return { frame in
                let args = try evals.map { try $0(frame) }
                return try atCallSite(range, argumentRanges) {
                    try lvalue(frame) { receiver in try runtime.callMethod(&receiver, name, args, shape, cache: cache) }
                }
            }
        }
        let receiverEval = compileExpression(base)
        let cache = MethodCache()
        return { frame in
            var receiver = try receiverEval(frame)
            let args = try evals.map { try $0(frame) }
            do {
                return try atCallSite(range, argumentRanges) { try runtime.callMethod(&receiver, name, args, shape, cache: cache) }
            } catch var error as ScriptError where error.pointsAtMember {
                error.range = nameRange
                error.pointsAtMember = false
                throw error
            }
        }
    }
}

extension Compiler {
    /// True when `callee` is the name of a `func` declaration (or not a name the compiler knows,
    /// so labels keep their meaning); false for a variable, parameter, element or result
    /// holding a function value.
    func namesFunctionDeclaration(_ callee: Expr) -> Bool {
        guard case .identifier(let name) = callee.kind else { return false }
        guard let (_, binding) = resolve(name) else { return true }
        return binding.isFunction
    }
}
