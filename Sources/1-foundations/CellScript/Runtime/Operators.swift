import ResourceBudget

/// Arithmetic, comparison and range operators on values. An Int meeting a Double is
/// promoted to Double: Swift types literals from context (`xs.reduce(0, +)` over Doubles),
/// which a dynamically typed language can only approximate this way.
extension Runtime {
    func mismatch(_ op: String, _ a: Value, _ b: Value) -> ScriptError {
        ScriptError("binary operator '\(op)' cannot be applied to operands of type '\(TypeCheck.describe(a))' and '\(TypeCheck.describe(b))'")
    }

    func hostInfix(_ op: String, _ a: Value, _ b: Value) throws -> Value {
        if let found = registry.infixOperator(op, a, b) {
            do { return try found.body(a, b, context) } catch let error as HostError { throw ScriptError(error.message) }
        }
        throw mismatch(op, a, b)
    }

    /// Arithmetic (`+ - * / %`).
    @inline(__always)
    func arithmetic(_ op: ArithmeticOperator, _ a: Value, _ b: Value, promote: Bool) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)): return try op.apply(x, y)
        case (.double(let x), .double(let y)): return .double(op.apply(x, y))
        case (.fixedInt(let x), .fixedInt(let y)) where x.kind == y.kind: return .fixedInt(try x.arithmetic(op, y))
        case (.int(let x), .double(let y)): return .double(op.apply(Double(x), y))
        case (.double(let x), .int(let y)): return .double(op.apply(x, Double(y)))
        case (.string(let x), .string(let y)) where op == .add:
            let bytes = x.utf8.count + y.utf8.count
            guard bytes <= Limits.maximumStringBytes else { throw ScriptError("string too long (more than \(Limits.maximumStringBytes) bytes)") }
            try MemoryBudget.check(bytes: bytes, "string concatenation")
            return .string(x + y)
        case (.array(let x), .array(let y)) where op == .add:
            guard x.count + y.count <= Limits.maximumCollectionCount else { throw ScriptError("array too large (more than \(Limits.maximumCollectionCount) elements)") }
            try MemoryBudget.check(bytes: MemoryBudget.bytes(count: x.count + y.count, stride: MemoryLayout<Value>.stride), "array concatenation")
            return .array(x + y)
        default:
            if let result = try fixedArithmetic(op, a, b) { return result }
            if let result = try structOperator(op.symbol, a, b) { return result }
            return try hostInfix(op.symbol, a, b)
        }
    }

    /// `==` and `!=`.
    func equals(_ a: Value, _ b: Value, promote: Bool) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.int(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .int(let y)): return x == Double(y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.nil, .nil), (.void, .void): return true
        case (.nil, _), (_, .nil): return false
        case (.array(let x), .array(let y)), (.tuple(let x), .tuple(let y)):
            guard x.count == y.count else { return false }
            for (l, r) in zip(x, y) where try !equals(l, r, promote: promote) { return false }
            return true
        case (.dictionary(let x), .dictionary(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in zip(x.keys, x.values) {
                guard let other = y[k], try equals(v, other, promote: promote) else { return false }
            }
            return true
        case (.range(let x), .range(let y)): return x == y
        case (.type(let x), .type(let y)): return x == y
        case (.symbol(let x), .symbol(let y)): return x.name == y.name && x.arguments.count == y.arguments.count
        case (.object(let x), .object(let y)):
            if case .bool(let r)? = try structOperator("==", a, b) { return r }
            if let found = registry.infixOperator("==", a, b) {
                guard case .bool(let r) = try found.body(a, b, context) else { return false }
                return r
            }
            return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.structure(let x), .structure(let y)): return try structEquals(x, y, promote: promote)
        case (.enumCase(let x), .enumCase(let y)): return try x.equals(y, self)
        case (.symbol(let s), .enumCase(let e)), (.enumCase(let e), .symbol(let s)):
            return try patternMatches(.symbol(s), .enumCase(e))
        default:
            if let order = fixedComparison(a, b) { return order == 0 }
            if let found = registry.infixOperator("==", a, b), case .bool(let r) = try found.body(a, b, context) { return r }
            throw mismatch("==", a, b)
        }
    }

    /// `<`, `<=`, `>`, `>=`.
    func compare(_ op: String, _ a: Value, _ b: Value, promote: Bool) throws -> Bool {
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool {
            switch op {
            case "<": return x < y
            case "<=": return x <= y
            case ">": return x > y
            default: return x >= y
            }
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return order(x, y)
        case (.double(let x), .double(let y)): return order(x, y)
        case (.int(let x), .double(let y)): return order(Double(x), y)
        case (.double(let x), .int(let y)): return order(x, Double(y))
        case (.string(let x), .string(let y)): return order(x, y)
        case (.tuple(let x), .tuple(let y)) where x.count == y.count && x.count <= 6:
            // Swift's tuple `<`: the first unequal elements decide; all equal, `<=`/`>=` hold.
            for (l, r) in zip(x, y) where try !equals(l, r, promote: promote) { return try compare(op, l, r, promote: promote) }
            return op == "<=" || op == ">="
        default:
            if let sign = fixedComparison(a, b) { return order(sign, 0) }
            if let result = try structComparison(op, a, b) { return result }
            let result = try hostInfix(op, a, b)
            guard case .bool(let r) = result else { throw ScriptError("operator '\(op)' must return Bool") }
            return r
        }
    }

    func makeRange(_ a: Value, _ b: Value, closed: Bool) throws -> Value {
        if case .string(let lower) = a, case .string(let upper) = b { return try TextRange.make(lower, upper, closed: closed) }
        guard case .int(let lower) = a, case .int(let upper) = b else {
            if let lower = a.asDouble, let upper = b.asDouble {
                guard lower <= upper, lower.isFinite, upper.isFinite else {
                    throw ScriptError("range requires finite bounds with lowerBound <= upperBound, got \(lower)\(closed ? "..." : "..<")\(upper)")
                }
                return .object(DoubleRange(lowerBound: lower, upperBound: upper, isClosed: closed))
            }
            throw mismatch(closed ? "..." : "..<", a, b)
        }
        let (end, overflow) = closed ? upper.addingReportingOverflow(1) : (upper, false)
        guard !overflow, lower <= upper else {
            throw ScriptError("range requires lowerBound <= upperBound, got \(lower)\(closed ? "..." : "..<")\(upper)")
        }
        return .range(IntRange(lowerBound: lower, upperBound: end, isClosed: closed))
    }

    func negate(_ value: Value) throws -> Value {
        switch value {
        case .int(let i):
            guard i != .min else { throw ScriptError("arithmetic overflow in -\(i)") }
            return .int(-i)
        case .double(let d): return .double(-d)
        case .fixedInt(let x): return .fixedInt(try x.negated())
        default:
            if let result = try structPrefixOperator("-", value) { return result }
            if let found = registry.prefixOperator("-", value) {
                do { return try found.body(value, .void, context) } catch let error as HostError { throw ScriptError(error.message) }
            }
            throw ScriptError("unary operator '-' cannot be applied to an operand of type '\(value.typeName)'")
        }
    }

    func not(_ value: Value) throws -> Value {
        guard case .bool(let b) = value else {
            throw ScriptError("unary operator '!' cannot be applied to an operand of type '\(value.typeName)'")
        }
        return .bool(!b)
    }

    /// The Bool a condition evaluates to.
    @inline(__always)
    func truth(_ value: Value) throws -> Bool {
        guard case .bool(let b) = value else {
            throw ScriptError("cannot convert value of type '\(TypeCheck.describe(value))' to expected condition type 'Bool'")
        }
        return b
    }
}

/// The five arithmetic operators, with Swift's trapping behaviour turned into errors.
enum ArithmeticOperator: Equatable {
    case add, subtract, multiply, divide, remainder

    init?(_ symbol: String) {
        switch symbol {
        case "+": self = .add
        case "-": self = .subtract
        case "*": self = .multiply
        case "/": self = .divide
        case "%": self = .remainder
        default: return nil
        }
    }

    var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .divide: return "/"
        case .remainder: return "%"
        }
    }

    /// `x op y` on Ints with Swift's overflow flag; nil for a division by zero (Swift traps).
    @inline(__always)
    func reportingOverflow(_ x: Int, _ y: Int) -> (partialValue: Int, overflow: Bool)? {
        switch self {
        case .add: return x.addingReportingOverflow(y)
        case .subtract: return x.subtractingReportingOverflow(y)
        case .multiply: return x.multipliedReportingOverflow(by: y)
        case .divide: return y == 0 ? nil : x.dividedReportingOverflow(by: y)
        case .remainder: return y == 0 ? nil : x.remainderReportingOverflow(dividingBy: y)
        }
    }

    /// What a division by zero reports.
    var divisionByZeroMessage: String { self == .remainder ? "division by zero in remainder operation" : "division by zero" }

    @inline(__always)
    func apply(_ x: Int, _ y: Int) throws -> Value {
        guard let (result, overflow) = reportingOverflow(x, y) else { throw ScriptError(divisionByZeroMessage) }
        if overflow { throw ScriptError("arithmetic overflow in \(x) \(symbol) \(y)") }
        return .int(result)
    }

    @inline(__always)
    func apply(_ x: Double, _ y: Double) -> Double {
        switch self {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return x / y
        case .remainder: return x.truncatingRemainder(dividingBy: y)
        }
    }
}
