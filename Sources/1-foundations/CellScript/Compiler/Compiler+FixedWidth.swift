/// Lowering the sized integer types' conversions: `UInt8(x)`, `Int(x)` of a sized integer,
/// `Int8(truncatingIfNeeded:)`, `UInt64(exactly:)`, `UInt8(clamping:)`, `Int(bitPattern:)`,
/// `Double(x)`/`Float(x)` of a sized integer and `String(x, radix:uppercase:)` (see
/// `IntegerConversion` in `Runtime+FixedWidth.swift`).
extension Compiler {
    /// The lowering of a call of `name` (a type not shadowed by a cell's name) when it is one of
    /// these conversions; nil for the calls the general rules lower.
    func compileIntegerConversion(_ name: String, _ arguments: [Argument], _ range: SourceRange, _ argumentRanges: [SourceRange]) -> Eval? {
        let labels = arguments.map(\.label)
        guard !arguments.contains(where: \.isTrailingClosure) else { return nil }
        if name == "String", labels == [nil, "radix"] || labels == [nil, "radix", "uppercase"] {
            let value = compileExpression(arguments[0].value), radix = compileExpression(arguments[1].value)
            let uppercase = arguments.count == 3 ? compileExpression(arguments[2].value) : nil
            return { frame in
                let v = try value(frame), r = try radix(frame), u = try uppercase?(frame) ?? .bool(false)
                return try atCallSite(range, argumentRanges) {
                    guard case .int(let base) = r, case .bool(let upper) = u else {
                        throw ScriptError("String(_:radix:uppercase:): expected an Int radix and a Bool")
                    }
                    return .string(try IntegerConversion.text(v, radix: base, uppercase: upper))
                }
            }
        }
        if let kind = IntegerKind(name: name), labels == [nil, "radix"] {
            let text = compileExpression(arguments[0].value), radix = compileExpression(arguments[1].value)
            return { frame in
                let t = try text(frame), r = try radix(frame)
                return try atCallSite(range, argumentRanges) {
                    guard case .string(let s) = t, case .int(let base) = r else {
                        throw ScriptError("\(kind.name)(_:radix:): expected a String and an Int radix")
                    }
                    guard (2...36).contains(base) else { throw ScriptError("Radix must be between 2 and 36, got \(base)") }
                    return IntegerConversion.parse(s, kind, radix: base)
                }
            }
        }
        guard arguments.count == 1 else { return nil }
        let argumentType = arguments[0].value.checkedType
        if name == "Double" || name == "Float", labels == [nil], argumentType?.isFixedInt == true {
            let value = compileExpression(arguments[0].value)
            let float = name == "Float"
            return { frame in
                let v = try value(frame)
                return try atCallSite(range, argumentRanges) { try IntegerConversion.floatingPoint(v, float: float) }
            }
        }
        guard let kind = IntegerKind(name: name) else { return nil }
        let label = labels[0]
        if kind == .int {
            // `Int(x)` of a Double or text, and `Int(exactly:)` of a Double, keep their builtins.
            let integerArgument = argumentType?.isFixedInt == true || (label == "exactly" && argumentType?.isInteger == true)
            guard integerArgument || ["truncatingIfNeeded", "clamping", "bitPattern"].contains(label) else { return nil }
        }
        let value = compileExpression(arguments[0].value)
        return { frame in
            let v = try value(frame)
            return try atCallSite(range, argumentRanges) { try IntegerConversion.convert(v, to: kind, label: label) }
        }
    }
}

extension Compiler {
    /// `a op b` for arithmetic and comparison operators on two operands the checker typed as
    /// one sized integer type: the values' kinds are read once, with no general dispatch.
    func compileFixedBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, _ opRange: SourceRange) -> Eval? {
        guard case .fixedInt(let kind)? = lhs.checkedType, rhs.checkedType == lhs.checkedType else { return nil }
        let a = compileExpression(lhs), b = compileExpression(rhs)
        let runtime = self.runtime
        if let arithmetic = ArithmeticOperator(op) {
            return { frame in
                let x = try a(frame), y = try b(frame)
                if case .fixedInt(let p) = x, case .fixedInt(let q) = y, p.kind == kind, q.kind == kind {
                    return .fixedInt(try located(opRange) { try p.arithmetic(arithmetic, q) })
                }
                return try located(opRange) { try runtime.arithmetic(arithmetic, x, y, promote: false) }
            }
        }
        let test: (Int) -> Bool
        switch op {
        case "==": test = { $0 == 0 }
        case "!=": test = { $0 != 0 }
        case "<": test = { $0 < 0 }
        case "<=": test = { $0 <= 0 }
        case ">": test = { $0 > 0 }
        case ">=": test = { $0 >= 0 }
        default: return nil
        }
        return { frame in
            let x = try a(frame), y = try b(frame)
            if case .fixedInt(let p) = x, case .fixedInt(let q) = y, p.kind == kind, q.kind == kind {
                return .bool(test(p.order(q)))
            }
            guard let order = runtime.fixedComparison(x, y) else {
                throw ScriptError("internal error: the type checker expected two values of type '\(kind.name)' here (please report this)", opRange)
            }
            return .bool(test(order))
        }
    }
}
