/// Specialised closures for the commonest operand shapes (`n - 1`, `i < count`, `s + i * i`):
/// operands that are variables or literals are read inline instead of through a closure each.
extension Compiler {
    /// A variable of the current function, a global, or a numeric literal.
    enum Operand {
        case slot(Int)
        case global(UnsafeMutablePointer<Value>)
        case constant(Value)

        @inline(__always)
        func load(_ frame: Frame) -> Value {
            switch self {
            case .slot(let s): return frame.slots[s]
            case .global(let pointer): return pointer.pointee
            case .constant(let value): return value
            }
        }

        var isConstant: Bool { if case .constant = self { return true } else { return false } }
    }

    private func operand(_ expr: Expr) -> Operand? {
        switch expr.kind {
        case .integer(let v): return .constant(.int(v))
        case .double(let v): return .constant(.double(v))
        case .dollar(let n): return reference("$\(n)")
        case .identifier(let name): return reference(name)
        default: return nil
        }
    }

    private func reference(_ name: String) -> Operand? {
        switch resolve(name)?.0 {
        case .local(0, let slot)?: return .slot(slot)
        case .global(let slot)?: return .global(runtime.globals.slots + slot)
        default: return nil
        }
    }

    /// Int/Double arithmetic on two simple operands, falling back to the general operator.
    func fastArithmetic(_ op: ArithmeticOperator, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> Eval? {
        guard let a = operand(lhs), let b = operand(rhs), !(a.isConstant && b.isConstant) else { return nil }
        let runtime = self.runtime
        let general: (Value, Value) throws -> Value = { x, y in
            if case .int(let i) = x, case .int(let j) = y { return try located(opRange) { try op.apply(i, j) } }
            if case .double(let i) = x, case .double(let j) = y { return .double(op.apply(i, j)) }
            return try located(opRange) { try runtime.arithmetic(op, x, y, promote: true) }
        }
        // `n - 1`, `i + 2`: a local Int and an Int literal, without copying either value.
        if case .slot(let s) = a, case .constant(.int(let c)) = b, op == .add || op == .subtract {
            let subtract = op == .subtract
            return { frame in
                if case .int(let i) = frame.slots[s] {
                    let (r, o) = subtract ? i.subtractingReportingOverflow(c) : i.addingReportingOverflow(c)
                    if !o { return .int(r) }
                }
                return try general(frame.slots[s], .int(c))
            }
        }
        return { frame in try general(a.load(frame), b.load(frame)) }
    }

    /// Comparisons of two simple operands, falling back to the general operator.
    func fastComparison(_ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> Eval? {
        guard let test = fastTest(op, lhs, rhs, opRange) else { return nil }
        return { frame in .bool(try test(frame)) }
    }

    /// A comparison of two simple operands as a Bool, for conditions (`if n < 2`, `cond ? a : b`).
    func fastTest(_ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> ((Frame) throws -> Bool)? {
        guard let condition = fastCondition(op, lhs, rhs, opRange) else { return nil }
        return { frame in try condition.evaluate(frame) }
    }

    /// The parts of a simple comparison, to be evaluated inline by the closure that uses it.
    func fastCondition(_ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> FastCondition? {
        guard let comparison = IntComparison(op), let a = operand(lhs), let b = operand(rhs),
              !(a.isConstant && b.isConstant) else { return nil }
        let runtime = self.runtime
        let general: (Value, Value) throws -> Bool = { x, y in
            try located(opRange) {
                switch op {
                case "==": return try runtime.equals(x, y, promote: true)
                case "!=": return try !runtime.equals(x, y, promote: true)
                default: return try runtime.compare(op, x, y, promote: true)
                }
            }
        }
        return FastCondition(a: a, b: b, comparison: comparison, general: general)
    }

    /// A condition compiled straight to a Bool when it is a simple comparison. With
    /// `locatingErrors`, errors of the expression without a location get the condition's.
    func compileTest(_ expr: Expr, locatingErrors: Bool) -> (Frame) throws -> Bool {
        if case .binary(let op, let lhs, let rhs, let opRange) = expr.kind, let condition = fastCondition(op, lhs, rhs, opRange) {
            return { frame in try condition.evaluate(frame) }
        }
        let eval = compileExpression(expr)
        let runtime = self.runtime
        let range = expr.range
        if locatingErrors {
            return { frame in try located(range) { try runtime.truth(try eval(frame)) } }
        }
        return { frame in
            let value = try eval(frame)
            if case .bool(let truth) = value { return truth }
            return try located(range) { try runtime.truth(value) }
        }
    }
}

/// An Int comparison operator.
enum IntComparison {
    case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual

    init?(_ op: String) {
        switch op {
        case "<": self = .less
        case "<=": self = .lessOrEqual
        case ">": self = .greater
        case ">=": self = .greaterOrEqual
        case "==": self = .equal
        case "!=": self = .notEqual
        default: return nil
        }
    }

    @inline(__always)
    func test(_ x: Int, _ y: Int) -> Bool {
        switch self {
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        case .equal: return x == y
        case .notEqual: return x != y
        }
    }
}

/// A comparison of two simple operands: Ints are compared inline, anything else goes to the
/// general operator (which also reports type errors at the operator).
struct FastCondition {
    let a: Compiler.Operand
    let b: Compiler.Operand
    let comparison: IntComparison
    let general: (Value, Value) throws -> Bool

    @inline(__always)
    func evaluate(_ frame: Frame) throws -> Bool {
        if case .slot(let s) = a, case .int(let i) = frame.slots[s] {
            switch b {
            case .constant(.int(let c)): return comparison.test(i, c)
            case .slot(let t): if case .int(let j) = frame.slots[t] { return comparison.test(i, j) }
            default: break
            }
        }
        let x = a.load(frame), y = b.load(frame)
        if case .int(let i) = x, case .int(let j) = y { return comparison.test(i, j) }
        return try general(x, y)
    }
}
