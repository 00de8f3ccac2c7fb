/// Typing binary operators: both operands of one type, literals taking the other side's type.
extension TypeChecker {
    static let arithmeticOperators: Set<String> = ["+", "-", "*", "/", "%"]
    static let comparisonOperators: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

    func binary(_ e: Expr, _ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange, expected: StaticType?) -> Typed {
        var out = e
        func rebuilt(_ a: Typed, _ b: Typed) -> Expr {
            var node = e
            node.kind = .binary(op: op, a.expr, b.expr, opRange: opRange)
            return node
        }
        switch op {
        case "&&", "||":
            out = rebuilt(expression(lhs, expected: .bool), expression(rhs, expected: .bool))
            return Typed(out, .bool)
        case "??":
            let a = expression(lhs, expected: expected.map { .optional($0) })
            var wrapped: StaticType?
            if case .optional(let w) = a.type { wrapped = w }
            let b = expression(rhs, expected: wrapped ?? expected)
            if wrapped == nil, !a.type.isKnown { refuseLiteral(b, beside: a) }
            // A non-optional left side (valid Swift, with a warning) gives its own type.
            return Typed(rebuilt(a, b), wrapped ?? (a.type.isKnown ? a.type : .unknown))
        case "..<", "...":
            let a = expression(lhs, expected: .int), b = expression(rhs, expected: .int)
            let isInt = a.type == .int && b.type == .int
            if let sized = [a.type, b.type].first(where: \.isFixedInt) {
                error("'range of \(sized)' is not supported in cells: convert the bounds with Int(…)", opRange)
                return Typed(rebuilt(a, b), .unknown)
            }
            if let indices = stringIndexRange(a.type, b.type, closed: op == "...") { return Typed(rebuilt(a, b), indices) }
            if a.type == .string, b.type == .string { return Typed(rebuilt(a, b), .host(op == "..." ? "ClosedRange<String>" : "Range<String>")) }
            return Typed(rebuilt(a, b), isInt ? .range(closed: op == "...") : .unknown)
        default:
            if Parser.integerOperators.contains(op) { return integerBinary(e, op, lhs, rhs, opRange, expected: expected) }
        }
        let isArithmetic = Self.arithmeticOperators.contains(op)
        let isComparison = Self.comparisonOperators.contains(op)
        guard isArithmetic || isComparison else {
            if let custom = customBinary(e, op, lhs, rhs, opRange, expected: expected) { return custom }
            let a = expression(lhs, expected: nil), b = expression(rhs, expected: nil)
            return Typed(rebuilt(a, b), .unknown)
        }
        // An arithmetic result's expected type is its operands' expected type.
        let operandContext: StaticType? = isArithmetic ? expected.map(unwrapped).flatMap { $0.isNumeric || $0 == .string ? $0 : nil } : nil
        var a = expression(lhs, expected: operandContext), b = expression(rhs, expected: operandContext)
        (a, b) = unify(a, b, lhs, rhs)
        (a, b) = unifyEnumOperands(a, b, lhs, rhs)
        if isComparison { (a, b) = unifySetLiteralOperands(a, b, lhs, rhs) }
        // Integers of two types compare (Swift's heterogeneous `==`, `<` on BinaryInteger).
        if a.type.isNumeric, b.type.isNumeric, a.type != b.type, !(isComparison && a.type.isInteger && b.type.isInteger) {
            error("binary operator '\(op)' cannot be applied to operands of type '\(a.type)' and '\(b.type)'", opRange)
        }
        out = rebuilt(a, b)
        if isComparison { checkStructComparison(op, a.type, opRange) }
        if isComparison { return Typed(out, .bool) }
        let type = a.type == b.type ? a.type : .unknown
        if type == .float { out = Expr(kind: .floatRound(out), range: e.range) }
        return Typed(out, type, literal: a.isLiteral && b.isLiteral)
    }

    /// Reports a value that can never have the type its context requires, in Swift's words.
    func convertible(_ typed: Typed, to type: StaticType, specified: Bool, returning: Bool = false, argument: Bool = false) {
        guard typed.type != type, let message = Self.mismatch(typed.type, type) else { return }
        _ = message
        let from = typed.type, to = type
        let text: String
        if returning {
            text = "cannot convert return expression of type '\(from)' to return type '\(to)'"
        } else if argument {
            text = "cannot convert value of type '\(from)' to expected argument type '\(to)'"
        } else if specified {
            text = "cannot convert value of type '\(from)' to specified type '\(to)'"
        } else {
            text = "cannot assign value of type '\(from)' to type '\(to)'"
        }
        error(text, typed.expr.range)
    }

    /// True-ish (non-nil) when a value of type `from` can never be used as `to`: both are
    /// builtin scalars (through optionals and arrays) and differ.
    static func mismatch(_ from: StaticType, _ to: StaticType) -> Bool? {
        let scalars: Set<StaticType> = [.int, .double, .float, .bool, .string, .character, .stringIndex]
        switch (from, to) {
        case (.optional(let f), .optional(let t)): return mismatch(f, t)
        case (_, .optional(let t)): return mismatch(from, t)
        case (.array(let f), .array(let t)): return mismatch(f, t)
        default:
            if scalars.contains(from) || from.isFixedInt, scalars.contains(to) || to.isFixedInt, from != to { return true }
            return nil
        }
    }
}
