/// Lowers the body of one Int kernel into a ``KernelProgram`` (see
/// ``Compiler/intKernel(name:parameters:body:returnType:isClosure:collects:)``). Registers are
/// handed out as a stack: an expression's temporaries are above everything live when it starts
/// and are free again when it ends, so a call's arguments, evaluated into the registers at the
/// top, are where the callee's frame begins. Reports nothing: a form it does not cover makes
/// the function an ordinary one, whose compilation reports what is wrong.
final class KernelLowering {
    private let compiler: Compiler
    private let parameterCount: Int
    private let name: String
    private var instructions: [KernelInstruction] = []
    private var ranges: [SourceRange] = []
    private var sites: [KernelCallSite] = []
    /// The next free register, and the most registers used so far.
    private var top: Int
    private var frameSize: Int
    /// Frames stay small, so thousands of nested calls fit on ``IntStack``.
    private static let maximumFrameSize = 1024

    /// A value an instruction reads: a register, or a constant folded into the instruction.
    private enum Operand {
        case register(Int32)
        case constant(Int)
    }

    init(compiler: Compiler, name: String, parameterCount: Int) {
        self.compiler = compiler
        self.name = name
        self.parameterCount = parameterCount
        top = parameterCount
        frameSize = parameterCount
    }

    /// The lowered program (after ``block(_:)`` or ``returnValue(_:)`` succeeded).
    func program() -> KernelProgram {
        KernelProgram(name: name, instructions: instructions, ranges: ranges, sites: sites, frameSize: max(frameSize, 1),
                      parameterCount: parameterCount, runtime: compiler.runtime)
    }

    // MARK: statements

    /// Statements where every path ends in `return`: `return e`, `if c { … } else { … }`,
    /// `if c { … }` followed by more, `guard c else { … }` followed by more.
    func block(_ statements: ArraySlice<Stmt>) -> Bool {
        guard let first = statements.first else { return false }
        let rest = statements.dropFirst()
        switch first.kind {
        case .returnStatement(let expr?):
            return rest.isEmpty && returnValue(expr)
        case .ifStatement(let conditions, let thenBody, let elseBody)
            where conditions.count == 1 && thenBody.count == 1 && (elseBody == nil || rest.isEmpty):
            // `if n < 2 { return n }`: one instruction.
            guard case .expression(let condition) = conditions[0], case .returnStatement(let value?) = thenBody[0].kind,
                  let fused = conditionalReturn(condition, when: true, value) else { fallthrough }
            return fused && block(elseBody.map { $0[...] } ?? rest)
        case .ifStatement(let conditions, let thenBody, let elseBody):
            guard conditions.count == 1, case .expression(let condition) = conditions[0],
                  let toElse = branch(condition, when: false), block(thenBody[...]) else { return false }
            patch(toElse)
            if let elseBody {
                return rest.isEmpty && block(elseBody[...])
            }
            return block(rest)
        case .guardStatement(let conditions, let elseBody) where conditions.count == 1 && elseBody.count == 1:
            // `guard n >= 0 else { return 0 }`: one instruction.
            guard case .expression(let condition) = conditions[0], case .returnStatement(let value?) = elseBody[0].kind,
                  let fused = conditionalReturn(condition, when: false, value) else { fallthrough }
            return fused && block(rest)
        case .guardStatement(let conditions, let elseBody):
            guard conditions.count == 1, case .expression(let condition) = conditions[0],
                  let toElse = branch(condition, when: false), block(rest) else { return false }
            patch(toElse)
            return block(elseBody[...])
        default:
            return false
        }
    }

    /// `return expr`; a ternary returns from each branch.
    func returnValue(_ expr: Expr) -> Bool {
        guard expr.checkedType == .int else { return false }
        if case .ternary(let condition, let thenValue, let elseValue) = expr.kind {
            if let fused = conditionalReturn(condition, when: true, thenValue) { return fused && returnValue(elseValue) }
            guard let toElse = branch(condition, when: false), returnValue(thenValue) else { return false }
            patch(toElse)
            return returnValue(elseValue)
        }
        let mark = top
        defer { top = mark }
        if case .binary(let op, let lhs, let rhs, let opRange) = expr.kind, let arithmetic = ArithmeticOperator(op) {
            // `return a + b`: the operation returns its result.
            guard let a = operand(lhs), let b = operand(rhs) else { return false }
            return self.arithmetic(arithmetic, 0, a, b, opRange, returns: true)
        }
        switch operand(expr) {
        case .register(let r)?: emit(.returnR, a: r, expr.range)
        case .constant(let k)?: emit(.returnK, k: k, expr.range)
        case nil: return false
        }
        return true
    }

    /// `if condition == when { return value }` as one comparison, when the condition compares
    /// two Ints and the value is a parameter or a small literal; nil when it is not that form.
    private func conditionalReturn(_ condition: Expr, when: Bool, _ value: Expr) -> Bool? {
        guard condition.checkedType == .bool, case .binary(let op, let lhs, let rhs, _) = condition.kind, let comparison = IntComparison(op),
              lhs.checkedType == .int, rhs.checkedType == .int, value.checkedType == .int else { return nil }
        let mode: KernelReturnMode, returned: Int32
        if let s = parameterSlot(value) {
            (mode, returned) = (.register, Int32(s))
        } else if case .integer(let c) = value.kind, let small = Int32(exactly: c) {
            (mode, returned) = (.constant, small)
        } else {
            return nil
        }
        let mark = top
        defer { top = mark }
        guard let a = operand(lhs), let b = operand(rhs), let jump = compare(when ? comparison : comparison.negated, a, b, condition.range) else {
            return false
        }
        instructions[jump].d = returned
        instructions[jump].returns = mode
        return true
    }

    // MARK: Int expressions

    /// An expression the checker typed `Int`: a parameter or a literal as it is, anything
    /// else in a new register at the top (which the caller frees).
    private func operand(_ expr: Expr) -> Operand? {
        guard expr.checkedType == .int else { return nil }
        if case .integer(let c) = expr.kind { return .constant(c) }
        if let s = parameterSlot(expr) { return .register(Int32(s)) }
        if case .call(let callee, let arguments) = expr.kind {
            // The result stays in the call's first argument register.
            guard let window = call(callee, arguments, expr.range) else { return nil }
            top = Int(window) + 1
            return .register(window)
        }
        guard let target = allocate(1), evaluate(expr, into: target) else { return nil }
        return .register(target)
    }

    /// Evaluates an Int expression into register `target`.
    private func evaluate(_ expr: Expr, into target: Int32) -> Bool {
        guard expr.checkedType == .int else { return false }
        let mark = top
        defer { top = mark }
        switch expr.kind {
        case .integer(let v):
            emit(.constant, d: target, k: v, expr.range)
        case .identifier(let name):
            if let s = parameterSlot(expr) {
                emit(.move, d: target, a: Int32(s), expr.range)
            } else if case .global(let slot)? = compiler.resolve(name)?.0 {
                emit(.global, d: target, k: slot, expr.range)
            } else {
                return false
            }
        case .binary(let op, let lhs, let rhs, let opRange):
            guard let arithmetic = ArithmeticOperator(op), let a = operand(lhs), let b = operand(rhs) else { return false }
            return self.arithmetic(arithmetic, target, a, b, opRange)
        case .ternary(let condition, let thenValue, let elseValue):
            guard let toElse = branch(condition, when: false), evaluate(thenValue, into: target) else { return false }
            let toEnd = emit(.jump, d: -1, expr.range)
            patch(toElse)
            guard evaluate(elseValue, into: target) else { return false }
            patch([toEnd])
        case .call(let callee, let arguments):
            guard let window = call(callee, arguments, expr.range) else { return false }
            emit(.move, d: target, a: window, expr.range)
        default:
            return false
        }
        return true
    }

    /// `target = a op b`, or with `returns`, `return a op b`.
    private func arithmetic(_ op: ArithmeticOperator, _ target: Int32, _ a: Operand, _ b: Operand, _ range: SourceRange,
                            returns: Bool = false) -> Bool {
        let opcodes: (r: KernelOpcode, k: KernelOpcode)
        switch op {
        case .add: opcodes = (.addR, .addK)
        case .subtract: opcodes = (.subtractR, .subtractK)
        case .multiply: opcodes = (.multiplyR, .multiplyK)
        case .divide: opcodes = (.divideR, .divideK)
        case .remainder: opcodes = (.remainderR, .remainderK)
        }
        switch (a, b) {
        case (.register(let x), .register(let y)):
            emit(opcodes.r, d: target, a: x, b: y, range)
        case (.register(let x), .constant(let c)):
            emit(opcodes.k, d: target, a: x, k: c, range)
        case (.constant(let c), .register(let y)):
            // The constant goes into a register, so the operands keep their written order
            // (an overflow names them as written).
            guard let x = constantRegister(c, range) else { return false }
            emit(opcodes.r, d: target, a: x, b: y, range)
        case (.constant(let c), .constant(let d)):
            guard let x = constantRegister(c, range) else { return false }
            emit(opcodes.k, d: target, a: x, k: d, range)
        }
        if returns { instructions[instructions.count - 1].returns = .register }
        return true
    }

    /// A constant loaded into a new register, for an operation whose left operand it is.
    private func constantRegister(_ c: Int, _ range: SourceRange) -> Int32? {
        guard let r = allocate(1) else { return nil }
        emit(.constant, d: r, k: c, range)
        return r
    }

    /// `f(a, b)` where `f` is a `let`-bound top-level name and the arguments are Ints: the
    /// arguments go into registers at the top, where the result comes back.
    private func call(_ callee: Expr, _ arguments: [Argument], _ range: SourceRange) -> Int32? {
        guard case .identifier(let name) = callee.kind, let (reference, binding) = compiler.resolve(name), binding.isLet, binding.isFunction,
              case .global(let slot) = reference, !arguments.isEmpty,
              arguments.allSatisfy({ !$0.isTrailingClosure && Compiler.inoutTarget($0.value) == nil }),
              let window = allocate(arguments.count) else { return nil }
        let site = KernelCallSite(compiler: compiler, pointer: compiler.runtime.globals.slots + slot, arguments: arguments, range: range)
        let siteIndex = Int32(sites.count)
        sites.append(site)
        if arguments.count == 1, case .binary(let op, let lhs, let rhs, let opRange) = arguments[0].value.kind, op == "+" || op == "-",
           arguments[0].value.checkedType == .int, let s = parameterSlot(lhs), case .integer(let c) = rhs.kind {
            // `f(n - 1)`: the argument is computed by the call instruction.
            instructions.append(KernelInstruction(opcode: .callAfterOffset, subtracts: op == "-", d: Int32(s), a: window, b: siteIndex, k: c))
            ranges.append(opRange)
            return window
        }
        for (i, argument) in arguments.enumerated() {
            guard evaluate(argument.value, into: window + Int32(i)) else { return nil }
        }
        emit(.call, a: window, b: siteIndex, range)
        return window
    }

    // MARK: conditions

    /// Jumps, to be patched to one target, taken when the Bool condition is `when`: comparisons
    /// of Ints, `&&`, `||`, `!` and literals, evaluated left to right with short circuits.
    private func branch(_ expr: Expr, when: Bool) -> [Int]? {
        guard expr.checkedType == .bool else { return nil }
        switch expr.kind {
        case .bool(let b):
            return b == when ? [emit(.jump, d: -1, expr.range)] : []
        case .unary("!", let operand):
            return branch(operand, when: !when)
        case .binary("&&", let lhs, let rhs, _), .binary("||", let lhs, let rhs, _):
            // `&&` is decided early when its left side is false, `||` when it is true.
            guard case .binary(let op, _, _, _) = expr.kind else { return nil }
            let decidesEarly = op == "||"
            if when == decidesEarly {
                guard let first = branch(lhs, when: when), let second = branch(rhs, when: when) else { return nil }
                return first + second
            }
            guard let skip = branch(lhs, when: decidesEarly), let jumps = branch(rhs, when: when) else { return nil }
            patch(skip)
            return jumps
        case .binary(let op, let lhs, let rhs, _):
            guard let comparison = IntComparison(op), lhs.checkedType == .int, rhs.checkedType == .int else { return nil }
            let mark = top
            defer { top = mark }
            guard let a = operand(lhs), let b = operand(rhs) else { return nil }
            return compare(when ? comparison : comparison.negated, a, b, expr.range).map { [$0] }
        default:
            return nil
        }
    }

    /// A jump taken when `a comparison b`.
    private func compare(_ comparison: IntComparison, _ a: Operand, _ b: Operand, _ range: SourceRange) -> Int? {
        switch (a, b) {
        case (.register(let x), .register(let y)):
            return emit(comparison.jumpOpcodes.r, d: -1, a: x, b: y, range)
        case (.register(let x), .constant(let c)):
            return emit(comparison.jumpOpcodes.k, d: -1, a: x, k: c, range)
        case (.constant(let c), .register(let y)):
            return emit(comparison.mirrored.jumpOpcodes.k, d: -1, a: y, k: c, range)
        case (.constant(let c), .constant(let d)):
            guard let x = constantRegister(c, range) else { return nil }
            return emit(comparison.jumpOpcodes.k, d: -1, a: x, k: d, range)
        }
    }

    // MARK: emission

    /// The frame offset of a parameter of the kernel.
    private func parameterSlot(_ expr: Expr) -> Int? {
        guard case .identifier(let name) = expr.kind, case .local(0, let slot)? = compiler.resolve(name)?.0, slot < parameterCount else { return nil }
        return slot
    }

    private func allocate(_ count: Int) -> Int32? {
        let first = top
        top += count
        frameSize = max(frameSize, top)
        return top <= Self.maximumFrameSize ? Int32(first) : nil
    }

    @discardableResult
    private func emit(_ opcode: KernelOpcode, d: Int32 = 0, a: Int32 = 0, b: Int32 = 0, k: Int = 0, _ range: SourceRange) -> Int {
        instructions.append(KernelInstruction(opcode: opcode, d: d, a: a, b: b, k: k))
        ranges.append(range)
        return instructions.count - 1
    }

    /// Points the given jumps at the next instruction.
    private func patch(_ jumps: [Int]) {
        for jump in jumps { instructions[jump].d = Int32(instructions.count) }
    }
}

extension IntComparison {
    /// The comparison that holds exactly when this one does not.
    var negated: IntComparison {
        switch self {
        case .less: return .greaterOrEqual
        case .lessOrEqual: return .greater
        case .greater: return .lessOrEqual
        case .greaterOrEqual: return .less
        case .equal: return .notEqual
        case .notEqual: return .equal
        }
    }

    /// The comparison with its operands swapped (`c < x` is `x > c`).
    var mirrored: IntComparison {
        switch self {
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        case .equal, .notEqual: return self
        }
    }

    /// The kernel jumps taken when the comparison holds, on two registers or a register and a constant.
    var jumpOpcodes: (r: KernelOpcode, k: KernelOpcode) {
        switch self {
        case .less: return (.jumpLessR, .jumpLessK)
        case .lessOrEqual: return (.jumpLessEqualR, .jumpLessEqualK)
        case .greater: return (.jumpGreaterR, .jumpGreaterK)
        case .greaterOrEqual: return (.jumpGreaterEqualR, .jumpGreaterEqualK)
        case .equal: return (.jumpEqualR, .jumpEqualK)
        case .notEqual: return (.jumpNotEqualR, .jumpNotEqualK)
        }
    }
}
