/// A compiled Int expression of a kernel, reading the arguments from its ``IntStack`` frame.
typealias KernelEval = (UnsafeMutablePointer<Int>) throws -> Int
/// A compiled Bool expression of a kernel.
typealias KernelTest = (UnsafeMutablePointer<Int>) throws -> Bool

/// Int kernels: a top-level `func` whose parameters are all plain `Int`s, which returns `Int`
/// and whose body is made only of what the checker typed `Int` or `Bool` — literals, its
/// parameters, Int globals, `+ - * / %`, comparisons, `&&`, `||`, `!`, `?:`, calls of top-level
/// functions with Int arguments, and `if`/`else`/`guard` whose branches `return` — is lowered a
/// second time onto a frame of Ints: the arguments at known offsets of ``IntStack``, no `Value`,
/// no tag checks, no frame object. A call from a kernel to a function that has one writes the
/// arguments above the caller's frame and runs it; the call depth, the deadline, the overflow and
/// division errors and the traceback are those of the ordinary call. Calls of anything else, and
/// calls from ordinary code, go through frames as before (``FunctionShape/intBody`` copies the
/// arguments in).
extension Compiler {
    /// The kernel of a function being compiled (its parameters declared in the current scope),
    /// or nil when its signature or body has a form kernels do not cover.
    func intKernel(parameters: [Parameter], body: [Stmt], returnType: TypeAnnotation?, isClosure: Bool, collects: Bool) -> KernelEval? {
        guard !isClosure, !collects, scope.parent?.isGlobal == true, scope.slotCount == parameters.count,
              case .named("Int", _)? = returnType else { return nil }
        for parameter in parameters {
            guard case .named("Int", _)? = parameter.type, parameter.defaultValue == nil, !parameter.isVariadic,
                  !parameter.isInout, !parameter.isMutable, !parameter.isAutoclosure else { return nil }
        }
        let lowering = KernelLowering(compiler: self, frameSize: parameters.count)
        if body.count == 1, case .expression(let expr) = body[0].kind { return lowering.int(expr) }
        return lowering.block(body[...])
    }

    /// ``FunctionShape/intBody`` of a function with a kernel: copies the Int arguments from the
    /// frame onto ``IntStack`` and runs the kernel; `fallback` when the stack is full.
    static func kernelEntry(_ kernel: @escaping KernelEval, frameSize: Int, fallback: @escaping IntEval, _ runtime: Runtime) -> IntEval {
        let stack = runtime.intStack
        return { frame in
            let sp = stack.top
            guard stack.end - sp >= frameSize else { return try fallback(frame) }
            let slots = frame.slots
            for i in 0..<frameSize {
                guard case .int(let value) = slots[i] else { throw TypedCode.mismatch(slots[i], expected: "Int", nil) }
                sp[i] = value
            }
            stack.top = sp + frameSize
            defer { stack.top = sp }
            return try kernel(sp)
        }
    }

    /// Enters a kernel whose arguments are in place at `sp`: counts the call depth and the
    /// deadline ticks and adds the traceback note, as ``enterInt(_:_:_:_:)`` does.
    @inline(__always)
    static func enterKernel(_ shape: FunctionShape, _ sp: UnsafeMutablePointer<Int>, _ runtime: Runtime, _ range: SourceRange) throws -> Int {
        runtime.callDepth += 1
        defer { runtime.callDepth -= 1 }
        try checkCallEntry(runtime, range)
        do {
            return try shape.kernelBody(sp)
        } catch let error as ScriptError where !error.isLimit {
            throw addingTraceback(error, shape.name, range)
        }
    }
}

/// An Int operand of a kernel operation: an argument and a literal are read inline.
enum KernelOperand {
    case slot(Int)
    case constant(Int)
    case eval(KernelEval)

    @inline(__always)
    func load(_ sp: UnsafeMutablePointer<Int>) throws -> Int {
        switch self {
        case .slot(let s): return sp[s]
        case .constant(let c): return c
        case .eval(let eval): return try eval(sp)
        }
    }
}

/// Lowers the body of one kernel (see ``Compiler/intKernel(parameters:body:returnType:isClosure:collects:)``).
/// Reports nothing: a form it does not cover makes the function an ordinary one, whose
/// compilation reports what is wrong.
struct KernelLowering {
    let compiler: Compiler
    /// The kernel's own frame size: a call's frame starts this many Ints above the caller's.
    let frameSize: Int

    /// Statements where every path ends in `return`: `return e`, `if c { … } else { … }`,
    /// `if c { … }` followed by more, `guard c else { … }` followed by more.
    func block(_ statements: ArraySlice<Stmt>) -> KernelEval? {
        guard let first = statements.first else { return nil }
        let rest = statements.dropFirst()
        switch first.kind {
        case .returnStatement(let expr?):
            guard rest.isEmpty else { return nil }
            return int(expr)
        case .ifStatement(let conditions, let thenBody, let elseBody):
            guard conditions.count == 1, case .expression(let condition) = conditions[0], let test = test(condition),
                  let then = block(thenBody[...]) else { return nil }
            let otherwise: KernelEval?
            if let elseBody {
                guard rest.isEmpty else { return nil }
                otherwise = block(elseBody[...])
            } else {
                otherwise = block(rest)
            }
            guard let otherwise else { return nil }
            return { sp in try test(sp) ? try then(sp) : try otherwise(sp) }
        case .guardStatement(let conditions, let elseBody):
            guard conditions.count == 1, case .expression(let condition) = conditions[0], let test = test(condition),
                  let otherwise = block(elseBody[...]), let then = block(rest) else { return nil }
            return { sp in try test(sp) ? try then(sp) : try otherwise(sp) }
        default:
            return nil
        }
    }

    /// An expression the checker typed `Int`.
    func int(_ expr: Expr) -> KernelEval? {
        guard expr.checkedType == .int else { return nil }
        switch expr.kind {
        case .integer(let v):
            return { _ in v }
        case .identifier(let name):
            return read(name, expr.range)
        case .binary(let op, let lhs, let rhs, let opRange):
            guard let arithmetic = ArithmeticOperator(op) else { return nil }
            return self.arithmetic(arithmetic, lhs, rhs, opRange)
        case .ternary(let condition, let thenValue, let elseValue):
            guard let test = test(condition), let x = operand(thenValue), let y = operand(elseValue) else { return nil }
            if case .binary(let op, let lhs, let rhs, _) = condition.kind, let comparison = IntComparison(op),
               let slot = slot(lhs), case .integer(let c) = rhs.kind {
                // `n < 2 ? n : …`: the test reads the argument inline.
                return { sp in comparison.test(sp[slot], c) ? try x.load(sp) : try y.load(sp) }
            }
            return { sp in try test(sp) ? try x.load(sp) : try y.load(sp) }
        case .call(let callee, let arguments):
            return call(callee, arguments, expr.range)
        default:
            return nil
        }
    }

    /// An expression the checker typed `Bool`: comparisons of Ints, `&&`, `||`, `!`, literals.
    func test(_ expr: Expr) -> KernelTest? {
        guard expr.checkedType == .bool else { return nil }
        switch expr.kind {
        case .bool(let b):
            return { _ in b }
        case .unary("!", let operand):
            guard let inner = test(operand) else { return nil }
            return { sp in try !inner(sp) }
        case .binary("&&", let lhs, let rhs, _):
            guard let a = test(lhs), let b = test(rhs) else { return nil }
            return { sp in try a(sp) && b(sp) }
        case .binary("||", let lhs, let rhs, _):
            guard let a = test(lhs), let b = test(rhs) else { return nil }
            return { sp in try a(sp) || b(sp) }
        case .binary(let op, let lhs, let rhs, _):
            guard let comparison = IntComparison(op), lhs.checkedType == .int, rhs.checkedType == .int,
                  let a = operand(lhs), let b = operand(rhs) else { return nil }
            if case .slot(let s) = a, case .constant(let c) = b {
                switch comparison {
                case .less: return { sp in sp[s] < c }
                case .lessOrEqual: return { sp in sp[s] <= c }
                case .greater: return { sp in sp[s] > c }
                case .greaterOrEqual: return { sp in sp[s] >= c }
                case .equal: return { sp in sp[s] == c }
                case .notEqual: return { sp in sp[s] != c }
                }
            }
            return { sp in comparison.test(try a.load(sp), try b.load(sp)) }
        default:
            return nil
        }
    }

    func operand(_ expr: Expr) -> KernelOperand? {
        guard expr.checkedType == .int else { return nil }
        if case .integer(let c) = expr.kind { return .constant(c) }
        if let s = slot(expr) { return .slot(s) }
        return int(expr).map { .eval($0) }
    }

    /// The frame offset of a parameter of the kernel.
    func slot(_ expr: Expr) -> Int? {
        guard case .identifier(let name) = expr.kind, case .local(0, let slot)? = compiler.resolve(name)?.0, slot < frameSize else { return nil }
        return slot
    }

    /// A parameter, or a top-level variable holding an Int (its tag checked).
    private func read(_ name: String, _ range: SourceRange) -> KernelEval? {
        switch compiler.resolve(name)?.0 {
        case .local(0, let slot)? where slot < frameSize:
            return { sp in sp[slot] }
        case .global(let slot)?:
            let pointer = compiler.runtime.globals.slots + slot
            return { _ in
                if case .int(let i) = pointer.pointee { return i }
                throw TypedCode.mismatch(pointer.pointee, expected: "Int", range)
            }
        default:
            return nil
        }
    }

    private func arithmetic(_ op: ArithmeticOperator, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> KernelEval? {
        guard let a = operand(lhs), let b = operand(rhs) else { return nil }
        if case .slot(let s) = a, case .constant(let c) = b {
            // `n - 1`, `n * 2`: an argument and a literal.
            switch op {
            case .add:
                return { sp in
                    let (r, o) = sp[s].addingReportingOverflow(c)
                    if o { throw op.overflowError(sp[s], c, opRange) }
                    return r
                }
            case .subtract:
                return { sp in
                    let (r, o) = sp[s].subtractingReportingOverflow(c)
                    if o { throw op.overflowError(sp[s], c, opRange) }
                    return r
                }
            default:
                return { sp in try op.applyInt(sp[s], c, at: opRange) }
            }
        }
        switch op {
        case .add:
            return { sp in
                let x = try a.load(sp), y = try b.load(sp)
                let (r, o) = x.addingReportingOverflow(y)
                if o { throw op.overflowError(x, y, opRange) }
                return r
            }
        case .subtract:
            return { sp in
                let x = try a.load(sp), y = try b.load(sp)
                let (r, o) = x.subtractingReportingOverflow(y)
                if o { throw op.overflowError(x, y, opRange) }
                return r
            }
        case .multiply:
            return { sp in
                let x = try a.load(sp), y = try b.load(sp)
                let (r, o) = x.multipliedReportingOverflow(by: y)
                if o { throw op.overflowError(x, y, opRange) }
                return r
            }
        default:
            return { sp in try op.applyInt(try a.load(sp), try b.load(sp), at: opRange) }
        }
    }

    /// `f(a, b)` where `f` is a `let`-bound top-level name and the arguments are Ints.
    private func call(_ callee: Expr, _ arguments: [Argument], _ range: SourceRange) -> KernelEval? {
        guard case .identifier(let name) = callee.kind, let (reference, binding) = compiler.resolve(name), binding.isLet, binding.isFunction,
              case .global(let slot) = reference,
              arguments.allSatisfy({ !$0.isTrailingClosure && Compiler.inoutTarget($0.value) == nil }) else { return nil }
        var operands: [KernelOperand] = []
        for argument in arguments {
            guard let operand = operand(argument.value) else { return nil }
            operands.append(operand)
        }
        let site = KernelCallSite(compiler: compiler, pointer: compiler.runtime.globals.slots + slot, arguments: arguments,
                                  callerFrameSize: frameSize, range: range)
        switch operands.count {
        case 1:
            let a = operands[0]
            if case .slot(let s) = a {
                return { sp in try site.call1(sp[s], sp) }
            }
            return { sp in try site.call1(try a.load(sp), sp) }
        case 2:
            let a = operands[0], b = operands[1]
            return { sp in
                let x = try a.load(sp), y = try b.load(sp)
                return try site.call2(x, y, sp)
            }
        default:
            let all = operands
            return { sp in
                var values: [Int] = []
                values.reserveCapacity(all.count)
                for operand in all { values.append(try operand.load(sp)) }
                return try site.call(values, sp)
            }
        }
    }
}
