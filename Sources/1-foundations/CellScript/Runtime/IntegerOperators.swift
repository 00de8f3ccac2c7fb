/// Swift's bitwise and wrapping operators on `Int`, as Swift defines them: `<<`/`>>` are
/// "smart" shifts (a shift by the width or more gives 0, or -1 for a negative value shifted
/// right; a negative amount shifts the other way), `&<<`/`&>>` mask the amount to 0…63, and
/// `&+`, `&-`, `&*` wrap around instead of trapping. None of them traps.
enum IntegerOperator: Equatable, Sendable {
    case shiftLeft, shiftRight, maskingShiftLeft, maskingShiftRight
    case and, or, xor, wrappingAdd, wrappingSubtract, wrappingMultiply

    init?(_ symbol: String) {
        switch symbol {
        case "<<": self = .shiftLeft
        case ">>": self = .shiftRight
        case "&<<": self = .maskingShiftLeft
        case "&>>": self = .maskingShiftRight
        case "&": self = .and
        case "|": self = .or
        case "^": self = .xor
        case "&+": self = .wrappingAdd
        case "&-": self = .wrappingSubtract
        case "&*": self = .wrappingMultiply
        default: return nil
        }
    }

    func apply(_ x: Int, _ y: Int) -> Int {
        switch self {
        case .shiftLeft: return x << y
        case .shiftRight: return x >> y
        case .maskingShiftLeft: return x &<< y
        case .maskingShiftRight: return x &>> y
        case .and: return x & y
        case .or: return x | y
        case .xor: return x ^ y
        case .wrappingAdd: return x &+ y
        case .wrappingSubtract: return x &- y
        case .wrappingMultiply: return x &* y
        }
    }
}

extension Runtime {
    /// `a op b` for an ``IntegerOperator``: both operands must be Ints.
    func integerOperation(_ op: IntegerOperator, _ symbol: String, _ a: Value, _ b: Value) throws -> Value {
        if let result = try fixedIntegerOperation(op, symbol, a, b) { return result }
        guard case .int(let x) = a, case .int(let y) = b else { throw mismatch(symbol, a, b) }
        return .int(op.apply(x, y))
    }

    /// `~a` on an Int.
    func bitwiseNot(_ value: Value) throws -> Value {
        if case .fixedInt(let x) = value { return .fixedInt(x.inverted) }
        guard case .int(let x) = value else {
            throw ScriptError("unary operator '~' cannot be applied to an operand of type '\(value.typeName)'")
        }
        return .int(~x)
    }
}
