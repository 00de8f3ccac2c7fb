/// Calls of `let`-bound top-level functions (`fib(n - 1)`): once a call site has seen the
/// function, it checks the slot still holds it and calls the body without reference counting
/// the function or its environment, with the arguments evaluated straight into the frame.
extension Compiler {
    /// The fast closure for a call of the function in global slot `pointer`, falling back to
    /// `general` until the call site has learnt the function (nil: no fast form for this call).
    func knownCall(_ pointer: UnsafeMutablePointer<Value>, _ arguments: [Argument], _ evals: [CompiledEval], _ cache: CallCache,
                   _ general: @escaping Eval, _ runtime: Runtime, _ range: SourceRange, _ argumentRanges: [SourceRange]) -> Eval? {
        let known = KnownCallee()
        let slow: Eval = { frame in
            known.learn(pointer, cache)
            return try general(frame)
        }
        switch evals.count {
        case 0:
            return { frame in
                guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                return try unmanaged._withUnsafeGuaranteedRef { shape in
                    let newFrame = shape.makeFrame(parent: nil)
                    return try Self.enter(shape, consume newFrame, runtime, range)
                }
            }
        case 1:
            let a = evals[0].eval
            if let (slot, offset) = slotOffset(arguments[0].value) {
                // `f(n - 1)`: the argument is computed inline.
                return { frame in
                    guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                    let argument: Value
                    if case .int(let n) = frame.slots[slot], case (let sum, false) = n.addingReportingOverflow(offset) {
                        argument = .int(sum)
                    } else {
                        argument = try a(frame)
                    }
                    return try unmanaged._withUnsafeGuaranteedRef { shape in
                        let newFrame = shape.makeFrame(parent: nil)
                        try Self.storeArgument(argument, 0, shape, newFrame.slots, runtime, argumentRanges)
                        return try Self.enter(shape, consume newFrame, runtime, range)
                    }
                }
            }
            return { frame in
                guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                return try unmanaged._withUnsafeGuaranteedRef { shape in
                    let newFrame = shape.makeFrame(parent: nil)
                    try Self.storeArgument(try a(frame), 0, shape, newFrame.slots, runtime, argumentRanges)
                    return try Self.enter(shape, consume newFrame, runtime, range)
                }
            }
        case 2:
            let a = evals[0].eval, b = evals[1].eval
            return { frame in
                guard let unmanaged = known.shape(in: pointer) else { return try slow(frame) }
                return try unmanaged._withUnsafeGuaranteedRef { shape in
                    let newFrame = shape.makeFrame(parent: nil)
                    let slots = newFrame.slots
                    try Self.storeArgument(try a(frame), 0, shape, slots, runtime, argumentRanges)
                    try Self.storeArgument(try b(frame), 1, shape, slots, runtime, argumentRanges)
                    return try Self.enter(shape, consume newFrame, runtime, range)
                }
            }
        default:
            return nil
        }
    }
}

extension Compiler {
    /// `n + c` or `n - c` for a variable of the current function and an Int literal: the slot
    /// and the number to add (nil for anything else).
    func slotOffset(_ expr: Expr) -> (slot: Int, offset: Int)? {
        guard case .binary(let op, let lhs, let rhs, _) = expr.kind, op == "+" || op == "-",
              case .identifier(let name) = lhs.kind, case .local(0, let slot)? = resolve(name)?.0,
              case .integer(let c) = rhs.kind, c != Int.min else { return nil }
        return (slot, op == "+" ? c : -c)
    }
}

/// The top-level function a call site calls, remembered by identity (holding it would form
/// a cycle through a recursive function's own body). The hot path compares the slot's
/// function's shape with it and uses that shape unretained: a `let` slot does not change
/// while the cell runs, so the slot keeps it alive for the call.
final class KnownCallee {
    private var identity: FunctionShape.Identity?

    /// The slot's function's shape (unretained), if it is the remembered one.
    @inline(__always)
    func shape(in pointer: UnsafeMutablePointer<Value>) -> Unmanaged<FunctionShape>? {
        guard let identity, case .function(let function) = pointer.pointee, let shape = function.shape,
              shape.identity == identity else { return nil }
        return Unmanaged.passUnretained(shape)
    }

    /// Remembers the slot's function once the call site's argument mapping for it is direct
    /// (plain positional arguments) and it is a top-level `func`.
    func learn(_ pointer: UnsafeMutablePointer<Value>, _ cache: CallCache) {
        guard case .function(let function) = pointer.pointee, let shape = function.shape,
              shape.isTopLevel, !shape.isClosure, cache.isDirect, cache.isFor(shape) else { return }
        identity = shape.identity
    }
}
