/// A compiled expression the checker typed `Double`, returning the Double unboxed.
typealias DoubleEval = (Frame) throws -> Double

/// Typed Double execution, as `Compiler+Typed.swift` does for Int: arithmetic the checker typed
/// `Double` (`$0 * 2.0 + 1.0`, `a * x + b`) is lowered to closures returning a Swift `Double`,
/// so the inner operations pass no `Value` along and dispatch on no tags. Leaves read from slots
/// or from untyped code keep their tag check: a value of another type there (a checker bug)
/// stops the cell with a located error instead of being misread.
extension Compiler {
    /// The typed lowering of `expr`, when the checker typed it `Double` and its form has one.
    func compileDouble(_ expr: Expr) -> DoubleEval? {
        guard expr.checkedType == .double else { return nil }
        switch expr.kind {
        case .double(let v):
            return { _ in v }
        case .integer(let v):
            // An integer literal typed Double (`x * 2`): the Double it stands for.
            let d = Double(v)
            return { _ in d }
        case .identifier(let name):
            return typedDoubleRead(name, expr.range)
        case .dollar(let n):
            return typedDoubleRead("$\(n)", expr.range)
        case .binary(let op, let lhs, let rhs, _):
            guard let arithmetic = ArithmeticOperator(op), arithmetic != .remainder,
                  lhs.checkedType == .double, rhs.checkedType == .double else { return nil }
            let a = doubleOperand(lhs), b = doubleOperand(rhs)
            switch arithmetic {
            case .add: return { frame in try a.load(frame) + b.load(frame) }
            case .subtract: return { frame in try a.load(frame) - b.load(frame) }
            case .multiply: return { frame in try a.load(frame) * b.load(frame) }
            default: return { frame in try a.load(frame) / b.load(frame) }
            }
        default:
            return nil
        }
    }

    /// True for Double arithmetic with an operand that is itself an operation (the general fast
    /// paths read two variables or literals inline already).
    static func prefersTypedDouble(_ expr: Expr) -> Bool {
        guard case .binary(let op, let lhs, let rhs, _) = expr.kind, let arithmetic = ArithmeticOperator(op), arithmetic != .remainder,
              lhs.checkedType == .double, rhs.checkedType == .double else { return false }
        return isArithmetic(lhs) || isArithmetic(rhs)
    }

    private static func isArithmetic(_ expr: Expr) -> Bool {
        if case .binary(let op, _, _, _) = expr.kind, ArithmeticOperator(op) != nil { return true }
        return false
    }

    /// The typed lowering boxed again, for places that take a `Value` (nil: no typed lowering).
    func compileDoubleAsValue(_ expr: Expr) -> Eval? {
        guard let typed = compileDouble(expr) else { return nil }
        return { frame in .double(try typed(frame)) }
    }

    /// A Double operand of a typed operation: a variable of the current function and a literal
    /// are read inline, anything else through its closure.
    enum DoubleOperand {
        case slot(Int, SourceRange)
        case constant(Double)
        case eval(DoubleEval)

        @inline(__always)
        func load(_ frame: Frame) throws -> Double {
            switch self {
            case .slot(let s, let range):
                if case .double(let d) = frame.slots[s] { return d }
                throw TypedCode.mismatch(frame.slots[s], expected: "Double", range)
            case .constant(let c): return c
            case .eval(let eval): return try eval(frame)
            }
        }
    }

    func doubleOperand(_ expr: Expr) -> DoubleOperand {
        if case .double(let c) = expr.kind { return .constant(c) }
        if case .integer(let c) = expr.kind { return .constant(Double(c)) }
        switch expr.kind {
        case .identifier(let name):
            if case .local(0, let slot)? = resolve(name)?.0 { return .slot(slot, expr.range) }
        case .dollar(let n):
            if case .local(0, let slot)? = resolve("$\(n)")?.0 { return .slot(slot, expr.range) }
        default:
            break
        }
        if let typed = compileDouble(expr) { return .eval(typed) }
        let eval = compileExpression(expr)
        let range = expr.range
        return .eval { frame in
            let value = try eval(frame)
            guard case .double(let d) = value else { throw TypedCode.mismatch(value, expected: "Double", range) }
            return d
        }
    }

    private func typedDoubleRead(_ name: String, _ range: SourceRange) -> DoubleEval? {
        guard let (reference, _) = resolve(name) else { return nil }
        let read = self.read(reference)
        return { frame in
            let value = try read(frame)
            guard case .double(let d) = value else { throw TypedCode.mismatch(value, expected: "Double", range) }
            return d
        }
    }
}
