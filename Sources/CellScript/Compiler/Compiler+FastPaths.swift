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
        return { frame in
            let x = a.load(frame), y = b.load(frame)
            if case .int(let i) = x, case .int(let j) = y { return try located(opRange) { try op.apply(i, j) } }
            if case .double(let i) = x, case .double(let j) = y { return .double(op.apply(i, j)) }
            return try located(opRange) { try runtime.arithmetic(op, x, y, promote: true) }
        }
    }

    /// Comparisons of two simple operands, falling back to the general operator.
    func fastComparison(_ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> Eval? {
        guard let a = operand(lhs), let b = operand(rhs), !(a.isConstant && b.isConstant) else { return nil }
        let runtime = self.runtime
        let test: (Int, Int) -> Bool
        switch op {
        case "<": test = { $0 < $1 }
        case "<=": test = { $0 <= $1 }
        case ">": test = { $0 > $1 }
        case ">=": test = { $0 >= $1 }
        case "==": test = { $0 == $1 }
        case "!=": test = { $0 != $1 }
        default: return nil
        }
        return { frame in
            let x = a.load(frame), y = b.load(frame)
            if case .int(let i) = x, case .int(let j) = y { return .bool(test(i, j)) }
            return try located(opRange) {
                switch op {
                case "==": return .bool(try runtime.equals(x, y, promote: true))
                case "!=": return .bool(try !runtime.equals(x, y, promote: true))
                default: return .bool(try runtime.compare(op, x, y, promote: true))
                }
            }
        }
    }
}
