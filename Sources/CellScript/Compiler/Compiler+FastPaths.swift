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
        guard let a = operand(lhs), let b = operand(rhs), !(a.isConstant && b.isConstant) else { return nil }
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
        switch op {
        case "<": return Self.intTest(a, b, general) { $0 < $1 }
        case "<=": return Self.intTest(a, b, general) { $0 <= $1 }
        case ">": return Self.intTest(a, b, general) { $0 > $1 }
        case ">=": return Self.intTest(a, b, general) { $0 >= $1 }
        case "==": return Self.intTest(a, b, general) { $0 == $1 }
        case "!=": return Self.intTest(a, b, general) { $0 != $1 }
        default: return nil
        }
    }

    /// Specialises one Int comparison (inlined into each closure) for the operand kinds.
    @inline(__always)
    private static func intTest(_ a: Operand, _ b: Operand, _ general: @escaping (Value, Value) throws -> Bool,
                                _ test: @escaping (Int, Int) -> Bool) -> (Frame) throws -> Bool {
        if case .slot(let s) = a, case .constant(.int(let c)) = b {
            return { frame in
                if case .int(let i) = frame.slots[s] { return test(i, c) }
                return try general(frame.slots[s], .int(c))
            }
        }
        if case .slot(let s) = a, case .slot(let t) = b {
            return { frame in
                if case .int(let i) = frame.slots[s], case .int(let j) = frame.slots[t] { return test(i, j) }
                return try general(frame.slots[s], frame.slots[t])
            }
        }
        return { frame in
            let x = a.load(frame), y = b.load(frame)
            if case .int(let i) = x, case .int(let j) = y { return test(i, j) }
            return try general(x, y)
        }
    }

    /// A condition compiled straight to a Bool when it is a simple comparison. With
    /// `locatingErrors`, errors of the expression without a location get the condition's.
    func compileTest(_ expr: Expr, locatingErrors: Bool) -> (Frame) throws -> Bool {
        if case .binary(let op, let lhs, let rhs, let opRange) = expr.kind, let test = fastTest(op, lhs, rhs, opRange) {
            return test
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
