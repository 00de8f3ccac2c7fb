/// Typed calls: `fib(n - 1)` where `fib` is a `let`-bound top-level function and the checker
/// typed the call `Int`. Once the call site has seen the function (plain positional arguments,
/// see ``KnownCallee``), each call stores the arguments straight into a new frame and runs the
/// function's typed body (``FunctionShape/intBody``), with no `Value` for the result, no name
/// lookup and no label matching. Until then, and whenever the slot holds something else, the
/// call takes the general path and its result's tag is checked.
extension Compiler {
    func typedIntCall(_ callee: Expr, _ arguments: [Argument], _ range: SourceRange) -> IntEval? {
        guard case .identifier(let name) = callee.kind, let (reference, binding) = resolve(name), binding.isLet, binding.isFunction,
              case .global(let slot) = reference, arguments.count <= 2,
              arguments.allSatisfy({ !$0.isTrailingClosure && Self.inoutTarget($0.value) == nil }) else { return nil }
        let pointer = runtime.globals.slots + slot
        let runtime = self.runtime
        // Each argument compiled once: typed when the checker typed it Int (boxed for the
        // general path), else as a value.
        let typedArguments: [IntEval?] = arguments.map { $0.value.checkedType == .int ? compileInt($0.value) : nil }
        let evals: [CompiledEval] = zip(arguments, typedArguments).map { argument, typed in
            if let typed { return CompiledEval { frame in .int(try typed(frame)) } }
            return CompiledEval(compileExpression(argument.value))
        }
        let plain = evals.map(\.eval)
        let call = ArgumentMatcher.CallShape(labels: arguments.map(\.label), trailing: arguments.map { _ in false })
        let argumentRanges = arguments.map { argument in argument.labelRange.map { $0.union(argument.value.range) } ?? argument.value.range }
        let cache = CallCache()
        let known = KnownCallee()
        // The general path, as `compileCall` lowers a call of a name holding a function value.
        let slow: IntEval = { frame in
            let calleeValue = pointer.pointee
            let value: Value
            if case .function(let function) = calleeValue, let shape = function.shape, !shape.isClosure {
                value = try Self.callUser(shape, function.captured.unsafelyUnwrapped, plain, shape_: call, cache, frame, runtime, range, argumentRanges)
                known.learn(pointer, cache)
            } else {
                value = try callValueAtCallSite(calleeValue, try plain.map { try $0(frame) }, call, runtime, range, argumentRanges)
            }
            guard case .int(let i) = value else { throw TypedCode.mismatch(value, expected: "Int", range) }
            return i
        }
        switch evals.count {
        case 0:
            return { frame in
                guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                return try unmanaged._withUnsafeGuaranteedRef { shape in
                    try Self.enterInt(shape, shape.makeFrame(parent: nil), runtime, range)
                }
            }
        case 1:
            let a = plain[0]
            if let typed = typedArguments[0] {
                let offset = slotOffset(arguments[0].value)
                let argumentSlot = offset?.slot ?? 0, delta = offset?.offset ?? 0
                return { frame in
                    guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                    let argument: Int
                    // `f(n - 1)`: the argument is computed inline.
                    if offset != nil, case .int(let n) = frame.slots[argumentSlot], case (let sum, false) = n.addingReportingOverflow(delta) {
                        argument = sum
                    } else {
                        argument = try typed(frame)
                    }
                    return try unmanaged._withUnsafeGuaranteedRef { shape in
                        let newFrame = shape.makeFrame(parent: nil)
                        try Self.storeIntArgument(argument, 0, shape, newFrame.slots, runtime, argumentRanges)
                        return try Self.enterInt(shape, consume newFrame, runtime, range)
                    }
                }
            }
            return { frame in
                guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                return try unmanaged._withUnsafeGuaranteedRef { shape in
                    let newFrame = shape.makeFrame(parent: nil)
                    try Self.storeArgument(try a(frame), 0, shape, newFrame.slots, runtime, argumentRanges)
                    return try Self.enterInt(shape, consume newFrame, runtime, range)
                }
            }
        case 2 where typedArguments[0] != nil && typedArguments[1] != nil:
            let a = typedArguments[0]!, b = typedArguments[1]!
            return { frame in
                guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                let x = try a(frame), y = try b(frame)
                return try unmanaged._withUnsafeGuaranteedRef { shape in
                    let newFrame = shape.makeFrame(parent: nil)
                    let slots = newFrame.slots
                    try Self.storeIntArgument(x, 0, shape, slots, runtime, argumentRanges)
                    try Self.storeIntArgument(y, 1, shape, slots, runtime, argumentRanges)
                    return try Self.enterInt(shape, consume newFrame, runtime, range)
                }
            }
        default:
            let a = plain[0], b = plain[1]
            return { frame in
                guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                return try unmanaged._withUnsafeGuaranteedRef { shape in
                    let newFrame = shape.makeFrame(parent: nil)
                    let slots = newFrame.slots
                    try Self.storeArgument(try a(frame), 0, shape, slots, runtime, argumentRanges)
                    try Self.storeArgument(try b(frame), 1, shape, slots, runtime, argumentRanges)
                    return try Self.enterInt(shape, consume newFrame, runtime, range)
                }
            }
        }
    }

    /// ``storeArgument(_:_:_:_:_:_:)`` for an Int: stored as it is for an `Int` or untyped
    /// parameter, converted for a `Double` one, checked for any other.
    @inline(__always)
    static func storeIntArgument(_ value: Int, _ k: Int, _ shape: FunctionShape, _ slots: UnsafeMutablePointer<Value>,
                                 _ runtime: Runtime, _ argumentRanges: [SourceRange]) throws {
        switch shape.quickChecks[k] {
        case .none, .int: (slots + k).initialize(to: .int(value))
        case .double: (slots + k).initialize(to: .double(Double(value)))
        case .full: slots[k] = try atCallSite(argumentRanges[k], []) { try runtime.checkParameter(.int(value), shape, k) }
        }
    }

    /// ``enter(_:_:_:_:)`` for an Int result: counts the call depth and the deadline ticks,
    /// adds the traceback note, keeps the frame for reuse.
    @inline(__always)
    static func enterInt(_ shape: FunctionShape, _ newFrame: consuming Frame, _ runtime: Runtime, _ range: SourceRange) throws -> Int {
        runtime.callDepth += 1
        defer { runtime.callDepth -= 1 }
        try checkCallEntry(runtime, range)
        do {
            return try shape.runInt(in: consume newFrame)
        } catch let error as ScriptError where !error.isLimit {
            throw addingTraceback(error, shape.name, range)
        }
    }
}
