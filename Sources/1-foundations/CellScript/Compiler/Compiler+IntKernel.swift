/// Int kernels: a top-level `func` whose parameters are all plain `Int`s, which returns `Int`
/// and whose body is made only of what the checker typed `Int` or `Bool` — literals, its
/// parameters, Int globals, `+ - * / %`, comparisons, `&&`, `||`, `!`, `?:`, calls of top-level
/// functions with Int arguments, and `if`/`else`/`guard` whose branches `return` — is lowered a
/// second time, into a ``KernelProgram``: registers on a frame of Ints on ``IntStack`` (the
/// arguments, then temporaries), no `Value`, no tag checks, no frame object, one dispatch per
/// operation. A call from a kernel to a function that has one runs it on a frame that starts at
/// the call's argument registers; the call depth, the deadline, the overflow and
/// division errors and the traceback are those of the ordinary call. Calls of anything else, and
/// calls from ordinary code, go through frames as before (``FunctionShape/intBody`` copies the
/// arguments in).
extension Compiler {
    /// The kernel of a function being compiled (its parameters declared in the current scope),
    /// or nil when its signature or body has a form kernels do not cover.
    func intKernel(name: String, parameters: [Parameter], body: [Stmt], returnType: TypeAnnotation?, isClosure: Bool, collects: Bool) -> KernelProgram? {
        guard !isClosure, !collects, scope.parent?.isGlobal == true, scope.slotCount == parameters.count,
              case .named("Int", _)? = returnType else { return nil }
        for parameter in parameters {
            guard case .named("Int", _)? = parameter.type, parameter.defaultValue == nil, !parameter.isVariadic,
                  !parameter.isInout, !parameter.isMutable, !parameter.isAutoclosure else { return nil }
        }
        let lowering = KernelLowering(compiler: self, name: name, parameterCount: parameters.count)
        if body.count == 1, case .expression(let expr) = body[0].kind {
            guard lowering.returnValue(expr) else { return nil }
        } else {
            guard lowering.block(body[...]) else { return nil }
        }
        return lowering.program()
    }

    /// ``FunctionShape/intBody`` of a function with a kernel: copies the Int arguments from the
    /// frame onto ``IntStack`` and runs the kernel; `fallback` when the stack is full.
    static func kernelEntry(_ kernel: KernelProgram, fallback: @escaping IntEval, _ runtime: Runtime) -> IntEval {
        let stack = runtime.intStack
        let frameSize = kernel.frameSize, parameterCount = kernel.parameterCount
        return { frame in
            let sp = stack.top
            guard stack.end - sp >= frameSize else { return try fallback(frame) }
            let slots = frame.slots
            for i in 0..<parameterCount {
                guard case .int(let value) = slots[i] else { throw TypedCode.mismatch(slots[i], expected: "Int", nil) }
                sp[i] = value
            }
            stack.top = sp + frameSize
            defer { stack.top = sp }
            return try kernel.run(sp)
        }
    }
}

